// Shared by the extension-host tests: the extension's test API, the fixture roadmap's shape, and small
// readers of tree items. Bundled into each test file (no shared state between files).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { RoadmapTrackerApi as PublicApi } from '../../../src/api/publicApi';
import type { TestHooks as RoadmapTrackerApi } from '../../../src/api/testHooks';
import type { Status } from '../../../src/model/status';
import { pollUntil } from '../../support/poll';

export const EXTENSION_ID = 'roadmap-tracker.roadmap-tracker';

/** test/fixtures/workspace/roadmaps/practice.roadmap.yaml */
export const FIXTURE = {
  roadmapId: 'practice-fixture',
  title: 'Practice Fixture',
  group: 'basics',
  /** A topic with two sub-topics, inside the group. */
  parentTopic: 'sql',
  topics: ['http', 'sql', 'joins', 'indexes', 'deploy'],
} as const;

/** Ids of the roadmaps the extension bundles, read from its roadmaps/ folder (top-level `id:` line). */
export function bundledRoadmapIds(): string[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  const folder = path.join(extension.extensionPath, 'roadmaps');
  const ids = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.roadmap.yaml'))
    .map((name) => /^id:\s*(\S+)\s*$/m.exec(fs.readFileSync(path.join(folder, name), 'utf8'))?.[1]);
  assert.ok(ids.length >= 5 && ids.every((id) => id !== undefined), `bundled roadmap ids: ${ids.join(', ')}`);
  return ids as string[];
}

export async function activateExtension(): Promise<RoadmapTrackerApi> {
  const extension = vscode.extensions.getExtension<PublicApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  const api = await extension.activate();
  assert.equal(api.version, 1);
  assert.ok(api.testHooks, 'test hooks exist in test mode');
  await api.ready;
  return api.testHooks;
}

export function topicRef(topicId: string, roadmapId: string = FIXTURE.roadmapId): { roadmapId: string; topicId: string } {
  return { roadmapId, topicId };
}

/** Runs a status command on one topic, as the palette, a key binding or another extension would. */
export async function runOn(command: string, topicId: string, roadmapId: string = FIXTURE.roadmapId): Promise<void> {
  await vscode.commands.executeCommand(command, topicRef(topicId, roadmapId));
}

/** Runs a status command on a multi-selection (clicked item first, then the whole selection). */
export async function runOnSelection(command: string, topicIds: readonly string[], roadmapId: string = FIXTURE.roadmapId): Promise<void> {
  const refs = topicIds.map((topicId) => topicRef(topicId, roadmapId));
  await vscode.commands.executeCommand(command, refs[0], refs);
}

/** Puts every topic of the fixture roadmap back to todo. */
export async function resetFixture(api: RoadmapTrackerApi): Promise<void> {
  await runOnSelection('roadmapTracker.markTodo', FIXTURE.topics);
  await api.flush();
  for (const topicId of FIXTURE.topics) assert.equal(api.statusOf(FIXTURE.roadmapId, topicId), 'todo');
}

export function treeItemOf(api: RoadmapTrackerApi, roadmapId: string, nodeId?: string): vscode.TreeItem {
  const item = api.treeItem(roadmapId, nodeId);
  assert.ok(item, `a tree item for ${roadmapId}${nodeId ? `/${nodeId}` : ''}`);
  return item;
}

/** The codicon id of a tree item's icon, e.g. "pass-filled". */
export function iconOf(item: vscode.TreeItem): string {
  assert.ok(item.iconPath instanceof vscode.ThemeIcon, 'the icon is a ThemeIcon');
  return item.iconPath.id;
}

export const ICON_OF_STATUS: Readonly<Record<Status, string>> = {
  todo: 'circle-large-outline',
  'in-progress': 'play-circle',
  done: 'pass-filled',
  skipped: 'circle-slash',
};

/**
 * Reads `read()` until `accept` holds or the time is up, and returns what it read: the extension reacts
 * to file events, saves and edits asynchronously. Fails with what it last saw.
 */
export function eventually<T>(what: string, read: () => T | Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  return pollUntil(what, read, accept, { timeoutMs });
}

/** The absolute path of a file in the (copied) fixture workspace. */
export function workspacePath(relativePath: string): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return path.join(folder.uri.fsPath, relativePath);
}

export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  // Joined to the folder's URI, not Uri.file: in the web worker host the folder is a vscode-remote URI.
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

/** Writes a file as a tool outside VS Code would (git, another editor): only the file watcher sees it. */
export function writeOnDisk(relativePath: string, text: string): vscode.Uri {
  const file = workspacePath(relativePath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return vscode.Uri.file(file);
}

export function deleteOnDisk(relativePath: string): void {
  fs.rmSync(workspacePath(relativePath), { force: true });
}

/** The extension's diagnostics for a file, as the Problems panel lists them. */
export function problemsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Roadmap Tracker');
}

/** `line:column message` with 0-based positions, as vscode.Diagnostic holds them. */
export function describeDiagnostic(diagnostic: vscode.Diagnostic): string {
  return `${diagnostic.range.start.line}:${diagnostic.range.start.character} ${diagnostic.message}`;
}

/** The status saved for a topic that no loaded roadmap claims: a deleted roadmap's progress stays saved. */
export function orphanedStatus(api: RoadmapTrackerApi, roadmapId: string, topicId: string): Status | undefined {
  return api.orphanedProgress(roadmapId).find((entry) => entry.topicId === topicId)?.status;
}

/**
 * Closes every text editor (tests save what they edit, so nothing asks to be saved). Other tabs stay:
 * the topic panel is left open on purpose for the after-reload phase.
 */
export async function closeTextEditors(): Promise<void> {
  const textTabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputText);
  if (textTabs.length > 0) await vscode.window.tabGroups.close(textTabs);
}

// Shared by the extension-host tests: the extension's test API, the fixture roadmap's shape, and small
// readers of tree items. Bundled into each test file (no shared state between files).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { RoadmapTrackerApi } from '../../../src/api';
import type { Status } from '../../../src/model/status';

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
  const extension = vscode.extensions.getExtension<RoadmapTrackerApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  const api = await extension.activate();
  await api.ready;
  return api;
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

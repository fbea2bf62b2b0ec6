// Progress that survives roadmap changes: saved under a former id it follows the topic (also when it
// arrives later, by sync or import); for a topic or roadmap that is gone it is kept as orphaned progress,
// which can be moved to a topic or dropped.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TestHooks as RoadmapTrackerApi } from '../../../src/api/testHooks';
import { dropConfirmed, importAccepted } from './dialogStubs';
import { activateExtension, ICON_OF_STATUS, iconOf, treeItemOf } from './helpers';

const RENAMED = 'renamed-fixture';
const VANISHED = 'vanished-fixture';
const ROADMAP_YAML = `id: ${RENAMED}
title: Renamed Fixture
nodes:
  - id: http-basics
    title: HTTP Basics
    formerIds: [http]
  - id: rest
    title: REST
`;

function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

async function importProgress(roadmapId: string, topics: Record<string, { status: string; changedAt: number }>): Promise<void> {
  const uri = workspaceFile(`import-${roadmapId}.json`);
  await vscode.workspace.fs.writeFile(
    uri,
    new TextEncoder().encode(JSON.stringify({ format: 'roadmap-tracker-progress', version: 1, roadmapId, topics })),
  );
  await importAccepted(uri);
  await vscode.workspace.fs.delete(uri);
}

async function dropAll(api: RoadmapTrackerApi, roadmapId: string): Promise<void> {
  const refs = api.orphanedProgress(roadmapId).map(({ topicId }) => ({ roadmapId, topicId }));
  if (refs.length > 0) await dropConfirmed(refs[0], refs);
}

describe('progress across roadmap changes', () => {
  let api: RoadmapTrackerApi;
  const roadmapFile = workspaceFile('roadmaps', 'renamed.roadmap.yaml');
  before(async () => {
    api = await activateExtension();
    await vscode.workspace.fs.writeFile(roadmapFile, new TextEncoder().encode(ROADMAP_YAML));
    await vscode.commands.executeCommand('roadmapTracker.refresh');
    assert.ok(api.roadmapIds().includes(RENAMED));
  });
  after(async () => {
    await vscode.workspace.fs.delete(roadmapFile);
    await vscode.commands.executeCommand('roadmapTracker.refresh');
    await dropAll(api, RENAMED);
    await dropAll(api, VANISHED);
    await api.flush();
  });

  it('shows progress saved under a former id on the topic, also when a later change arrives under it', async () => {
    const now = Date.now();
    await importProgress(RENAMED, { http: { status: 'done', changedAt: now } });
    assert.equal(api.statusOf(RENAMED, 'http-basics'), 'done');
    assert.deepEqual(api.orphanedProgress(RENAMED), [], 'a former id is not an orphan');
    await importProgress(RENAMED, { http: { status: 'in-progress', changedAt: now + 1 } });
    assert.equal(api.statusOf(RENAMED, 'http-basics'), 'in-progress');
    assert.equal(iconOf(treeItemOf(api, RENAMED, 'http-basics')), ICON_OF_STATUS['in-progress'], 'the tree follows');
    await vscode.commands.executeCommand('roadmapTracker.markTodo', { roadmapId: RENAMED, topicId: 'http-basics' });
    assert.equal(api.statusOf(RENAMED, 'http-basics'), 'todo', 'a reset outranks the entry under the former id');
  });

  it('keeps progress of a topic that left the roadmap, and moves it to another topic', async () => {
    await importProgress(RENAMED, { graphql: { status: 'skipped', changedAt: Date.now() } });
    assert.deepEqual(api.orphanedProgress(RENAMED), [{ topicId: 'graphql', status: 'skipped' }]);
    await vscode.commands.executeCommand(
      'roadmapTracker.moveOrphanedProgress',
      { roadmapId: RENAMED, topicId: 'graphql' },
      { roadmapId: RENAMED, topicId: 'rest' },
    );
    assert.equal(api.statusOf(RENAMED, 'rest'), 'skipped');
    assert.deepEqual(api.orphanedProgress(RENAMED), []);
  });

  it('drops orphaned progress on request', async () => {
    await importProgress(RENAMED, { soap: { status: 'done', changedAt: Date.now() } });
    assert.equal(api.orphanedProgress(RENAMED).length, 1);
    await dropConfirmed({ roadmapId: RENAMED, topicId: 'soap' });
    assert.deepEqual(api.orphanedProgress(RENAMED), []);
  });

  it('keeps the progress of a roadmap that is not loaded, all of it orphaned', async () => {
    await importProgress(VANISHED, { a: { status: 'done', changedAt: Date.now() }, b: { status: 'todo', changedAt: Date.now() } });
    assert.ok(!api.roadmapIds().includes(VANISHED));
    assert.deepEqual(api.orphanedProgress(VANISHED), [{ topicId: 'a', status: 'done' }]);
  });
});

// "New Roadmap" in a real VS Code: the title is asked for (stubbed input box), a starter file is written
// into the workspace, opened, and loads as a roadmap without problems.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { TestHooks as RoadmapTrackerApi } from '../../../src/api/testHooks';
import { stubWindow } from './dialogStubs';
import { activateExtension, closeTextEditors, deleteOnDisk, eventually, problemsOf, workspacePath, workspaceUri } from './helpers';

describe('New Roadmap', () => {
  let api: RoadmapTrackerApi;
  let restore: (() => void) | undefined;
  const written: { relativePath: string; roadmapId: string }[] = [];

  before(async () => {
    api = await activateExtension();
  });
  afterEach(async () => {
    restore?.();
    restore = undefined;
    await closeTextEditors();
    for (const { relativePath, roadmapId } of written.splice(0)) {
      deleteOnDisk(relativePath);
      await eventually(
        `${roadmapId} gone`,
        () => api.roadmapIds(),
        (ids) => !ids.includes(roadmapId),
      );
    }
  });

  function answerTitle(title: string | undefined): unknown[][] {
    const stub = stubWindow('showInputBox', async () => title);
    restore = stub.restore;
    return stub.calls;
  }

  it('writes a starter file named after the title, opens it, and it loads without problems', async () => {
    const calls = answerTitle('My Host Roadmap');
    await vscode.commands.executeCommand('roadmapTracker.newRoadmap');
    written.push({ relativePath: 'my-host-roadmap.roadmap.yaml', roadmapId: 'my-host-roadmap' });

    assert.equal(calls.length, 1);
    assert.ok(fs.existsSync(workspacePath('my-host-roadmap.roadmap.yaml')), 'the file is in the workspace folder');
    assert.ok(api.roadmapIds().includes('my-host-roadmap'), 'listed at once');
    assert.equal(api.treeItem('my-host-roadmap')?.label, 'My Host Roadmap');
    assert.deepEqual(api.countsOf('my-host-roadmap'), { done: 0, inProgress: 0, skipped: 0, total: 4 });
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, workspacePath('my-host-roadmap.roadmap.yaml'));
    assert.deepEqual(problemsOf(workspaceUri('my-host-roadmap.roadmap.yaml')), []);
  });

  it('never overwrites: the same title again gets a new id and a new file', async () => {
    answerTitle('My Host Roadmap');
    await vscode.commands.executeCommand('roadmapTracker.newRoadmap');
    written.push({ relativePath: 'my-host-roadmap.roadmap.yaml', roadmapId: 'my-host-roadmap' });
    await vscode.commands.executeCommand('roadmapTracker.newRoadmap');
    written.push({ relativePath: 'my-host-roadmap-2.roadmap.yaml', roadmapId: 'my-host-roadmap-2' });
    assert.ok(api.roadmapIds().includes('my-host-roadmap'));
    assert.ok(api.roadmapIds().includes('my-host-roadmap-2'));
    assert.deepEqual(
      api.brokenRoadmaps(),
      api.brokenRoadmaps().filter((entry) => !entry.uri.includes('my-host-roadmap')),
    );
  });

  it('writes nothing when the title is cancelled', async () => {
    const before = api.roadmapIds();
    answerTitle(undefined);
    await vscode.commands.executeCommand('roadmapTracker.newRoadmap');
    assert.deepEqual(api.roadmapIds(), before);
    assert.ok(!fs.existsSync(workspacePath('my-roadmap.roadmap.yaml')));
  });
});

// Toggle Done fired faster than saves land (issue 11, item 2): every toggle acts on the state the one
// before left, and what is saved is what the last toggle intended, also after a window reload.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { afterReloadTag } from '../protocol';
import { activateExtension, ICON_OF_STATUS, iconOf, runOn, topicRef, treeItemOf } from './helpers';

// Only this file touches this bundled roadmap, so nothing else changes it between the two phases.
const roadmapId = 'backend-engineering';

/** Fires Toggle Done `count` times, a few milliseconds apart (like a key held down), and awaits them all. */
async function toggleRapidly(topicId: string, count: number): Promise<void> {
  const runs: Thenable<unknown>[] = [];
  for (let press = 0; press < count; press++) {
    runs.push(vscode.commands.executeCommand('roadmapTracker.toggleDone', topicRef(topicId, roadmapId)));
    if (press % 3 === 2) await new Promise((resolve) => setTimeout(resolve, press % 7));
  }
  await Promise.all(runs);
}

describe('rapid Toggle Done', () => {
  it('300 toggles fired together on a done topic end done', async () => {
    const api = await activateExtension();
    await runOn('roadmapTracker.markDone', 'clean-code', roadmapId);
    await Promise.all(
      Array.from({ length: 300 }, () => vscode.commands.executeCommand('roadmapTracker.toggleDone', topicRef('clean-code', roadmapId))),
    );
    await api.flush();
    assert.equal(api.statusOf(roadmapId, 'clean-code'), 'done');
    assert.equal(iconOf(treeItemOf(api, roadmapId, 'clean-code')), ICON_OF_STATUS.done);
  });

  it('50 rapid toggles from in progress end todo; 51 from todo end done', async () => {
    const api = await activateExtension();
    await runOn('roadmapTracker.markInProgress', 'oop-solid', roadmapId);
    await runOn('roadmapTracker.markTodo', 'design-patterns', roadmapId);
    await Promise.all([toggleRapidly('oop-solid', 50), toggleRapidly('design-patterns', 51)]);
    await api.flush();
    assert.equal(api.statusOf(roadmapId, 'oop-solid'), 'todo');
    assert.equal(api.statusOf(roadmapId, 'design-patterns'), 'done');
  });

  it(`finds what the rapid toggles saved after the reload ${afterReloadTag}`, async () => {
    const api = await activateExtension();
    assert.equal(api.statusOf(roadmapId, 'clean-code'), 'done');
    assert.equal(api.statusOf(roadmapId, 'oop-solid'), 'todo');
    assert.equal(api.statusOf(roadmapId, 'design-patterns'), 'done');
    assert.equal(iconOf(treeItemOf(api, roadmapId, 'design-patterns')), ICON_OF_STATUS.done);
  });
});

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TestHooks as RoadmapTrackerApi } from '../../../src/api/testHooks';
import type { Status } from '../../../src/model/status';
import { stubQuickPick, withStubs } from './dialogStubs';
import { activateExtension, eventually, FIXTURE, ICON_OF_STATUS, iconOf, resetFixture, runOn, runOnSelection, treeItemOf } from './helpers';

const statusCommands: ReadonlyArray<[string, Status]> = [
  ['roadmapTracker.markDone', 'done'],
  ['roadmapTracker.markInProgress', 'in-progress'],
  ['roadmapTracker.markSkipped', 'skipped'],
];

describe('status commands', () => {
  let api: RoadmapTrackerApi;
  beforeEach(async () => {
    api = await activateExtension();
    await resetFixture(api);
  });

  for (const [command, status] of statusCommands) {
    it(`${command} sets the status, the icon and the context value`, async () => {
      await runOn(command, 'http');
      assert.equal(api.statusOf(FIXTURE.roadmapId, 'http'), status);
      const item = treeItemOf(api, FIXTURE.roadmapId, 'http');
      assert.equal(iconOf(item), ICON_OF_STATUS[status]);
      assert.match(String(item.contextValue), new RegExp(`^topic\\.${status === 'in-progress' ? 'inProgress' : status}\\b`));
    });
  }

  it('roadmapTracker.markTodo puts a topic back to todo', async () => {
    await runOn('roadmapTracker.markDone', 'deploy');
    await runOn('roadmapTracker.markTodo', 'deploy');
    assert.equal(api.statusOf(FIXTURE.roadmapId, 'deploy'), 'todo');
    assert.equal(iconOf(treeItemOf(api, FIXTURE.roadmapId, 'deploy')), ICON_OF_STATUS.todo);
  });

  it('roadmapTracker.toggleDone switches between done and todo', async () => {
    await runOn('roadmapTracker.toggleDone', 'joins');
    assert.equal(api.statusOf(FIXTURE.roadmapId, 'joins'), 'done');
    await runOn('roadmapTracker.toggleDone', 'joins');
    assert.equal(api.statusOf(FIXTURE.roadmapId, 'joins'), 'todo');
  });

  it('updates the counts of the parent topic, the group and the roadmap', async () => {
    await runOn('roadmapTracker.markDone', 'joins');
    assert.equal(treeItemOf(api, FIXTURE.roadmapId, FIXTURE.parentTopic).description, '1/2');
    assert.equal(treeItemOf(api, FIXTURE.roadmapId, FIXTURE.group).description, '1/4 · 25%');
    assert.equal(treeItemOf(api, FIXTURE.roadmapId).description, '1/5 · 20%');
  });

  it('leaves skipped topics out of the total', async () => {
    await runOn('roadmapTracker.markSkipped', 'deploy');
    await runOn('roadmapTracker.markDone', 'http');
    assert.equal(treeItemOf(api, FIXTURE.roadmapId).description, '1/4 · 25%');
    assert.deepEqual(api.countsOf(FIXTURE.roadmapId), { done: 1, inProgress: 0, skipped: 1, total: 4 });
  });

  it('acts on a whole multi-selection', async () => {
    await runOnSelection('roadmapTracker.markDone', ['http', 'joins', 'deploy']);
    for (const topicId of ['http', 'joins', 'deploy']) assert.equal(api.statusOf(FIXTURE.roadmapId, topicId), 'done');
    assert.equal(api.statusOf(FIXTURE.roadmapId, 'indexes'), 'todo');
    await runOnSelection('roadmapTracker.toggleDone', ['http', 'joins']);
    assert.equal(api.statusOf(FIXTURE.roadmapId, 'http'), 'todo');
    assert.equal(api.statusOf(FIXTURE.roadmapId, 'joins'), 'todo');
  });

  it('ignores a reference to a topic that does not exist', async () => {
    await runOn('roadmapTracker.markDone', 'no-such-topic');
    assert.deepEqual(api.countsOf(FIXTURE.roadmapId), { done: 0, inProgress: 0, skipped: 0, total: 5 });
  });
});

describe('reveal next topic', () => {
  let api: RoadmapTrackerApi;
  beforeEach(async () => {
    api = await activateExtension();
    await resetFixture(api);
  });

  it("from a roadmap row's context menu reveals that roadmap's next topic, not the one in use", async () => {
    // A status change in a bundled roadmap makes it the roadmap in use.
    const other = { roadmapId: 'backend-development', topicId: 'client-server-model-how-requests-responses-work' };
    await vscode.commands.executeCommand('roadmapTracker.markInProgress', other);
    try {
      // The menu passes the roadmap's tree element.
      // The Roadmaps view in front, as when the learner uses its context menu (earlier tests open other views).
      await vscode.commands.executeCommand('roadmapTracker.roadmaps.focus');
      await vscode.commands.executeCommand('roadmapTracker.revealNextTopic', { kind: 'roadmap', roadmapId: FIXTURE.roadmapId });
      // Mark Done without an argument acts on the tree's selection: the revealed topic.
      const noPick = stubQuickPick(() => undefined);
      await withStubs([noPick], () =>
        eventually(
          "the fixture's first topic is selected and marked done",
          async () => {
            await vscode.commands.executeCommand('roadmapTracker.markDone');
            return api.statusOf(FIXTURE.roadmapId, 'http');
          },
          (status) => status === 'done',
          10_000,
        ),
      );
      assert.equal(api.statusOf(other.roadmapId, other.topicId), 'in-progress');
    } finally {
      await vscode.commands.executeCommand('roadmapTracker.markTodo', other);
      await api.flush();
    }
  });
});

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TestHooks as RoadmapTrackerApi } from '../../../src/api/testHooks';
import { stubWarning } from './dialogStubs';
import { activateExtension, FIXTURE, resetFixture, runOn, runOnSelection } from './helpers';

describe('reset roadmap', () => {
  let api: RoadmapTrackerApi;
  let restore: (() => void) | undefined;
  beforeEach(async () => {
    api = await activateExtension();
    await resetFixture(api);
    await runOnSelection('roadmapTracker.markDone', ['http', 'joins']);
    await runOn('roadmapTracker.markSkipped', 'deploy');
  });
  afterEach(() => restore?.());

  it('asks with a modal warning and keeps everything when cancelled', async () => {
    const stub = stubWarning(undefined);
    restore = stub.restore;
    await vscode.commands.executeCommand('roadmapTracker.resetRoadmap', FIXTURE.roadmapId);
    assert.equal(stub.calls.length, 1);
    assert.ok(stub.calls[0]!.message.includes(FIXTURE.title), stub.calls[0]!.message);
    assert.equal((stub.calls[0]!.options as vscode.MessageOptions).modal, true);
    assert.match(String((stub.calls[0]!.options as vscode.MessageOptions).detail), /2 done, 0 in progress and 1 skipped/);
    assert.deepEqual(api.countsOf(FIXTURE.roadmapId), { done: 2, inProgress: 0, skipped: 1, total: 4 });
  });

  it('puts every topic back to todo when confirmed', async () => {
    const stub = stubWarning('Reset Progress');
    restore = stub.restore;
    await vscode.commands.executeCommand('roadmapTracker.resetRoadmap', FIXTURE.roadmapId);
    await api.flush();
    assert.equal(stub.calls.length, 1);
    assert.ok(stub.calls[0]!.items.includes('Reset Progress'));
    for (const topicId of FIXTURE.topics) assert.equal(api.statusOf(FIXTURE.roadmapId, topicId), 'todo');
    assert.deepEqual(api.countsOf(FIXTURE.roadmapId), { done: 0, inProgress: 0, skipped: 0, total: 5 });
  });

  it('leaves other roadmaps alone', async () => {
    await runOn('roadmapTracker.markDone', 'tools-redis-memcached', 'backend-development');
    const stub = stubWarning('Reset Progress');
    restore = stub.restore;
    await vscode.commands.executeCommand('roadmapTracker.resetRoadmap', FIXTURE.roadmapId);
    assert.equal(api.statusOf('backend-development', 'tools-redis-memcached'), 'done');
    await runOn('roadmapTracker.markTodo', 'tools-redis-memcached', 'backend-development');
  });
});

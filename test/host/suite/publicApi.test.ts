// The API other extensions see: versioned, read-only, with a change event; test hooks only in test mode.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RoadmapTrackerApi } from '../../../src/api/publicApi';
import { EXTENSION_ID, FIXTURE, resetFixture, runOn, activateExtension } from './helpers';

describe('public API', () => {
  it('lists roadmaps, reads statuses and reports changes', async () => {
    const hooks = await activateExtension();
    await resetFixture(hooks);
    const api = await vscode.extensions.getExtension<RoadmapTrackerApi>(EXTENSION_ID)?.activate();
    assert.ok(api);
    assert.equal(api.version, 1);
    const fixture = api.roadmaps().find((roadmap) => roadmap.id === FIXTURE.roadmapId);
    assert.deepEqual(fixture, { id: FIXTURE.roadmapId, title: FIXTURE.title, bundled: false });
    assert.ok(api.roadmaps().some((roadmap) => roadmap.bundled));

    const changes: { roadmapId: string; nodeIds: readonly string[] }[] = [];
    const subscription = api.onDidChangeProgress((change) => changes.push(change));
    try {
      await runOn('roadmapTracker.markDone', 'http');
      await hooks.flush();
    } finally {
      subscription.dispose();
    }
    assert.equal(api.statusOf(FIXTURE.roadmapId, 'http'), 'done');
    assert.ok(
      changes.some((change) => change.roadmapId === FIXTURE.roadmapId && change.nodeIds.includes('http')),
      JSON.stringify(changes),
    );
    assert.equal(api.countsOf(FIXTURE.roadmapId)?.done, 1);
    await resetFixture(hooks);
  });
});

import * as assert from 'node:assert/strict';
import { afterReloadTag } from '../protocol';
import { activateExtension, ICON_OF_STATUS, iconOf, runOn, treeItemOf } from './helpers';

// Only this file touches backend-essentials, so nothing else changes it between the two phases.
const roadmapId = 'backend-essentials';
const saved = { caching: 'done', 'load-balancing': 'in-progress', 'chaos-engineering': 'skipped' } as const;

describe('progress across a window reload', () => {
  it('saves statuses set before the reload', async () => {
    const api = await activateExtension();
    await runOn('roadmapTracker.markDone', 'caching', roadmapId);
    await runOn('roadmapTracker.markInProgress', 'load-balancing', roadmapId);
    await runOn('roadmapTracker.markSkipped', 'chaos-engineering', roadmapId);
    await api.flush();
    for (const [topicId, status] of Object.entries(saved)) assert.equal(api.statusOf(roadmapId, topicId), status);
  });

  it(`finds the same statuses, icons and counts after the reload ${afterReloadTag}`, async () => {
    const api = await activateExtension();
    for (const [topicId, status] of Object.entries(saved)) {
      assert.equal(api.statusOf(roadmapId, topicId), status, topicId);
      assert.equal(iconOf(treeItemOf(api, roadmapId, topicId)), ICON_OF_STATUS[status]);
    }
    assert.deepEqual(
      { done: api.countsOf(roadmapId, 'performance')?.done, inProgress: api.countsOf(roadmapId, 'performance')?.inProgress },
      { done: 1, inProgress: 1 },
    );
    // A section with skipped topics says how many (issue 14).
    assert.match(String(treeItemOf(api, roadmapId, 'performance').description), /^1\/4 · 25% · 1 skipped$/);
  });
});

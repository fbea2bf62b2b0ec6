import { strict as assert } from 'node:assert';
import { entryFor, percentDone, ProgressCounter } from '../../../src/model/progress';
import type { ProgressEntry, Status } from '../../../src/model/status';
import { roadmapFrom, SMALL_ROADMAP } from '../helpers';

function progress(statuses: Record<string, Status>): Map<string, ProgressEntry> {
  return new Map(Object.entries(statuses).map(([id, status]) => [id, { status, changedAt: 1 }]));
}

describe('ProgressCounter', () => {
  const roadmap = roadmapFrom(SMALL_ROADMAP);

  it('counts the topics below each node; skipped topics leave the total', () => {
    const counter = new ProgressCounter(roadmap, progress({ methods: 'done', rest: 'skipped', sql: 'in-progress' }));
    assert.deepEqual(counter.countsOf('web'), { done: 1, inProgress: 0, skipped: 1, total: 3 });
    assert.deepEqual(counter.countsOf('http'), { done: 1, inProgress: 0, skipped: 0, total: 2 });
    assert.deepEqual(counter.countsOf('data'), { done: 0, inProgress: 1, skipped: 0, total: 2 });
    assert.deepEqual(counter.countsOf(), { done: 1, inProgress: 1, skipped: 1, total: 5 });
    assert.equal(percentDone(counter.countsOf()), 20);
  });

  it('updates counts incrementally and names exactly the changed nodes', () => {
    const counter = new ProgressCounter(roadmap, new Map());
    const touched = counter.update(new Map([['caching', 'done' as Status]]));
    assert.deepEqual([...touched].sort(), ['caching', 'http', 'web']);
    assert.equal(counter.countsOf('http').done, 1);
    assert.equal(counter.countsOf().done, 1);
    assert.equal(counter.update(new Map([['caching', 'done' as Status]])).size, 0, 'no change, no refresh');
    counter.update(new Map([['caching', 'skipped' as Status]]));
    assert.deepEqual(counter.countsOf('web'), { done: 0, inProgress: 0, skipped: 1, total: 3 });
    const rebuilt = new ProgressCounter(roadmap, progress({ caching: 'skipped' }));
    assert.deepEqual(rebuilt.countsOf('web'), counter.countsOf('web'));
  });

  it('suggests the first topic in progress, then the first to do', () => {
    assert.equal(new ProgressCounter(roadmap, progress({ http: 'done', sql: 'in-progress' })).nextTopic()?.id, 'sql');
    assert.equal(new ProgressCounter(roadmap, progress({ http: 'done' })).nextTopic()?.id, 'methods');
    const all = progress(Object.fromEntries(roadmap.topics.map((topic) => [topic.id, 'done' as Status])));
    assert.equal(new ProgressCounter(roadmap, all).nextTopic(), undefined);
  });

  it('counts 100% for a roadmap with nothing left to do', () => {
    assert.equal(percentDone({ done: 0, inProgress: 0, skipped: 3, total: 0 }), 100);
  });

  it('follows former ids, the latest change winning', () => {
    const renamed = roadmapFrom(`id: r\ntitle: R\nnodes:\n  - id: new\n    title: New\n    formerIds: [old]\n`);
    const topic = renamed.nodesById.get('new')!;
    const saved = new Map<string, ProgressEntry>([
      ['old', { status: 'done', changedAt: 5 }],
      ['new', { status: 'in-progress', changedAt: 3 }],
    ]);
    assert.equal(entryFor(saved, topic)?.status, 'done');
    assert.equal(new ProgressCounter(renamed, saved).statusOf('new'), 'done');
  });
});

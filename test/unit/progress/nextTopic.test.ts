import { strict as assert } from 'node:assert';
import type { Status } from '../../../src/model/status';
import { nextTopic } from '../../../src/progress/nextTopic';
import { roadmapFrom, SMALL_ROADMAP } from '../helpers';

describe('next topic (Continue)', () => {
  const roadmap = roadmapFrom(SMALL_ROADMAP);
  const next = (statuses: Record<string, Status>, changedAt: Record<string, number> = {}) =>
    nextTopic(
      roadmap,
      (topicId) => statuses[topicId] ?? 'todo',
      (topicId) => changedAt[topicId],
    )?.id;

  it('is the first topic to do in roadmap order when nothing is in progress', () => {
    assert.equal(next({}), 'http');
    assert.equal(next({ http: 'done', methods: 'skipped' }), 'caching');
  });

  it('is the topic in progress changed most recently, wherever it is in the roadmap', () => {
    assert.equal(next({ methods: 'in-progress', indexes: 'in-progress' }, { methods: 10, indexes: 20 }), 'indexes');
    assert.equal(next({ methods: 'in-progress', indexes: 'in-progress' }, { methods: 30, indexes: 20 }), 'methods');
  });

  it('prefers any topic in progress to an earlier topic to do', () => {
    assert.equal(next({ sql: 'in-progress' }, { sql: 1 }), 'sql');
  });

  it('is nothing when every topic is done or skipped', () => {
    const all: Record<string, Status> = {};
    for (const topic of roadmap.topics) all[topic.id] = topic.id === 'rest' ? 'skipped' : 'done';
    assert.equal(next(all), undefined);
  });
});

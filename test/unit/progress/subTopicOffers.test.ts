import { strict as assert } from 'node:assert';
import type { Status } from '../../../src/model/status';
import { subTopicOffers } from '../../../src/progress/subTopicOffers';
import { roadmapFrom, SMALL_ROADMAP } from '../helpers';

describe('sub-topic offers', () => {
  const roadmap = roadmapFrom(SMALL_ROADMAP);
  const offers = (changed: string[], statuses: Record<string, Status>) =>
    subTopicOffers(roadmap, changed, (topicId) => statuses[topicId] ?? 'todo').map((offer) =>
      offer.kind === 'closeSubTopics'
        ? `${offer.parent.id}: close ${offer.openSubTopics.map((sub) => sub.id).join(',')}`
        : `${offer.parent.id}: close parent`,
    );

  it('a parent marked done offers its open sub-topics (to do or in progress, not skipped)', () => {
    assert.deepEqual(offers(['http'], { http: 'done', methods: 'in-progress' }), ['http: close methods,caching']);
    assert.deepEqual(offers(['http'], { http: 'done', methods: 'skipped', caching: 'done' }), []);
  });

  it('the last open sub-topic marked done offers the parent', () => {
    assert.deepEqual(offers(['caching'], { caching: 'done', methods: 'done' }), ['http: close parent']);
    assert.deepEqual(offers(['caching'], { caching: 'done', methods: 'skipped' }), ['http: close parent']);
  });

  it('offers nothing while another sub-topic is open, when the parent is closed, or for other statuses', () => {
    assert.deepEqual(offers(['caching'], { caching: 'done' }), []);
    assert.deepEqual(offers(['caching'], { caching: 'done', methods: 'done', http: 'done' }), []);
    assert.deepEqual(offers(['caching'], { caching: 'in-progress', methods: 'done' }), []);
  });

  it('offers the parent once when its sub-topics are marked done together, and never when it changed with them', () => {
    assert.deepEqual(offers(['methods', 'caching'], { methods: 'done', caching: 'done' }), ['http: close parent']);
    assert.deepEqual(offers(['http', 'methods', 'caching'], { http: 'in-progress', methods: 'done', caching: 'done' }), []);
  });

  it('ignores sections and topics without sub-topics', () => {
    assert.deepEqual(offers(['web', 'rest'], { rest: 'done' }), []);
  });
});

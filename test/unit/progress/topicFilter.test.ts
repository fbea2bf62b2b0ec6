import { strict as assert } from 'node:assert';
import type { Status } from '../../../src/model/status';
import { describeHidden, NO_FILTER, passes, topicFilterFrom, visibility, type TopicFilter } from '../../../src/progress/topicFilter';
import { roadmapFrom, SMALL_ROADMAP } from '../helpers';

describe('topic filter visibility', () => {
  const roadmap = roadmapFrom(SMALL_ROADMAP);
  const statuses =
    (map: Record<string, Status>) =>
    (topicId: string): Status =>
      map[topicId] ?? 'todo';
  const hideDone: TopicFilter = { ...NO_FILTER, hideDone: true };

  it('shows everything without a filter', () => {
    const result = visibility(roadmap, statuses({}), NO_FILTER);
    assert.deepEqual([...result.visible].sort(), ['caching', 'data', 'http', 'indexes', 'methods', 'rest', 'sql', 'web']);
    assert.equal(result.shownTopics, 6);
    assert.equal(result.totalTopics, 6);
  });

  it('hides done topics, and a section whose topics are all hidden disappears', () => {
    const result = visibility(roadmap, statuses({ sql: 'done', indexes: 'done', rest: 'done' }), hideDone);
    assert.ok(!result.visible.has('data'), 'the Data section is empty, so it goes');
    assert.ok(!result.visible.has('sql') && !result.visible.has('indexes') && !result.visible.has('rest'));
    assert.ok(result.visible.has('web') && result.visible.has('http') && result.visible.has('methods'));
    assert.equal(result.shownTopics, 3);
    assert.equal(result.totalTopics, 6, 'the total is of the whole roadmap');
  });

  it('keeps a hidden topic whose sub-topic shows, so the sub-topic stays reachable', () => {
    const result = visibility(roadmap, statuses({ http: 'done', methods: 'done' }), hideDone);
    assert.ok(result.visible.has('http'), 'HTTP is done but Caching under it is not');
    assert.ok(!result.visible.has('methods'));
    assert.ok(result.visible.has('caching'));
    assert.equal(result.shownTopics, 4, 'HTTP is a row but not a topic the filter shows');
  });

  it('hides a done topic with sub-topics when they are all hidden too', () => {
    const result = visibility(roadmap, statuses({ http: 'done', methods: 'done', caching: 'done' }), hideDone);
    assert.ok(!result.visible.has('http'));
    assert.ok(result.visible.has('web'), 'REST still shows in Web');
  });

  it('In Progress Only shows the topics in progress and their sections only', () => {
    const result = visibility(roadmap, statuses({ sql: 'in-progress', rest: 'done' }), { ...NO_FILTER, inProgressOnly: true });
    assert.deepEqual([...result.visible].sort(), ['data', 'sql']);
    assert.equal(result.shownTopics, 1);
  });

  it('Hide Skipped hides skipped topics and keeps done ones', () => {
    const filter = { ...NO_FILTER, hideSkipped: true };
    assert.equal(passes(filter, 'skipped'), false);
    assert.equal(passes(filter, 'done'), true);
    const result = visibility(roadmap, statuses({ rest: 'skipped', sql: 'done' }), filter);
    assert.ok(!result.visible.has('rest'));
    assert.ok(result.visible.has('sql'));
  });

  it('shows a kept topic (one the learner went to) whatever its status, with its section', () => {
    const result = visibility(roadmap, statuses({ sql: 'done', indexes: 'done' }), hideDone, new Set(['indexes']));
    assert.ok(result.visible.has('indexes') && result.visible.has('data'));
    assert.ok(!result.visible.has('sql'));
  });

  it('says what is hidden', () => {
    assert.equal(describeHidden(hideDone), 'Done topics hidden');
    assert.equal(describeHidden({ ...NO_FILTER, hideSkipped: true }), 'Skipped topics hidden');
    assert.equal(describeHidden({ hideDone: true, hideSkipped: true, inProgressOnly: false }), 'Done and skipped topics hidden');
    assert.equal(describeHidden({ ...NO_FILTER, inProgressOnly: true }), 'Only topics in progress shown');
  });

  it('reads a filter saved by another version, anything unreadable as off', () => {
    assert.deepEqual(topicFilterFrom({ hideDone: true, inProgressOnly: 'yes' }), {
      hideDone: true,
      hideSkipped: false,
      inProgressOnly: false,
    });
    assert.deepEqual(topicFilterFrom(null), NO_FILTER);
    assert.deepEqual(topicFilterFrom([true]), NO_FILTER);
  });
});

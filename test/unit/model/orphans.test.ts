import { strict as assert } from 'node:assert';
import { orphanedEntries, topicsFedBy } from '../../../src/model/orphans';
import type { ProgressEntry } from '../../../src/model/status';
import { roadmapFrom } from '../helpers';

const ROADMAP = roadmapFrom(`
id: r
title: R
nodes:
  - id: web
    title: Web
    kind: group
    children:
      - id: http
        title: HTTP
        formerIds: [hypertext]
      - id: rest
        title: REST
`);

const at = (status: ProgressEntry['status'], changedAt = 1): ProgressEntry => ({ status, changedAt });

describe('orphaned progress', () => {
  it('knows which topics an entry feeds: its own id and every topic listing it as a former id', () => {
    assert.deepEqual(
      topicsFedBy(ROADMAP, 'http').map((topic) => topic.id),
      ['http'],
    );
    assert.deepEqual(
      topicsFedBy(ROADMAP, 'hypertext').map((topic) => topic.id),
      ['http'],
    );
    assert.deepEqual(topicsFedBy(ROADMAP, 'web'), [], 'a group has no status');
    assert.deepEqual(topicsFedBy(ROADMAP, 'gone'), []);
  });

  it('lists entries no topic claims, sorted, leaving out todo ones', () => {
    const progress = new Map([
      ['http', at('done')],
      ['hypertext', at('done')],
      ['zeta', at('skipped')],
      ['web', at('in-progress')],
      ['dropped', at('todo')],
    ]);
    assert.deepEqual(orphanedEntries(ROADMAP, progress), [
      { topicId: 'web', entry: at('in-progress') },
      { topicId: 'zeta', entry: at('skipped') },
    ]);
  });

  it('treats every entry of a roadmap that is not loaded as orphaned', () => {
    const progress = new Map([
      ['http', at('done')],
      ['rest', at('todo')],
    ]);
    assert.deepEqual(orphanedEntries(undefined, progress), [{ topicId: 'http', entry: at('done') }]);
  });
});

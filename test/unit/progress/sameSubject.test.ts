import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ProgressEntry } from '../../../src/model/status';
import { statusesToCarry } from '../../../src/progress/carryProgress';
import { SubjectIndex, subjectOf } from '../../../src/progress/sameSubject';
import { roadmapFrom } from '../helpers';

const A = roadmapFrom(`
id: a
title: A
nodes:
  - id: caching
    title: Caching
    noteFile: notes/caching-fundamentals.md
  - id: redis
    title: Redis
    noteFile: notes/redis.md
  - id: capstone
    title: Build a URL shortener
    notes: The brief.
    noteFile: notes/caching-fundamentals.md
`);

const B = roadmapFrom(`
id: b
title: B
nodes:
  - id: web
    title: Web
    kind: group
    children:
      - id: http-caching
        title: HTTP caching
        noteFile: notes/caching-fundamentals.md
      - id: cdn
        title: CDN
        noteFile: notes/redis.md
      - id: memcached
        title: Memcached
        noteFile: notes/redis.md
`);

const MINE = roadmapFrom(`
id: mine
title: Mine
nodes:
  - id: my-caching
    title: My caching notes
    subject: caching-fundamentals
  - id: other
    title: Other
    noteFile: notes/redis.md
`);

describe('same subject across roadmaps', () => {
  const index = new SubjectIndex([
    { roadmap: A, origin: 'bundled' },
    { roadmap: B, origin: 'bundled' },
    { roadmap: MINE, origin: 'workspace' },
  ]);

  it("takes a bundled topic's subject from its shared note, and a workspace topic's from its subject key", () => {
    assert.equal(subjectOf(A.nodesById.get('caching')!, 'bundled'), 'caching-fundamentals');
    assert.equal(subjectOf(MINE.nodesById.get('my-caching')!, 'workspace'), 'caching-fundamentals');
    assert.equal(subjectOf(MINE.nodesById.get('other')!, 'workspace'), undefined, 'a workspace note file names no subject');
    assert.equal(subjectOf(A.nodesById.get('capstone')!, 'bundled'), undefined, 'a topic with notes of its own only points at a note');
    assert.equal(subjectOf(B.nodesById.get('web')!, 'bundled'), undefined, 'sections have no subject');
  });

  it('lists the other roadmaps where the subject appears', () => {
    const elsewhere = index.elsewhere({ roadmapId: 'a', topicId: 'caching' });
    assert.deepEqual(
      elsewhere.map((match) => [match.roadmap.id, match.topicIds]),
      [
        ['b', ['http-caching']],
        ['mine', ['my-caching']],
      ],
    );
    assert.deepEqual(index.elsewhere({ roadmapId: 'a', topicId: 'capstone' }), []);
  });

  it('carries a status only to the one counterpart, never to a guess among several', () => {
    assert.equal(index.counterpart({ roadmapId: 'mine', topicId: 'my-caching' }, 'a'), 'caching');
    assert.equal(index.counterpart({ roadmapId: 'a', topicId: 'redis' }, 'b'), undefined, 'CDN and Memcached both open the Redis note');
    assert.equal(index.counterpart({ roadmapId: 'a', topicId: 'caching' }, 'unknown'), undefined);
  });

  it('finds shared subjects across the bundled roadmaps (Caching is not ticked twice)', () => {
    const folder = path.join(__dirname, '..', '..', '..', 'roadmaps');
    const bundled = fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.roadmap.yaml'))
      .map((name) => ({ roadmap: roadmapFrom(fs.readFileSync(path.join(folder, name), 'utf8')), origin: 'bundled' as const }));
    const all = new SubjectIndex(bundled);
    const essentials = bundled.find(({ roadmap }) => roadmap.id === 'backend-essentials')!.roadmap;
    const caching = essentials.topics.find((topic) => topic.noteFile === 'notes/caching-fundamentals.md')!;
    const ref = { roadmapId: essentials.id, topicId: caching.id };
    assert.ok(all.elsewhere(ref).some((match) => match.roadmap.id === 'backend-engineering-merged'));
    assert.ok(all.counterpart(ref, 'backend-engineering-merged'), 'one merged topic teaches it');
  });
});

describe('Carry Progress to Roadmap', () => {
  const index = new SubjectIndex([
    { roadmap: A, origin: 'bundled' },
    { roadmap: B, origin: 'bundled' },
    { roadmap: MINE, origin: 'workspace' },
  ]);
  const progress: Record<string, Map<string, ProgressEntry>> = {
    a: new Map([
      ['caching', { status: 'done', changedAt: 10 }],
      ['redis', { status: 'in-progress', changedAt: 5 }],
    ]),
    mine: new Map([['my-caching', { status: 'in-progress', changedAt: 20 }]]),
    b: new Map([['cdn', { status: 'skipped', changedAt: 1 }]]),
  };
  const progressOf = (roadmapId: string) => progress[roadmapId] ?? new Map<string, ProgressEntry>();

  it('takes the latest status of the same subject elsewhere, for topics still to do', () => {
    assert.deepEqual(statusesToCarry(B, index, progressOf), [{ topicId: 'http-caching', status: 'in-progress', fromRoadmapId: 'mine' }]);
  });

  it('leaves a topic that has a status of its own, and never guesses among several', () => {
    // A's Redis: B has two Redis-note topics, so nothing is carried from B; A's caching is done already.
    assert.deepEqual(statusesToCarry(A, index, progressOf), []);
  });
});

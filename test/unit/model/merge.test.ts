import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { compareEntries, covers, laterEntry, mergeAll, mergeProgress, winningEntries } from '../../../src/model/merge';
import type { ProgressEntry } from '../../../src/model/status';
import { entryArb, plain, progressArb, progressByRoadmapArb } from '../arbitraries';

const RUNS = { numRuns: 2_000 };

describe('merge', () => {
  describe('properties (fast-check)', () => {
    it('is commutative', () => {
      fc.assert(
        fc.property(progressArb(), progressArb(), (a, b) => {
          assert.deepEqual(plain(mergeProgress(a, b)), plain(mergeProgress(b, a)));
        }),
        RUNS,
      );
    });

    it('is associative', () => {
      fc.assert(
        fc.property(progressArb(), progressArb(), progressArb(), (a, b, c) => {
          assert.deepEqual(plain(mergeProgress(mergeProgress(a, b), c)), plain(mergeProgress(a, mergeProgress(b, c))));
        }),
        RUNS,
      );
    });

    it('is idempotent', () => {
      fc.assert(
        fc.property(progressArb(), progressArb(), (a, b) => {
          assert.deepEqual(plain(mergeProgress(a, a)), plain(a));
          const ab = mergeProgress(a, b);
          assert.deepEqual(plain(mergeProgress(ab, b)), plain(ab), 'merging the same copy again changes nothing');
        }),
        RUNS,
      );
    });

    it('holds the same laws across roadmaps', () => {
      fc.assert(
        fc.property(progressByRoadmapArb(), progressByRoadmapArb(), progressByRoadmapArb(), (a, b, c) => {
          assert.deepEqual(plain(mergeAll(a, b)), plain(mergeAll(b, a)));
          assert.deepEqual(plain(mergeAll(mergeAll(a, b), c)), plain(mergeAll(a, mergeAll(b, c))));
          assert.deepEqual(plain(mergeAll(a, a)), plain(a));
        }),
        RUNS,
      );
    });

    it('keeps, per topic, the greatest entry of either copy', () => {
      fc.assert(
        fc.property(progressArb(), progressArb(), (a, b) => {
          const merged = mergeProgress(a, b);
          assert.deepEqual([...merged.keys()].sort(), [...new Set([...a.keys(), ...b.keys()])].sort());
          for (const [topicId, entry] of merged) {
            for (const source of [a.get(topicId), b.get(topicId)]) {
              if (source) assert.ok(compareEntries(entry, source) >= 0);
            }
            assert.ok(entry === a.get(topicId) || entry === b.get(topicId), 'never invents an entry');
          }
        }),
        RUNS,
      );
    });

    it('orders entries totally: equal only when status and time are equal', () => {
      fc.assert(
        fc.property(entryArb, entryArb, (a, b) => {
          assert.equal(Math.sign(compareEntries(a, b)) + Math.sign(compareEntries(b, a)), 0);
          assert.equal(compareEntries(a, b) === 0, a.status === b.status && a.changedAt === b.changedAt);
        }),
        RUNS,
      );
    });

    it('winningEntries is exactly what merging changes', () => {
      fc.assert(
        fc.property(progressArb(), progressArb(), (current, incoming) => {
          const applied = new Map(current);
          for (const [topicId, entry] of winningEntries(current, incoming)) applied.set(topicId, entry);
          assert.deepEqual(plain(applied), plain(mergeProgress(current, incoming)));
          assert.ok(covers(mergeProgress(current, incoming), incoming));
        }),
        RUNS,
      );
    });
  });

  it('lets the later change win, a reset to todo included', () => {
    const done: ProgressEntry = { status: 'done', changedAt: 10 };
    const reset: ProgressEntry = { status: 'todo', changedAt: 11 };
    assert.equal(laterEntry(done, reset), reset);
    assert.equal(laterEntry(reset, done), reset);
    assert.deepEqual(mergeProgress(new Map([['a', done]]), new Map([['a', reset]])).get('a'), reset);
  });

  it('breaks a tie of equal times by status: done, skipped, in progress, todo', () => {
    const at = (status: ProgressEntry['status']): ProgressEntry => ({ status, changedAt: 5 });
    assert.equal(laterEntry(at('todo'), at('done'))?.status, 'done');
    assert.equal(laterEntry(at('skipped'), at('in-progress'))?.status, 'skipped');
    assert.equal(laterEntry(at('in-progress'), at('todo'))?.status, 'in-progress');
    assert.equal(laterEntry(at('done'), at('skipped'))?.status, 'done');
  });

  it('keeps topics only one copy has', () => {
    const merged = mergeAll(new Map([['r', new Map([['a', { status: 'done' as const, changedAt: 1 }]])]]), new Map([['s', new Map()]]));
    assert.deepEqual([...merged.keys()].sort(), ['r', 's']);
    assert.equal(merged.get('r')?.get('a')?.status, 'done');
  });
});

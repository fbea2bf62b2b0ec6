// Stamps from the hybrid logical clock (issue 11, item 5).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { HybridClock, MAX_CLOCK_AHEAD_MS } from '../../../src/store/hybridClock';
import { InMemoryMemento } from '../../../src/store/memento';
import { ProgressStore } from '../../../src/store/progressStore';

const YEAR = 365 * 24 * 3_600_000;

describe('hybrid logical clock', () => {
  it('strictly increases when the physical clock stands still or steps back', () => {
    let now = 5_000;
    const clock = new HybridClock(() => now);
    const stamps = [clock.next(), clock.next()];
    now = 1_000;
    stamps.push(clock.next(), clock.next());
    assert.deepEqual(stamps, [5_000, 5_001, 5_002, 5_003]);
  });

  it('stamps later than every stamp seen within the bound, in any order of events (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ observe: fc.integer({ min: 0, max: MAX_CLOCK_AHEAD_MS }) }),
            fc.record({ tick: fc.integer({ min: -5_000, max: 5_000 }) }),
            fc.constant('next' as const),
          ),
          { maxLength: 60 },
        ),
        (events) => {
          let now = 1_000_000;
          const clock = new HybridClock(() => now);
          let latest = 0;
          for (const event of events) {
            if (event === 'next') {
              const stamp = clock.next();
              assert.ok(stamp > latest, `${stamp} after ${latest}`);
              latest = stamp;
            } else if ('observe' in event) {
              const seen = now + event.observe;
              clock.observe(seen);
              latest = Math.max(latest, seen);
            } else {
              now += event.tick;
            }
          }
        },
      ),
    );
  });

  it('does not let a clock a year ahead drag its stamps along', () => {
    const now = 1_763_700_000_000;
    const clock = new HybridClock(() => now);
    clock.observe(now + YEAR);
    const stamp = clock.next();
    assert.ok(stamp <= now + MAX_CLOCK_AHEAD_MS + 1, `stamped ${stamp - now} ms ahead`);
  });

  it('still stamps a change of a topic later than its entry, however far ahead (next(after))', () => {
    const now = 1_763_700_000_000;
    const clock = new HybridClock(() => now);
    assert.equal(clock.next(now + YEAR), now + YEAR + 1);
    assert.ok(clock.next() <= now + MAX_CLOCK_AHEAD_MS + 2, 'and the next change of another topic is back near this clock');
  });
});

describe('ProgressStore stamps', () => {
  it('a change made after a reload wins over the saved entry, even with a clock that went back', async () => {
    const memento = new InMemoryMemento();
    await new ProgressStore(memento, () => 50_000).setStatus('r', ['a'], 'done');
    const reloaded = new ProgressStore(memento, () => 10);
    await reloaded.setStatus('r', ['b'], 'done');
    assert.ok(reloaded.get('r', 'b')!.changedAt > 50_000, 'the entries read count as seen');
  });

  it("a correct machine's later change of another topic is not pushed a year ahead by a merged entry", async () => {
    const now = 1_763_700_000_000;
    const store = new ProgressStore(new InMemoryMemento(), () => now);
    await store.merge('r', new Map([['far', { status: 'done' as const, changedAt: now + YEAR }]]));
    await store.setStatus('r', ['near'], 'done');
    assert.ok(store.get('r', 'near')!.changedAt <= now + MAX_CLOCK_AHEAD_MS + 1);
  });

  it('a change of the topic that holds the far-ahead entry still wins over it', async () => {
    const now = 1_763_700_000_000;
    const store = new ProgressStore(new InMemoryMemento(), () => now);
    await store.merge('r', new Map([['far', { status: 'done' as const, changedAt: now + YEAR }]]));
    await store.setStatus('r', ['far'], 'todo');
    assert.ok(store.get('r', 'far')!.changedAt > now + YEAR);
    assert.deepEqual(
      await store.merge('r', new Map([['far', { status: 'done' as const, changedAt: now + YEAR }]])),
      [],
      'the old entry no longer wins',
    );
  });
});

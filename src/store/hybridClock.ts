// Stamps for progress changes: a hybrid logical clock (physical time in milliseconds, pushed forward by
// the stamps this machine has seen), with the classic HLC bound on how far another clock may push it.
//
// What it guarantees:
// - Stamps made here strictly increase, even when this machine's clock stands still or steps back.
// - A stamp is later than every stamp seen here (read from storage, merged from another machine) that is
//   at most MAX_CLOCK_AHEAD_MS ahead of this machine's clock.
// - A change of a topic is later than that topic's current entry, however far ahead it is (`next(after)`):
//   what last-writer-wins needs, because it orders changes per topic only.
// What it refuses: a stamp from a clock further ahead than the bound does not drag this machine's clock
// along, so one machine whose clock is a year ahead cannot make every later change made here (of other
// topics) carry a time a year ahead, which would then beat correct changes made elsewhere.
export const MAX_CLOCK_AHEAD_MS = 10 * 60_000;

export class HybridClock {
  private last = 0;

  constructor(
    private readonly physical: () => number = Date.now,
    private readonly maxAheadMs: number = MAX_CLOCK_AHEAD_MS,
  ) {}

  /** Takes note of a stamp seen here. */
  observe(stamp: number): void {
    if (stamp <= this.last) return;
    this.last = Math.max(this.last, Math.min(stamp, this.physical() + this.maxAheadMs));
  }

  /** A new stamp, later than every earlier one (within the bound) and later than `after`. */
  next(after = 0): number {
    const base = Math.max(Math.floor(this.physical()), this.last + 1);
    const stamp = Math.max(base, Math.floor(after) + 1);
    this.last = stamp <= this.physical() + this.maxAheadMs ? stamp : base;
    return stamp;
  }
}

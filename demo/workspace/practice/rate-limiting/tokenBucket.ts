// Token bucket: `capacity` requests at once, refilled at `perSecond`. TODO: one bucket per client key.

export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = capacity;
    this.updatedAt = now();
  }

  tryTake(): boolean {
    const elapsedSeconds = (this.now() - this.updatedAt) / 1000;
    this.tokens = Math.min(this.capacity, this.tokens + elapsedSeconds * this.perSecond);
    this.updatedAt = this.now();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

// Token-bucket rate limiter: `capacity` requests at once per client key, refilled at `perSecond`.
// My work in progress: one bucket for everyone so far. TODO: one bucket per key.

export class RateLimiter {
  constructor(capacity, perSecond, now = Date.now) {
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.now = now;
    this.tokens = capacity;
    this.updatedAt = now();
  }

  /** Whether the request of `key` may go ahead now. */
  tryTake(_key) {
    const elapsedSeconds = (this.now() - this.updatedAt) / 1000;
    this.tokens = Math.min(this.capacity, this.tokens + elapsedSeconds * this.perSecond);
    this.updatedAt = this.now();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

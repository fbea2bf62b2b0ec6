// Cache-aside: read from the cache, fall back to the source, remember the answer for `ttlMs`.
// Concurrent misses for the same key share one load, so a cold key does not stampede the source.

export class CacheAside {
  constructor(load, ttlMs, now = Date.now) {
    this.load = load;
    this.ttlMs = ttlMs;
    this.now = now;
    this.entries = new Map();
    this.loading = new Map();
  }

  async get(key) {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > this.now()) return entry.value;
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.load(key).finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    const value = await pending;
    this.entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
    return value;
  }

  invalidate(key) {
    this.entries.delete(key);
  }
}

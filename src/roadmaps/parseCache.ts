// Workspace roadmaps are parsed once per content: results by content hash, the most recent few kept.
// The same text gives the very same LoadResult (and Roadmap object) until it drops out of the cache.
// Its problems are worded in the display language, and the cache is not keyed by language because it
// holds one only: it lives in memory for one extension host, and VS Code changes its display language
// only by restarting (desktop) or reloading (web), which starts a new extension host and a new cache.
import { roadmapResultOf, type InputResult, type LoadResult } from '../model/loadResult';

/** Each holds a built roadmap; live validation of an open file adds one per pause in typing. */
export const DEFAULT_CACHED_CONTENTS = 16;

export class ParseCache {
  private readonly results = new Map<string, Promise<LoadResult>>();

  constructor(
    private readonly parse: (text: string) => Promise<InputResult>,
    private readonly hash: (text: string) => string,
    private readonly maxEntries = DEFAULT_CACHED_CONTENTS,
  ) {}

  load(text: string): Promise<LoadResult> {
    const key = this.hash(text);
    const cached = this.results.get(key);
    if (cached) {
      // Most recently used last: Map keeps insertion order.
      this.results.delete(key);
      this.results.set(key, cached);
      return cached;
    }
    const loading = this.parse(text).then(roadmapResultOf);
    // A failed parse is not remembered: the next read tries again.
    loading.catch(() => this.results.get(key) === loading && this.results.delete(key));
    this.results.set(key, loading);
    for (const oldest of this.results.keys()) {
      if (this.results.size <= this.maxEntries) break;
      this.results.delete(oldest);
    }
    return loading;
  }
}

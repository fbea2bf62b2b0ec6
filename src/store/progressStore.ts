// Progress per roadmap in a Memento (the workspace's state): one key per roadmap, so a change writes
// only that roadmap's entries. Saved values that do not validate are moved aside, never dropped.
import { latestChange, winningEntries } from '../model/merge';
import type { ProgressEntry, RoadmapProgress, Status } from '../model/status';
import { Emitter } from './emitter';
import type { MementoLike } from './memento';
import { decodeProgress, encodeProgress } from './progressCodec';

export const PROGRESS_KEY_PREFIX = 'roadmapTracker.progress.';
export const BACKUP_KEY_PREFIX = 'roadmapTracker.backup.';

export function progressKey(roadmapId: string): string {
  return PROGRESS_KEY_PREFIX + roadmapId;
}

export interface ProgressChange {
  readonly roadmapId: string;
  /** Topics whose entry changed. */
  readonly topicIds: readonly string[];
  /** 'local' for a change made here, 'merge' for entries merged in from elsewhere (sync, import). */
  readonly origin: 'local' | 'merge';
}

/** Saved progress that could not be used; the raw value is kept under `backupKey`. */
export interface SetAsideProgress {
  readonly roadmapId: string;
  readonly backupKey: string;
  readonly reason: string;
}

export class ProgressStore {
  private readonly cache = new Map<string, Map<string, ProgressEntry>>();
  private readonly changed = new Emitter<ProgressChange>();
  private readonly setAside = new Emitter<SetAsideProgress>();
  private lastStamp = 0;
  /** Writes are chained so they reach the Memento in the order they were made. */
  private pendingWrite: Promise<void> = Promise.resolve();

  readonly onDidChange = this.changed.event;
  /** Fired once per roadmap whose saved value was set aside. */
  readonly onDidSetAside = this.setAside.event;

  constructor(
    private readonly memento: MementoLike,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The roadmap's progress; the first read validates the saved value. */
  progressOf(roadmapId: string): RoadmapProgress {
    return this.entries(roadmapId);
  }

  get(roadmapId: string, topicId: string): ProgressEntry | undefined {
    return this.entries(roadmapId).get(topicId);
  }

  /**
   * Sets the status of topics; returns the ids whose entry changed. A topic without an entry gets one
   * even for todo: its status may come from an entry under a former id, which the new entry outranks.
   */
  async setStatus(roadmapId: string, topicIds: readonly string[], status: Status): Promise<string[]> {
    const entries = this.entries(roadmapId);
    const changedAt = this.stamp();
    const changed = topicIds.filter((topicId) => entries.get(topicId)?.status !== status);
    if (changed.length === 0) return [];
    for (const topicId of changed) entries.set(topicId, { status, changedAt });
    await this.write(roadmapId, entries);
    this.changed.fire({ roadmapId, topicIds: changed, origin: 'local' });
    return changed;
  }

  /**
   * Merges entries from elsewhere (another machine, an import): per topic the later change wins.
   * Returns the ids whose entry changed.
   */
  async merge(roadmapId: string, incoming: RoadmapProgress): Promise<string[]> {
    const entries = this.entries(roadmapId);
    const winners = winningEntries(entries, incoming);
    if (winners.size === 0) return [];
    for (const [topicId, entry] of winners) entries.set(topicId, entry);
    this.observe(winners);
    await this.write(roadmapId, entries);
    const topicIds = [...winners.keys()];
    this.changed.fire({ roadmapId, topicIds, origin: 'merge' });
    return topicIds;
  }

  /**
   * A time later than every change seen here, and earlier than every change made after it: what an
   * export is stamped with, so that changes made here after it win over its lines when it comes back.
   */
  nextStamp(): number {
    return this.stamp();
  }

  /** Every roadmap's progress in this Memento. */
  allProgress(): Map<string, RoadmapProgress> {
    return new Map(this.roadmapIds().map((roadmapId) => [roadmapId, this.progressOf(roadmapId)]));
  }

  /**
   * Puts every topic of the roadmap back to todo. Resets are recorded as changes (todo with a time),
   * not deletions, so a newer reset is never undone by an older status from elsewhere.
   */
  async resetRoadmap(roadmapId: string): Promise<string[]> {
    const entries = this.entries(roadmapId);
    const reset = [...entries].filter(([, entry]) => entry.status !== 'todo').map(([topicId]) => topicId);
    return this.setStatus(roadmapId, reset, 'todo');
  }

  /** Ids of roadmaps that have saved progress in this Memento. */
  roadmapIds(): string[] {
    const ids = new Set(
      this.memento
        .keys()
        .filter((key) => key.startsWith(PROGRESS_KEY_PREFIX))
        .map((key) => key.slice(PROGRESS_KEY_PREFIX.length)),
    );
    for (const [roadmapId, entries] of this.cache) if (entries.size > 0) ids.add(roadmapId);
    return [...ids];
  }

  /** Resolves when every write made so far has reached the Memento. */
  flush(): Promise<void> {
    return this.pendingWrite;
  }

  dispose(): void {
    this.changed.dispose();
    this.setAside.dispose();
  }

  private entries(roadmapId: string): Map<string, ProgressEntry> {
    let entries = this.cache.get(roadmapId);
    if (!entries) {
      entries = this.read(roadmapId);
      this.cache.set(roadmapId, entries);
      this.observe(entries);
    }
    return entries;
  }

  private read(roadmapId: string): Map<string, ProgressEntry> {
    const key = progressKey(roadmapId);
    const raw = this.memento.get<unknown>(key);
    const decoded = decodeProgress(raw);
    if (decoded.kind === 'ok') {
      // An earlier version is rewritten in the current one at once, so the saved state has one shape.
      if (decoded.migratedFrom !== undefined) this.write(roadmapId, decoded.progress).catch(() => undefined);
      return decoded.progress;
    }

    const reason =
      decoded.kind === 'newer'
        ? `it was saved by a newer version of Roadmap Tracker (format ${decoded.version})`
        : `it is not valid (${decoded.reason})`;
    const backupKey = this.freeBackupKey(roadmapId);
    // Keep the raw value before anything else is written to the key.
    this.queue(async () => {
      await this.memento.update(backupKey, raw);
      await this.memento.update(key, undefined);
    });
    this.setAside.fire({ roadmapId, backupKey, reason });
    return new Map();
  }

  private freeBackupKey(roadmapId: string): string {
    const taken = new Set(this.memento.keys());
    const base = `${BACKUP_KEY_PREFIX}${roadmapId}.${this.clock()}`;
    let key = base;
    for (let n = 1; taken.has(key); n++) key = `${base}-${n}`;
    return key;
  }

  /**
   * Strictly increasing timestamps, so two changes in one millisecond still have an order, and later
   * than every entry seen (read or merged), so a change made after seeing another machine's change wins
   * over it even when this machine's clock is behind.
   */
  private stamp(): number {
    this.lastStamp = Math.max(this.clock(), this.lastStamp + 1);
    return this.lastStamp;
  }

  private observe(progress: RoadmapProgress): void {
    this.lastStamp = Math.max(this.lastStamp, latestChange(progress));
  }

  private write(roadmapId: string, entries: RoadmapProgress): Promise<void> {
    return this.queue(() => this.memento.update(progressKey(roadmapId), encodeProgress(entries)));
  }

  private queue(task: () => Thenable<void>): Promise<void> {
    const next = this.pendingWrite.then(task, task);
    this.pendingWrite = next.catch(() => undefined);
    return next;
  }
}

// Progress per roadmap in a Memento (the workspace's state), saved in parts: a roadmap's topics are
// spread over keys "roadmapTracker.progress.<roadmap id>/<part>" (see partitionIndex.ts), so a change
// rewrites one part of at most PART_LIMITS.maxEntries entries, whatever the size of the roadmap.
//
// The store holds the intended state: a change is visible (and announced) at once, and its write is
// queued behind the ones before it; writes of changes made meanwhile are folded into the next write.
// Saved values that do not validate are moved aside, never dropped, and never overwritten before the
// copy aside is confirmed. The single value per roadmap of earlier versions is read and migrated.
import { laterEntry, latestChange, winningEntries } from '../model/merge';
import type { ProgressEntry, RoadmapProgress, Status } from '../model/status';
import { Emitter } from './emitter';
import { HybridClock } from './hybridClock';
import type { MementoLike } from './memento';
import { PartitionIndex, isPartPrefix, type PartChanges, type PartitionLimits } from './partitionIndex';
import { decodePart, decodeProgress, encodePart, type DecodeResult } from './progressCodec';
import { OriginalNotKeptError, SetAsideKeeper } from './setAside';
import { WriteQueue } from './writeQueue';
import * as l10n from '@vscode/l10n';

export const PROGRESS_KEY_PREFIX = 'roadmapTracker.progress.';
export const BACKUP_KEY_PREFIX = 'roadmapTracker.backup.';
/** At most about 25 KB saved per part with typical ids and times: the most one change writes. */
export const PART_LIMITS: PartitionLimits = { maxEntries: 1024, maxDepth: 24 };

/** The key of a roadmap's progress as versions 1 and 2 saved it (one value), read to migrate it. */
export function progressKey(roadmapId: string): string {
  return PROGRESS_KEY_PREFIX + roadmapId;
}

export function partKey(roadmapId: string, part: string): string {
  return `${PROGRESS_KEY_PREFIX}${roadmapId}/${part}`;
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

/** A write that failed: the change stays in this window, but is not saved. */
export interface SaveFailure {
  readonly roadmapId: string;
  readonly error: unknown;
}

interface RoadmapState {
  readonly entries: Map<string, ProgressEntry>;
  readonly index: PartitionIndex;
}

export class ProgressStore {
  private readonly roadmaps = new Map<string, RoadmapState>();
  private readonly changed = new Emitter<ProgressChange>();
  private readonly setAside = new Emitter<SetAsideProgress>();
  private readonly saveFailed = new Emitter<SaveFailure>();
  private readonly clock: HybridClock;
  private readonly queue = new WriteQueue();
  private readonly keeper: SetAsideKeeper;
  /** Parts to write, per roadmap, and keys to remove once they are written. */
  private readonly dirty = new Map<string, Set<string>>();
  private readonly obsolete = new Map<string, Set<string>>();
  /** The queued write that has not started yet: changes made now join it. */
  private nextWrite: Promise<void> | undefined;

  readonly onDidChange = this.changed.event;
  /** Fired once per saved value that was set aside. */
  readonly onDidSetAside = this.setAside.event;
  /** Fired when a write fails, including writes nobody waits for (a migration). */
  readonly onDidFailToSave = this.saveFailed.event;

  constructor(
    private readonly memento: MementoLike,
    physicalClock: () => number = Date.now,
  ) {
    this.clock = new HybridClock(physicalClock);
    this.keeper = new SetAsideKeeper(memento, this.queue, physicalClock);
  }

  /** The roadmap's progress as it will be once queued writes land; the first read validates the saved parts. */
  progressOf(roadmapId: string): RoadmapProgress {
    return this.state(roadmapId).entries;
  }

  get(roadmapId: string, topicId: string): ProgressEntry | undefined {
    return this.state(roadmapId).entries.get(topicId);
  }

  /**
   * Sets the status of topics; returns the ids whose entry changed, once saved. A topic without an entry
   * gets one even for todo: its status may come from an entry under a former id, which the new entry outranks.
   */
  setStatus(roadmapId: string, topicIds: readonly string[], status: Status): Promise<string[]> {
    const { entries } = this.state(roadmapId);
    return this.apply(
      roadmapId,
      topicIds.filter((topicId) => entries.get(topicId)?.status !== status).map((topicId) => [topicId, status]),
    );
  }

  /**
   * Makes the given statuses the current ones, stamped now: later than every entry of those topics seen
   * here, so they win here and wherever they sync to (Restore, Undo). Returns the ids whose status changed.
   */
  async restore(roadmapId: string, statuses: ReadonlyMap<string, Status>): Promise<string[]> {
    const { entries } = this.state(roadmapId);
    const changed = [...statuses].filter(([topicId, status]) => entries.get(topicId)?.status !== status).map(([topicId]) => topicId);
    await this.apply(roadmapId, [...statuses]);
    return changed;
  }

  /**
   * Merges entries from elsewhere (another machine, an import): per topic the later change wins.
   * Returns the ids whose entry changed.
   */
  async merge(roadmapId: string, incoming: RoadmapProgress): Promise<string[]> {
    const state = this.state(roadmapId);
    const winners = winningEntries(state.entries, incoming);
    if (winners.size === 0) return [];
    this.clock.observe(latestChange(winners));
    for (const [topicId, entry] of winners) this.put(roadmapId, state, topicId, entry);
    const topicIds = [...winners.keys()];
    this.changed.fire({ roadmapId, topicIds, origin: 'merge' });
    await this.scheduleWrite();
    return topicIds;
  }

  /**
   * A time later than every change seen here, and earlier than every change made after it: what an
   * export is stamped with, so that changes made here after it win over its lines when it comes back.
   */
  nextStamp(): number {
    return this.clock.next();
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
    const reset = [...this.state(roadmapId).entries].filter(([, entry]) => entry.status !== 'todo').map(([topicId]) => topicId);
    return this.setStatus(roadmapId, reset, 'todo');
  }

  /** Ids of roadmaps that have saved progress in this Memento. */
  roadmapIds(): string[] {
    const ids = new Set<string>();
    for (const key of this.memento.keys()) {
      if (!key.startsWith(PROGRESS_KEY_PREFIX)) continue;
      const rest = key.slice(PROGRESS_KEY_PREFIX.length);
      const slash = rest.indexOf('/');
      ids.add(slash < 0 ? rest : rest.slice(0, slash));
    }
    for (const [roadmapId, state] of this.roadmaps) if (state.entries.size > 0) ids.add(roadmapId);
    return [...ids];
  }

  /** Resolves when every write made so far has settled. */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  dispose(): void {
    this.changed.dispose();
    this.setAside.dispose();
    this.saveFailed.dispose();
  }

  private async apply(roadmapId: string, changes: readonly (readonly [string, Status])[]): Promise<string[]> {
    if (changes.length === 0) return [];
    const state = this.state(roadmapId);
    // One time for the whole change, later than every entry it replaces.
    let after = 0;
    for (const [topicId] of changes) after = Math.max(after, state.entries.get(topicId)?.changedAt ?? 0);
    const changedAt = this.clock.next(after);
    for (const [topicId, status] of changes) this.put(roadmapId, state, topicId, { status, changedAt });
    const topicIds = changes.map(([topicId]) => topicId);
    this.changed.fire({ roadmapId, topicIds, origin: 'local' });
    await this.scheduleWrite();
    return topicIds;
  }

  private put(roadmapId: string, state: RoadmapState, topicId: string, entry: ProgressEntry): void {
    state.entries.set(topicId, entry);
    this.markDirty(roadmapId, state.index.add(topicId));
  }

  private markDirty(roadmapId: string, { changed, removed }: PartChanges): void {
    const dirty = this.dirty.get(roadmapId) ?? new Set<string>();
    for (const part of removed) dirty.delete(part);
    for (const part of changed) dirty.add(part);
    this.dirty.set(roadmapId, dirty);
    if (removed.length > 0) {
      const obsolete = this.obsolete.get(roadmapId) ?? new Set<string>();
      for (const part of removed) obsolete.add(partKey(roadmapId, part));
      this.obsolete.set(roadmapId, obsolete);
    }
  }

  private state(roadmapId: string): RoadmapState {
    let state = this.roadmaps.get(roadmapId);
    if (!state) {
      state = this.load(roadmapId);
      this.roadmaps.set(roadmapId, state);
    }
    return state;
  }

  /** Reads every saved part of the roadmap (and a value of an earlier version), setting aside what is unusable. */
  private load(roadmapId: string): RoadmapState {
    const prefix = partKey(roadmapId, '');
    const partKeys = this.memento.keys().filter((key) => key.startsWith(prefix) && isPartPrefix(key.slice(prefix.length), PART_LIMITS));
    const entries = new Map<string, ProgressEntry>();
    const readable: string[] = [];
    const addAll = (progress: RoadmapProgress): void => {
      for (const [topicId, entry] of progress) entries.set(topicId, laterEntry(entries.get(topicId), entry)!);
    };
    for (const key of partKeys) {
      const decoded = this.readValue(roadmapId, key, decodePart);
      if (decoded) {
        addAll(decoded);
        readable.push(key.slice(prefix.length));
      }
    }
    const legacy = this.readValue(roadmapId, progressKey(roadmapId), decodeProgress);
    if (legacy) addAll(legacy);

    const index = new PartitionIndex(PART_LIMITS, readable);
    const rewrite = new Set<string>();
    const replacedParts = new Set<string>();
    for (const topicId of entries.keys()) {
      const { changed, removed } = index.add(topicId);
      for (const part of removed) replacedParts.add(part);
      if (legacy) for (const part of changed) rewrite.add(part);
    }
    // A part that is no longer a part (an interrupted split, a split made elsewhere): its entries move
    // to the parts below it, which are rewritten before it is removed.
    const parts = new Set(index.parts());
    for (const part of readable) if (!parts.has(part)) replacedParts.add(part);
    if (replacedParts.size > 0) for (const part of parts) rewrite.add(part);
    const obsoleteKeys = [...replacedParts].map((part) => partKey(roadmapId, part));
    if (legacy) obsoleteKeys.push(progressKey(roadmapId));
    if (rewrite.size > 0 || obsoleteKeys.length > 0) {
      this.markDirty(roadmapId, { changed: [...rewrite].filter((part) => parts.has(part)), removed: [] });
      const obsolete = this.obsolete.get(roadmapId) ?? new Set<string>();
      for (const key of obsoleteKeys) obsolete.add(key);
      this.obsolete.set(roadmapId, obsolete);
      // Saved in the current shape at once; a failure is reported through onDidFailToSave.
      this.scheduleWrite().catch(() => undefined);
    }
    this.clock.observe(latestChange(entries));
    return { entries, index };
  }

  /** A saved value's progress, or undefined when there is none or it was set aside. */
  private readValue(roadmapId: string, key: string, decode: (value: unknown) => DecodeResult): RoadmapProgress | undefined {
    const raw = this.memento.get<unknown>(key);
    if (raw === undefined) return undefined;
    const decoded = decode(raw);
    if (decoded.kind === 'ok') return decoded.progress;
    const reason =
      decoded.kind === 'newer'
        ? l10n.t('it was saved by a newer version of Roadmap Tracker (format {0})', decoded.version)
        : l10n.t('it is not valid ({0})', decoded.reason);
    const { backupKey, written } = this.keeper.keepAside(key, raw, `${BACKUP_KEY_PREFIX}${roadmapId}.`);
    written.catch((error: unknown) => this.saveFailed.fire({ roadmapId, error }));
    this.setAside.fire({ roadmapId, backupKey, reason });
    return undefined;
  }

  private scheduleWrite(): Promise<void> {
    this.nextWrite ??= this.queue.push(() => {
      this.nextWrite = undefined;
      return this.writeDirty();
    });
    return this.nextWrite;
  }

  /**
   * Writes every dirty part, then removes the keys they replace. A part that fails stays dirty, so the
   * next write tries it again (except a key whose original could not be kept aside: it is never written).
   */
  private async writeDirty(): Promise<void> {
    const dirty = [...this.dirty];
    const obsolete = [...this.obsolete];
    this.dirty.clear();
    this.obsolete.clear();
    let firstFailure: unknown;
    const failedRoadmaps = new Set<string>();
    const fail = (roadmapId: string, error: unknown): void => {
      firstFailure ??= error;
      failedRoadmaps.add(roadmapId);
      this.saveFailed.fire({ roadmapId, error });
    };
    for (const [roadmapId, parts] of dirty) {
      const state = this.roadmaps.get(roadmapId);
      if (!state) continue;
      for (const part of parts) {
        const key = partKey(roadmapId, part);
        if (!this.keeper.mayReplace(key)) {
          fail(roadmapId, new OriginalNotKeptError(key));
          continue;
        }
        const ids = state.index.idsOf(part);
        const value = ids.size === 0 ? undefined : encodePart(new Map([...ids].map((id) => [id, state.entries.get(id)!])));
        try {
          await this.memento.update(key, value);
        } catch (error) {
          fail(roadmapId, error);
          this.markDirty(roadmapId, { changed: [part], removed: [] });
        }
      }
    }
    for (const [roadmapId, keys] of obsolete) {
      if (failedRoadmaps.has(roadmapId)) {
        // Kept while a part that replaces them is unsaved: readers merge every part present.
        const pending = this.obsolete.get(roadmapId) ?? new Set<string>();
        for (const key of keys) pending.add(key);
        this.obsolete.set(roadmapId, pending);
        continue;
      }
      for (const key of keys) {
        if (!this.keeper.mayReplace(key)) continue;
        await this.memento.update(key, undefined).then(undefined, (error: unknown) => fail(roadmapId, error));
      }
    }
    if (firstFailure !== undefined) throw firstFailure;
  }
}

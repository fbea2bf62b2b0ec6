// The synced copy of progress, in globalState keys that Settings Sync carries between machines. Settings
// Sync replaces a key's value wholesale (the remote value wins when both sides changed it), so this copy is
// only a messenger: each machine's workspace copy stays its own truth, and ProgressSync merges the two both
// ways.
//
// The copy is split in parts (see partitionIndex.ts), "roadmapTracker.syncedProgress/<part>", so a change
// rewrites one part. Settings Sync only carries keys registered with setKeysForSync, whose list replaces
// the previous one, and a machine that syncs without a key registered deletes it on the others: so every
// key a part can ever use is fixed, and registered in one list (SYNCED_KEYS) on every activation. Past
// SYNCED_PART_LIMITS.maxDepth parts no longer split, which keeps the bound on one part's size up to
// 128 × 1,024 = 131,072 synced topics.
// The single key of earlier versions ("roadmapTracker.syncedProgress") stays registered: it is read and
// merged, and removed once its content is in the parts.
import { FOLLOWED_ROADMAPS_KEY } from '../contracts/stateKeys';
import { laterEntry, type ProgressByRoadmap } from '../model/merge';
import type { ProgressEntry } from '../model/status';
import { Emitter } from './emitter';
import type { MementoLike } from './memento';
import { allPrefixes, PartitionIndex, type PartitionLimits } from './partitionIndex';
import { OriginalNotKeptError, SetAsideKeeper } from './setAside';
import { decodeSyncedPart, decodeSyncedProgress, encodeSyncedPart, type SyncedProgress } from './syncedProgressCodec';
import type { DecodeResult } from './progressCodec';
import { WriteQueue } from './writeQueue';
import * as l10n from '@vscode/l10n';

/** The key of versions before the copy was split in parts. */
export const SYNCED_PROGRESS_KEY = 'roadmapTracker.syncedProgress';
export const SYNCED_PART_KEY_PREFIX = `${SYNCED_PROGRESS_KEY}/`;
export const SYNCED_PART_LIMITS: PartitionLimits = { maxEntries: 1024, maxDepth: 7 };
const PART_PREFIXES = allPrefixes(SYNCED_PART_LIMITS.maxDepth);

export function syncedPartKey(part: string): string {
  return SYNCED_PART_KEY_PREFIX + part;
}

/** Every key registered with `setKeysForSync`, in one list: that call replaces the previous list. */
export const SYNCED_KEYS: readonly string[] = [SYNCED_PROGRESS_KEY, ...PART_PREFIXES.map(syncedPartKey), FOLLOWED_ROADMAPS_KEY];
/** Where an unreadable synced value is kept; never synced, so it stays on this machine. */
export const SYNCED_BACKUP_KEY_PREFIX = 'roadmapTracker.syncedBackup.';

export type SyncedRead =
  /** `needsRewrite`: a value was set aside, or is in an earlier shape; the synced keys should be rewritten. */
  | { readonly kind: 'ok'; readonly progress: ProgressByRoadmap; readonly needsRewrite?: boolean }
  /** Written by a newer Roadmap Tracker: left untouched, and this machine does not roam until updated. */
  | { readonly kind: 'newer'; readonly version: number };

export interface SyncedSetAside {
  readonly backupKey: string;
  readonly reason: string;
}

/** The item a synced topic is placed by. */
function itemId(roadmapId: string, topicId: string): string {
  return `${roadmapId}/${topicId}`;
}

function split(item: string): readonly [string, string] {
  const slash = item.indexOf('/');
  return [item.slice(0, slash), item.slice(slash + 1)];
}

function flatten(progress: ProgressByRoadmap): Map<string, ProgressEntry> {
  const items = new Map<string, ProgressEntry>();
  for (const [roadmapId, entries] of progress) for (const [topicId, entry] of entries) items.set(itemId(roadmapId, topicId), entry);
  return items;
}

function nest(items: Iterable<readonly [string, ProgressEntry]>): SyncedProgress {
  const progress: SyncedProgress = new Map();
  for (const [item, entry] of items) {
    const [roadmapId, topicId] = split(item);
    let entries = progress.get(roadmapId);
    if (!entries) progress.set(roadmapId, (entries = new Map()));
    entries.set(topicId, entry);
  }
  return progress;
}

/** Adds entries to `into`, the later entry winning per topic. */
function mergeInto(into: SyncedProgress, progress: ProgressByRoadmap): void {
  for (const [roadmapId, entries] of progress) {
    let target = into.get(roadmapId);
    if (!target) into.set(roadmapId, (target = new Map()));
    for (const [topicId, entry] of entries) target.set(topicId, laterEntry(target.get(topicId), entry)!);
  }
}

function sameEntries(a: ReadonlyMap<string, ProgressEntry> | undefined, b: ReadonlyMap<string, ProgressEntry>): boolean {
  if ((a?.size ?? 0) !== b.size) return false;
  for (const [id, entry] of b) {
    const other = a?.get(id);
    if (!other || other.status !== entry.status || other.changedAt !== entry.changedAt) return false;
  }
  return true;
}

/** The parts a synced state is saved in: which are present, and what each holds. */
function partsOf(
  progress: ProgressByRoadmap,
  present: Iterable<string>,
): { index: PartitionIndex; contents: Map<string, Map<string, ProgressEntry>> } {
  const items = flatten(progress);
  const index = new PartitionIndex(SYNCED_PART_LIMITS, present);
  for (const item of items.keys()) index.add(item);
  const contents = new Map<string, Map<string, ProgressEntry>>();
  for (const part of index.parts()) contents.set(part, new Map([...index.idsOf(part)].map((item) => [item, items.get(item)!])));
  return { index, contents };
}

/** The synced keys' values for a state (what Settings Sync would carry), for tests and tools. */
export function encodeSyncedState(progress: ProgressByRoadmap): Record<string, unknown> {
  const state: Record<string, unknown> = {};
  for (const [part, items] of partsOf(progress, []).contents)
    if (items.size > 0) state[syncedPartKey(part)] = encodeSyncedPart(nest(items));
  return state;
}

/** Every synced key's value read and merged (parts and the key of earlier versions). */
export function decodeSyncedState(state: Readonly<Record<string, unknown>>): DecodeResult<SyncedProgress> {
  const merged: SyncedProgress = new Map();
  for (const key of SYNCED_KEYS) {
    if (state[key] === undefined) continue;
    const decoded = key === SYNCED_PROGRESS_KEY ? decodeSyncedProgress(state[key]) : decodeSyncedPart(state[key]);
    if (decoded.kind !== 'ok') return decoded.kind === 'corrupt' ? { kind: 'corrupt', reason: `${key}: ${decoded.reason}` } : decoded;
    mergeInto(merged, decoded.progress);
  }
  return { kind: 'ok', progress: merged };
}

interface StoredPart {
  /** The saved value's seal and stored text (see storedText): reading it again costs a string comparison. */
  readonly stored: string;
  readonly items: Map<string, ProgressEntry>;
}

export class SyncedProgressStore {
  private readonly setAside = new Emitter<SyncedSetAside>();
  private readonly newer = new Emitter<{ readonly version: number }>();
  private reportedNewerVersion: number | undefined;
  private readonly queue = new WriteQueue();
  private readonly keeper: SetAsideKeeper;
  /** The parts as last read or written, and all of them merged (reused while no part changes). */
  private parts = new Map<string, StoredPart>();
  private merged: ProgressByRoadmap | undefined;
  private legacyPresent = false;

  /** Fired when an unreadable synced value was copied under a backup key before being replaced. */
  readonly onDidSetAside = this.setAside.event;
  /** Fired once per version when the synced value comes from a newer version of the extension. */
  readonly onDidFindNewer = this.newer.event;

  constructor(
    private readonly memento: MementoLike,
    clock: () => number = Date.now,
  ) {
    this.keeper = new SetAsideKeeper(memento, this.queue, clock);
  }

  /** Reads the synced keys as they are now (Settings Sync may have replaced them since the last read). */
  read(): SyncedRead {
    const parts = new Map<string, StoredPart>();
    const changedParts: StoredPart[] = [];
    let needsRewrite = false;
    for (const prefix of PART_PREFIXES) {
      const key = syncedPartKey(prefix);
      const raw = this.memento.get<unknown>(key);
      if (raw === undefined) continue;
      const stored = storedText(raw);
      const known = this.parts.get(prefix);
      if (stored !== undefined && known?.stored === stored) {
        parts.set(prefix, known);
        continue;
      }
      const decoded = decodeSyncedPart(raw);
      if (decoded.kind === 'newer') return this.foundNewer(decoded.version);
      if (decoded.kind === 'corrupt') {
        this.keepAside(key, raw, decoded.reason);
        needsRewrite = true;
        continue;
      }
      const part = { stored: stored ?? '', items: flatten(decoded.progress) };
      parts.set(prefix, part);
      changedParts.push(part);
    }
    const legacyRaw = this.memento.get<unknown>(SYNCED_PROGRESS_KEY);
    this.legacyPresent = legacyRaw !== undefined;
    let legacy: ProgressByRoadmap | undefined;
    if (legacyRaw !== undefined) {
      const decoded = decodeSyncedProgress(legacyRaw);
      if (decoded.kind === 'newer') return this.foundNewer(decoded.version);
      if (decoded.kind === 'corrupt') this.keepAside(SYNCED_PROGRESS_KEY, legacyRaw, decoded.reason);
      else legacy = decoded.progress;
      needsRewrite = true;
    }
    this.reportedNewerVersion = undefined;
    const unchanged = changedParts.length === 0 && !this.legacyPresent && parts.size === this.parts.size && this.merged !== undefined;
    let merged: ProgressByRoadmap;
    if (unchanged && this.merged) {
      merged = this.merged;
    } else {
      const all: SyncedProgress = new Map();
      for (const part of parts.values()) mergeInto(all, nest(part.items));
      if (legacy) mergeInto(all, legacy);
      merged = all;
    }
    this.parts = parts;
    this.merged = merged;
    // Parts that are no longer parts (a split made on another machine, an interrupted one) are folded in.
    const current = new Set(partsOf(new Map(), parts.keys()).index.parts());
    if ([...parts.keys()].some((prefix) => !current.has(prefix))) needsRewrite = true;
    return { kind: 'ok', progress: merged, needsRewrite };
  }

  /**
   * Saves the copy: writes the parts whose content differs from what was last read or written, then
   * removes the keys no part uses any more. The caller does not change `progress` afterwards.
   */
  write(progress: ProgressByRoadmap): Promise<void> {
    const { index, contents } = partsOf(progress, this.parts.keys());
    const writes: [string, unknown][] = [];
    const parts = new Map<string, StoredPart>();
    for (const [part, items] of contents) {
      const known = this.parts.get(part);
      if (sameEntries(known?.items, items)) {
        if (known) parts.set(part, known);
        continue;
      }
      const value = items.size === 0 ? undefined : encodeSyncedPart(nest(items));
      writes.push([syncedPartKey(part), value]);
      if (value) parts.set(part, { stored: storedText(value) ?? '', items });
    }
    const current = new Set(index.parts());
    const removals = [...this.parts.keys()].filter((part) => !current.has(part)).map(syncedPartKey);
    if (this.legacyPresent) removals.push(SYNCED_PROGRESS_KEY);
    this.parts = parts;
    this.merged = progress;
    this.legacyPresent = false;
    return this.queue.push(async () => {
      for (const [key, value] of [...writes, ...removals.map((key) => [key, undefined] as const)]) {
        if (!this.keeper.mayReplace(key)) throw new OriginalNotKeptError(key);
        await this.memento.update(key, value);
      }
    });
  }

  /** Resolves when every write made so far has settled. */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  dispose(): void {
    this.setAside.dispose();
    this.newer.dispose();
  }

  private foundNewer(version: number): SyncedRead {
    if (this.reportedNewerVersion !== version) {
      this.reportedNewerVersion = version;
      this.newer.fire({ version });
    }
    return { kind: 'newer', version };
  }

  private keepAside(key: string, raw: unknown, reason: string): void {
    // Kept on this machine before the next write replaces the synced key; a failed copy is reported by
    // the write that would have replaced it.
    const { backupKey, written } = this.keeper.keepAside(key, raw, SYNCED_BACKUP_KEY_PREFIX);
    written.catch(() => undefined);
    this.setAside.fire({ backupKey, reason: l10n.t('it is not valid ({0})', reason) });
  }
}

/** The saved value's seal and stored text in one string: equal strings mean an equal saved value. */
function storedText(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { v, n, c, t, z } = value as { v?: unknown; n?: unknown; c?: unknown; t?: unknown; z?: unknown };
  const text = typeof z === 'string' ? `z${z}` : typeof t === 'string' ? `t${t}` : undefined;
  return text === undefined ? undefined : `${String(v)}:${String(n)}:${String(c)}:${text}`;
}

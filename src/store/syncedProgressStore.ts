// The synced copy of progress: every roadmap under ONE globalState key that Settings Sync carries
// between machines. Settings Sync replaces a key's value wholesale (the remote value wins when both
// sides changed it), so this copy is only a messenger: each machine's workspace copy stays its own
// truth, and ProgressSync merges the two both ways.
//
// The key name is fixed for every version of the extension: a machine that synced without registering
// the key would delete it from the other machines (see the report on VS Code's extension state sync).
import { FOLLOWED_ROADMAPS_KEY } from '../contracts/stateKeys';
import { PROGRESS_VERSION } from './progressCodec';
import { decodeSyncedProgress, encodeSyncedProgress } from './syncedProgressCodec';
import type { ProgressByRoadmap } from '../model/merge';
import { Emitter } from './emitter';
import type { MementoLike } from './memento';

export const SYNCED_PROGRESS_KEY = 'roadmapTracker.syncedProgress';
/** Every key registered with `setKeysForSync`, in one list: that call replaces the previous list. */
export const SYNCED_KEYS: readonly string[] = [SYNCED_PROGRESS_KEY, FOLLOWED_ROADMAPS_KEY];
/** Where an unreadable synced value is kept; never synced, so it stays on this machine. */
export const SYNCED_BACKUP_KEY_PREFIX = 'roadmapTracker.syncedBackup.';

export type SyncedRead =
  /** `setAside`: the value was unreadable and kept under a backup key; the synced key should be rewritten. */
  | { readonly kind: 'ok'; readonly progress: ProgressByRoadmap; readonly setAside?: boolean }
  /** Written by a newer Roadmap Tracker: left untouched, and this machine does not roam until updated. */
  | { readonly kind: 'newer'; readonly version: number };

export interface SyncedSetAside {
  readonly backupKey: string;
  readonly reason: string;
}

export class SyncedProgressStore {
  private readonly setAside = new Emitter<SyncedSetAside>();
  private readonly newer = new Emitter<{ readonly version: number }>();
  private reportedNewerVersion: number | undefined;
  private readonly reservedBackupKeys = new Set<string>();
  /** The last compressed value read or written, decoded: reading it again costs a string comparison. */
  private decoded: { readonly z: string; readonly progress: ProgressByRoadmap } | undefined;
  private pendingWrite: Promise<void> = Promise.resolve();
  /** Set when an unreadable value could not be kept aside: the synced key is then never replaced. */
  private backupFailed = false;

  /** Fired when an unreadable synced value was copied under a backup key before being replaced. */
  readonly onDidSetAside = this.setAside.event;
  /** Fired once per version when the synced value comes from a newer version of the extension. */
  readonly onDidFindNewer = this.newer.event;

  constructor(
    private readonly memento: MementoLike,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Reads the synced value as it is now (Settings Sync may have replaced it since the last read). */
  read(): SyncedRead {
    const raw = this.memento.get<unknown>(SYNCED_PROGRESS_KEY);
    const z = compressedText(raw);
    if (z !== undefined && z === this.decoded?.z) return { kind: 'ok', progress: this.decoded.progress };
    const decoded = decodeSyncedProgress(raw);
    switch (decoded.kind) {
      case 'ok':
        this.reportedNewerVersion = undefined;
        this.decoded = z === undefined ? undefined : { z, progress: decoded.progress };
        return decoded;
      case 'newer':
        if (this.reportedNewerVersion !== decoded.version) {
          this.reportedNewerVersion = decoded.version;
          this.newer.fire({ version: decoded.version });
        }
        return decoded;
      case 'corrupt': {
        // Keep the raw value on this machine before the next write replaces the synced key.
        const backupKey = this.freeBackupKey();
        this.queue(() => this.memento.update(backupKey, raw)).catch(() => (this.backupFailed = true));
        this.setAside.fire({ backupKey, reason: `it is not valid (${decoded.reason})` });
        return { kind: 'ok', progress: new Map(), setAside: true };
      }
    }
  }

  /** Saves the copy; the caller hands over `progress` and does not change it afterwards. */
  write(progress: ProgressByRoadmap): Promise<void> {
    const value = encodeSyncedProgress(progress);
    const z = compressedText(value);
    this.decoded = z === undefined ? undefined : { z, progress };
    return this.queue(() => {
      if (this.backupFailed) throw new Error('an unreadable synced value could not be kept aside, so it is not replaced');
      return this.memento.update(SYNCED_PROGRESS_KEY, value);
    });
  }

  /** Resolves when every write made so far has reached the Memento. */
  flush(): Promise<void> {
    return this.pendingWrite;
  }

  dispose(): void {
    this.setAside.dispose();
    this.newer.dispose();
  }

  private freeBackupKey(): string {
    const taken = new Set([...this.memento.keys(), ...this.reservedBackupKeys]);
    const base = `${SYNCED_BACKUP_KEY_PREFIX}${this.clock()}`;
    let key = base;
    for (let n = 1; taken.has(key); n++) key = `${base}-${n}`;
    this.reservedBackupKeys.add(key);
    return key;
  }

  private queue(task: () => Thenable<void>): Promise<void> {
    const next = this.pendingWrite.then(task, task);
    this.pendingWrite = next.catch(() => undefined);
    return next;
  }
}

function compressedText(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { v, z } = value as { v?: unknown; z?: unknown };
  return v === PROGRESS_VERSION && typeof z === 'string' ? z : undefined;
}

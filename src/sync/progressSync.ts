// Two-way merge between this workspace's progress (the machine's own truth) and the synced copy in
// globalState (the messenger Settings Sync carries between machines).
//
// A pass: read the synced copy as it is now → merge it into the workspace copy (for the roadmaps this
// workspace follows) → if the workspace holds anything the synced copy lacks, write the merge of both
// back. Merging never loses an entry (later change wins), so whatever Settings Sync delivers — even a
// value that wholesale replaced one holding this machine's newest changes — the next pass puts those
// changes back from the workspace copy and they travel on with the next sync.
//
// Passes run one at a time; a request during a pass runs one more pass after it.
import { mergeAll, winningEntries } from '../model/merge';
import type { ProgressStore } from '../store/progressStore';
import type { Disposable } from '../store/emitter';
import type { SyncedProgressStore } from '../store/syncedProgressStore';

export interface ProgressSyncOptions {
  readonly store: ProgressStore;
  readonly synced: SyncedProgressStore;
  /** The `roadmapTracker.syncProgress` setting: off, nothing is read from or written to the synced copy. */
  readonly enabled: () => boolean;
  /** Roadmaps loaded in this workspace; roadmaps that already have progress here are followed too. */
  readonly loadedRoadmapIds: () => Iterable<string>;
  /** Told when a pass that a change here started fails (the caller of sync() is told otherwise). */
  readonly onError?: (failure: unknown) => void;
}

export interface PassResult {
  /** Topic ids whose workspace entry changed, per roadmap. */
  readonly merged: ReadonlyMap<string, readonly string[]>;
  /** Whether the synced copy was rewritten. */
  readonly published: boolean;
  /** Why nothing was done, when nothing could be. */
  readonly skipped?: 'disabled' | 'newer';
}

export class ProgressSync implements Disposable {
  private running: Promise<PassResult> | undefined;
  private rerun: Promise<PassResult> | undefined;
  private inPass = false;
  private readonly subscription: Disposable;

  constructor(private readonly options: ProgressSyncOptions) {
    // Changes made here and imports are published at once; the pass's own merges need no new pass.
    this.subscription = options.store.onDidChange(({ origin }) => {
      if (origin === 'local' || !this.inPass) this.sync().catch((failure) => options.onError?.(failure));
    });
  }

  /** Runs a pass, or queues one after the pass in progress. */
  sync(): Promise<PassResult> {
    if (!this.running) {
      this.running = this.pass().finally(() => (this.running = undefined));
      return this.running;
    }
    this.rerun ??= this.running.then(
      () => this.chain(),
      () => this.chain(),
    );
    return this.rerun;
  }

  dispose(): void {
    this.subscription.dispose();
  }

  private chain(): Promise<PassResult> {
    this.rerun = undefined;
    return this.sync();
  }

  private async pass(): Promise<PassResult> {
    const { store, synced, enabled, loadedRoadmapIds } = this.options;
    if (!enabled()) return { merged: new Map(), published: false, skipped: 'disabled' };
    const read = synced.read();
    if (read.kind === 'newer') return { merged: new Map(), published: false, skipped: 'newer' };

    const merged = new Map<string, string[]>();
    const followed = new Set([...loadedRoadmapIds(), ...store.roadmapIds()]);
    this.inPass = true;
    try {
      for (const [roadmapId, entries] of read.progress) {
        if (!followed.has(roadmapId)) continue; // Kept in the synced copy for the workspaces that follow it.
        const changed = await store.merge(roadmapId, entries);
        if (changed.length > 0) merged.set(roadmapId, changed);
      }
    } finally {
      this.inPass = false;
    }

    const local = store.allProgress();
    const lacking = [...local].some(([roadmapId, entries]) => winningEntries(read.progress.get(roadmapId) ?? new Map(), entries).size > 0);
    if (!lacking && !read.needsRewrite) return { merged, published: false };
    await synced.write(mergeAll(read.progress, local));
    return { merged, published: true };
  }
}

// One simulated machine: a workspace Memento and a global Memento (both survive a window reload), the
// store, the synced copy and the sync between them, and Settings Sync for its global state.
import type { ProgressEntry } from '../../../src/model/status';
import { InMemoryMemento, type MementoLike } from '../../../src/store/memento';
import { ProgressStore } from '../../../src/store/progressStore';
import { decodeSyncedState, SYNCED_KEYS, SyncedProgressStore } from '../../../src/store/syncedProgressStore';
import { ProgressSync } from '../../../src/sync/progressSync';
import { FakeMachineSync, type FakeSyncServer } from './fakeSettingsSync';

export interface MachineOptions {
  readonly clock: () => number;
  readonly loadedRoadmapIds?: readonly string[];
  readonly enabled?: () => boolean;
  /** Told about every change made on this machine (not merged in), with the entry it saved. */
  readonly onLocalChange?: (roadmapId: string, topicId: string, entry: ProgressEntry) => void;
  readonly onError?: (failure: unknown) => void;
}

export class Machine {
  readonly workspaceState = new InMemoryMemento();
  readonly globalState = new InMemoryMemento();
  /** setKeysForSync: registered once per activation. */
  registeredKeys: readonly string[] = [];
  readonly settingsSync = new FakeMachineSync(this.globalState, () => this.registeredKeys);
  store!: ProgressStore;
  synced!: SyncedProgressStore;
  sync!: ProgressSync;

  constructor(private readonly options: MachineOptions) {
    this.activate();
  }

  /** What activate() does: register the synced keys, build the store and the sync over the Mementos. */
  activate(): Promise<unknown> {
    this.registeredKeys = [...SYNCED_KEYS];
    this.store = new ProgressStore(this.workspaceState, this.options.clock);
    this.synced = new SyncedProgressStore(this.globalState, this.options.clock);
    const { onLocalChange } = this.options;
    if (onLocalChange) {
      this.store.onDidChange(({ roadmapId, topicIds, origin }) => {
        if (origin === 'local') for (const topicId of topicIds) onLocalChange(roadmapId, topicId, this.store.get(roadmapId, topicId)!);
      });
    }
    this.sync = new ProgressSync({
      store: this.store,
      synced: this.synced,
      enabled: this.options.enabled ?? (() => true),
      loadedRoadmapIds: () => this.options.loadedRoadmapIds ?? [],
      onError: this.options.onError,
    });
    return this.sync.sync();
  }

  /** A window reload: pending writes finish, everything is rebuilt from the Mementos. */
  async reload(): Promise<void> {
    await this.settle();
    this.sync.dispose();
    this.store.dispose();
    this.synced.dispose();
    await this.activate();
  }

  /** The window regains focus. */
  focus(): Promise<unknown> {
    return this.sync.sync();
  }

  /** Settings Sync runs for this machine. */
  settingsSyncWith(server: FakeSyncServer): void {
    this.settingsSync.sync(server);
  }

  /** The synced keys' values, as Settings Sync would upload them. */
  syncedState(): Record<string, unknown> {
    return Object.fromEntries(
      SYNCED_KEYS.flatMap((key) => (this.globalState.get(key) === undefined ? [] : [[key, this.globalState.get(key)]])),
    );
  }

  /** The synced copy decoded, every part merged. */
  syncedProgress(): ReturnType<typeof decodeSyncedState> {
    return decodeSyncedState(this.syncedState());
  }

  async settle(): Promise<void> {
    await this.sync.sync();
    await this.store.flush();
    await this.synced.flush();
  }
}

/**
 * Every machine regains focus and syncs, round after round, until a whole round changes nothing: what
 * happens once the learner stops clicking. Returns the number of rounds it took.
 */
export async function settleAll(server: FakeSyncServer, machines: readonly Machine[], maxRounds = 20): Promise<number> {
  for (let round = 1; round <= maxRounds; round++) {
    const before = snapshot(server, machines);
    for (const machine of machines) {
      await machine.settle();
      machine.settingsSyncWith(server);
      await machine.settle();
    }
    if (before === snapshot(server, machines)) return round;
  }
  throw new Error(`machines did not settle in ${maxRounds} rounds`);
}

function dump(memento: MementoLike): Record<string, unknown> {
  return Object.fromEntries([...memento.keys()].sort().map((key) => [key, memento.get(key)]));
}

function snapshot(server: FakeSyncServer, machines: readonly Machine[]): string {
  return JSON.stringify([server.state, machines.map((machine) => [dump(machine.workspaceState), dump(machine.globalState)])]);
}

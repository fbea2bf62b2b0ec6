// A test hook standing in for Settings Sync, for the tests that run inside VS Code: read the synced
// keys as Settings Sync would upload them, and replace them as it does when it downloads a remote value
// (wholesale, per key, only the keys registered with setKeysForSync). Given out only when the extension
// runs in test mode, so no other extension can reach the global state through the API.
import type * as vscode from 'vscode';
import { SYNCED_KEYS } from '../store/syncedProgressStore';

export interface SettingsSyncTestHooks {
  /** The value of every synced key in this machine's global state. */
  syncedState(): Record<string, unknown>;
  /**
   * Replaces the synced keys' values with those given (a key given as undefined is removed), then lets the
   * extension notice, as it does when the window regains focus after Settings Sync has run; with
   * `noticed: false`, as when Settings Sync lands while the window keeps its focus.
   */
  deliverSyncedState(state: Readonly<Record<string, unknown>>, options?: { readonly noticed?: boolean }): Promise<void>;
}

export function settingsSyncTestHooks(globalState: vscode.Memento, noticeSyncedChange: () => void): SettingsSyncTestHooks {
  return {
    syncedState: () => Object.fromEntries(SYNCED_KEYS.map((key) => [key, globalState.get<unknown>(key)])),
    deliverSyncedState: async (state, { noticed = true } = {}) => {
      for (const key of SYNCED_KEYS) if (key in state) await globalState.update(key, state[key]);
      if (noticed) noticeSyncedChange();
    },
  };
}

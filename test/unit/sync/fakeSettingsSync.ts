// A model of how VS Code's Settings Sync carries an extension's global state between machines, after
// src/vs/platform/userDataSync/common/extensionsSync.ts and extensionsMerge.ts (mergeExtensionState):
//
// - Only the keys registered with setKeysForSync are read from the local state and written back.
// - Per top-level key, a three-way merge against the value this machine last synced (the base):
//   a key the remote changed since the base takes the remote value wholesale — even when this machine
//   changed it too; a key removed remotely is removed locally unless changed locally; a key only this
//   machine changed goes to the remote. Values are never merged inside.
// - Without a remote value yet, the local state becomes the remote.
import { isDeepStrictEqual } from 'node:util';
import type { MementoLike } from '../../../src/store/memento';

type State = Record<string, unknown>;

export class FakeSyncServer {
  state: State | undefined;
  /** Number of times a machine's own change to a key was replaced by the remote value. */
  overwrites = 0;
}

export class FakeMachineSync {
  private base: State | undefined;

  constructor(
    private readonly globalState: MementoLike,
    private readonly syncedKeys: () => readonly string[],
  ) {}

  /** One sync of this machine with the server, as Settings Sync runs it. */
  sync(server: FakeSyncServer): void {
    const keys = this.syncedKeys();
    const local: State = {};
    for (const key of keys) {
      const value = this.globalState.get<unknown>(key);
      if (value !== undefined) local[key] = clone(value);
    }
    const remote = server.state;
    if (!remote) {
      server.state = clone(local);
      this.base = clone(local);
      return;
    }
    const base = this.base;
    const merged: State = clone(local);
    for (const key of new Set([...Object.keys(remote), ...Object.keys(base ?? {})])) {
      const remoteValue = remote[key];
      const baseValue = base?.[key];
      if (base && isDeepStrictEqual(remoteValue, baseValue)) continue; // not changed remotely
      if (remoteValue !== undefined) {
        if (key in local && !isDeepStrictEqual(local[key], remoteValue) && !isDeepStrictEqual(local[key], baseValue)) server.overwrites++;
        merged[key] = clone(remoteValue);
      } else if (isDeepStrictEqual(local[key], baseValue)) {
        delete merged[key];
      }
    }
    // Written back locally: only the registered keys, each replaced wholesale.
    for (const key of keys) {
      if (!isDeepStrictEqual(this.globalState.get<unknown>(key), merged[key])) void this.globalState.update(key, merged[key]);
    }
    server.state = clone(merged);
    this.base = clone(merged);
  }
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

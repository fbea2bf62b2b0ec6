// Keeps unreadable saved values aside under backup keys, for the workspace store and the synced copy.
//
// The original stays under its key until the copy under the backup key is confirmed written: the copy
// and the removal run as one queued write, and a key whose copy failed is marked so that no later write
// replaces it (the writers ask `mayReplace` first). Backup keys are never reused.
import type { MementoLike } from './memento';
import type { WriteQueue } from './writeQueue';

export class SetAsideKeeper {
  private readonly reserved = new Set<string>();
  /** Keys whose original could not be copied aside: never written again in this session. */
  private readonly unsafe = new Set<string>();

  constructor(
    private readonly memento: MementoLike,
    private readonly queue: WriteQueue,
    private readonly clock: () => number,
  ) {}

  /**
   * Queues the copy of `raw` (the value of `key`) under a new backup key named `<backupPrefix><time>`,
   * then the removal of `key`. Returns the backup key and the queued write.
   */
  keepAside(key: string, raw: unknown, backupPrefix: string): { readonly backupKey: string; readonly written: Promise<void> } {
    const backupKey = this.freeKey(backupPrefix);
    const written = this.queue.push(async () => {
      try {
        await this.memento.update(backupKey, raw);
      } catch (failure) {
        this.unsafe.add(key);
        throw failure;
      }
      await this.memento.update(key, undefined);
    });
    return { backupKey, written };
  }

  /** False for a key whose original could not be kept aside: it must keep its value. */
  mayReplace(key: string): boolean {
    return !this.unsafe.has(key);
  }

  private freeKey(backupPrefix: string): string {
    const taken = new Set([...this.memento.keys(), ...this.reserved]);
    const base = `${backupPrefix}${this.clock()}`;
    let key = base;
    for (let n = 1; taken.has(key); n++) key = `${base}-${n}`;
    this.reserved.add(key);
    return key;
  }
}

/** The error a write to a key whose original could not be kept aside fails with. */
export class OriginalNotKeptError extends Error {
  constructor(readonly key: string) {
    super(`the unreadable value of "${key}" could not be kept aside, so it is not replaced`);
  }
}

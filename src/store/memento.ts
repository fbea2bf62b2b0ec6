// The part of vscode.Memento the store uses, so it can be unit-tested against an in-memory map.
import { utf8ByteLength } from '../model/utf8';

export interface MementoLike {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
  keys(): readonly string[];
}

/** An in-memory Memento that round-trips values through JSON, as VS Code's does. */
export class InMemoryMemento implements MementoLike {
  private readonly values = new Map<string, string>();

  get<T>(key: string): T | undefined {
    const json = this.values.get(key);
    return json === undefined ? undefined : (JSON.parse(json) as T);
  }

  update(key: string, value: unknown): Thenable<void> {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, JSON.stringify(value));
    return Promise.resolve();
  }

  keys(): readonly string[] {
    return [...this.values.keys()];
  }

  /** Bytes the stored values take as JSON, the measure VS Code's large-state warning uses. */
  sizeInBytes(): number {
    let bytes = 0;
    for (const [key, json] of this.values) bytes += utf8ByteLength(key) + utf8ByteLength(json);
    return bytes;
  }
}

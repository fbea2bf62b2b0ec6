// Which part of a partitioned saved value holds an item (a topic, or a roadmap's topic in the synced
// copy), so that one change rewrites one bounded part instead of the whole progress.
//
// Items are placed by the bits of a hash of their id: a part is named by a prefix of those bits ("" holds
// everything, "0" and "1" each half, …). A part that grows past `maxEntries` splits in two by the next
// bit, down to `maxDepth`. Which parts exist is read from the saved keys themselves: every ancestor of a
// part that is present counts as split, so an interrupted split (a parent still beside its children) or
// two machines that split differently still give one consistent set of parts, and readers merge every
// part present whatever its depth.
import * as CRC32 from 'crc-32';

export interface PartitionLimits {
  /** A part with more entries than this splits in two… */
  readonly maxEntries: number;
  /** …unless its prefix already has this many bits. */
  readonly maxDepth: number;
}

const PREFIX = /^[01]*$/;

export function isPartPrefix(text: string, limits: PartitionLimits): boolean {
  return text.length <= limits.maxDepth && PREFIX.test(text);
}

/** Every part prefix up to the depth: the names a partition can ever use. */
export function allPrefixes(maxDepth: number): string[] {
  const prefixes = [''];
  // Breadth first: the loop also visits the prefixes it appends, and stops at the first one that is deep enough.
  for (const prefix of prefixes) {
    if (prefix.length >= maxDepth) break;
    prefixes.push(`${prefix}0`, `${prefix}1`);
  }
  return prefixes;
}

function hashOf(id: string): number {
  return CRC32.str(id) >>> 0;
}

function childFor(hash: number, prefix: string): string {
  return prefix + ((hash >>> (31 - prefix.length)) & 1);
}

export interface PartChanges {
  /** Parts whose content changed. */
  readonly changed: readonly string[];
  /** Parts that split: their saved values are to be removed once the new parts are written. */
  readonly removed: readonly string[];
}

export class PartitionIndex {
  private readonly members = new Map<string, Set<string>>();

  constructor(
    private readonly limits: PartitionLimits,
    presentPrefixes: Iterable<string> = [],
  ) {
    const split = new Set<string>();
    for (const prefix of presentPrefixes) for (let length = 0; length < prefix.length; length++) split.add(prefix.slice(0, length));
    const pending = [''];
    while (pending.length > 0) {
      const prefix = pending.pop()!;
      if (split.has(prefix)) pending.push(`${prefix}0`, `${prefix}1`);
      else this.members.set(prefix, new Set());
    }
  }

  parts(): string[] {
    return [...this.members.keys()];
  }

  idsOf(part: string): ReadonlySet<string> {
    return this.members.get(part) ?? new Set();
  }

  partOf(id: string): string {
    const hash = hashOf(id);
    let prefix = '';
    while (!this.members.has(prefix)) prefix = childFor(hash, prefix);
    return prefix;
  }

  /** Places an item (again: adding a placed item changes only its part's content). */
  add(id: string): PartChanges {
    const part = this.partOf(id);
    const ids = this.members.get(part)!;
    ids.add(id);
    if (ids.size <= this.limits.maxEntries || part.length >= this.limits.maxDepth) return { changed: [part], removed: [] };
    return this.split(part);
  }

  private split(part: string): PartChanges {
    const ids = this.members.get(part)!;
    this.members.delete(part);
    const zero = new Set<string>();
    const one = new Set<string>();
    for (const id of ids) (childFor(hashOf(id), part).endsWith('0') ? zero : one).add(id);
    this.members.set(`${part}0`, zero);
    this.members.set(`${part}1`, one);
    // Only `part` may have a saved value: the parts below it are new, even when one splits again at once.
    const changed: string[] = [];
    for (const [child, members] of [
      [`${part}0`, zero],
      [`${part}1`, one],
    ] as const) {
      if (members.size > this.limits.maxEntries && child.length < this.limits.maxDepth) changed.push(...this.split(child).changed);
      else changed.push(child);
    }
    return { changed, removed: [part] };
  }
}

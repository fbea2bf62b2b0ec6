// One linear pass over a parsed YAML document before it is turned into data: duplicate keys (what
// yaml's own `uniqueKeys` check does in quadratic time) and mappings far larger than any roadmap
// object, which are refused before the slower steps see them.
import { isMap, isScalar, isSeq, isPair, isAlias, type Document, type Node as YamlNode } from 'yaml';

/** A roadmap object has at most 10 known keys; this leaves room for mistakes and refuses key floods. */
export const MAX_KEYS_PER_MAPPING = 1_000;
/** Entries looked at in the whole document: far above any honest roadmap (10,000 topics use ~100,000). */
export const MAX_YAML_NODES = 2_000_000;
/**
 * Collections open at once (the CST parser's stack, which also holds the document and a scalar being
 * read). A topic level takes two (its list and its mapping), so this allows about 100 levels of topics;
 * `yaml`'s composer recurses once per level, and runs out of stack near 800 on a main thread.
 */
export const MAX_NESTING_DEPTH = 200;

export interface DuplicateKey {
  readonly key: string;
  readonly range: readonly number[];
  readonly firstRange: readonly number[];
}

export type StructureVerdict =
  | { readonly kind: 'ok'; readonly duplicates: readonly DuplicateKey[] }
  | { readonly kind: 'tooManyKeys'; readonly keyCount: number; readonly range: readonly number[] }
  | { readonly kind: 'tooManyNodes' };

export function checkStructure(document: Document, maxDuplicates: number): StructureVerdict {
  const duplicates: DuplicateKey[] = [];
  const pending: unknown[] = [document.contents];
  let visited = 0;
  // An explicit stack: deep nesting must not exhaust the call stack here.
  while (pending.length > 0) {
    const node = pending.pop();
    if (++visited > MAX_YAML_NODES) return { kind: 'tooManyNodes' };
    if (isMap(node)) {
      if (node.items.length > MAX_KEYS_PER_MAPPING) {
        return { kind: 'tooManyKeys', keyCount: node.items.length, range: rangeOf(node) };
      }
      const firstUse = new Map<string, readonly number[]>();
      for (const pair of node.items) {
        const key = scalarKey(pair.key);
        if (key !== undefined) {
          const first = firstUse.get(key);
          if (first === undefined) firstUse.set(key, rangeOf(pair.key));
          else if (duplicates.length < maxDuplicates) duplicates.push({ key, range: rangeOf(pair.key), firstRange: first });
        }
        pending.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(item);
    } else if (isPair(node)) {
      pending.push(node.key, node.value);
    }
  }
  return { kind: 'ok', duplicates };
}

function scalarKey(key: unknown): string | undefined {
  if (!isScalar(key) || isAlias(key)) return undefined;
  return String(key.value);
}

function rangeOf(node: unknown): readonly number[] {
  const range = (node as YamlNode | null)?.range;
  return range ? [range[0], range[1]] : [];
}

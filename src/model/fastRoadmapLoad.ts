// Loading a valid roadmap file quickly: js-yaml's data (fastYaml.ts), within the same bounds as the
// `yaml` path, validated by the same schema and id checks. Anything short of a clean pass returns
// undefined, and the loader reads the file with `yaml`, which alone words problems and places them.
import { checkIds } from './idChecks';
import { readYamlFast } from './fastYaml';
import { levelSchemas, type NodeLevel } from './roadmapLevelSchemas';
import type { NodeInput, RoadmapInput } from './schema';
import { MAX_KEYS_PER_MAPPING, MAX_YAML_NODES } from './yamlStructure';

/** The roadmap of a file with no problems, or undefined when the `yaml` path must read it. */
export function loadValidRoadmapFast(text: string): RoadmapInput | undefined {
  const read = readYamlFast(text);
  if (!read.vouched || !withinStructureBounds(read.data)) return undefined;
  const parsed = validatedRoadmap(read.data);
  // Id problems need source lines, which only the `yaml` path has.
  if (!parsed || checkIds(read.data, () => 0).length > 0) return undefined;
  return parsed;
}

/**
 * What `roadmapSchema.safeParse(data)` gives when it succeeds, or undefined when it would fail: the
 * roadmap object, then every node, each checked by its level's compiled schema (roadmapLevelSchemas.ts).
 * The tree is walked with an explicit stack, so deep nesting cannot exhaust the call stack.
 */
export function validatedRoadmap(data: unknown): RoadmapInput | undefined {
  const schemas = levelSchemas();
  const top = schemas.roadmap.safeParse(data);
  if (!top.success) return undefined;
  const nodes: NodeInput[] = [];
  const pending: { readonly unread: readonly unknown[]; readonly into: NodeInput[] }[] = [{ unread: top.data.nodes, into: nodes }];
  for (let level = pending.pop(); level; level = pending.pop()) {
    for (const unread of level.unread) {
      const node = schemas.node.safeParse(unread);
      if (!node.success) return undefined;
      level.into.push(withChildrenToRead(node.data, pending));
    }
  }
  return { ...top.data, nodes };
}

/** The node with an empty children list in place of its unread children, which are queued to fill it. */
function withChildrenToRead(node: NodeLevel, pending: { readonly unread: readonly unknown[]; readonly into: NodeInput[] }[]): NodeInput {
  const { children: unread } = node;
  if (unread === undefined) return node as Omit<NodeLevel, 'children'>;
  const children: NodeInput[] = [];
  pending.push({ unread, into: children });
  // The parser's output is a fresh object: filled in place, where a copy would be one more to collect.
  return Object.assign(node, { children });
}

/**
 * The bounds yamlStructure.ts puts on a document, counted the same way (every key, value and item is an
 * entry), so the fast path never accepts what the `yaml` path refuses. Aliases are refused before this,
 * so the data is a tree and the walk sees each entry once.
 */
function withinStructureBounds(data: unknown): boolean {
  const pending: unknown[] = [data];
  let visited = 0;
  while (pending.length > 0) {
    const value = pending.pop();
    if (++visited > MAX_YAML_NODES) return false;
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
    } else if (value !== null && typeof value === 'object') {
      // for…in rather than Object.values: no array per object for the collector to clear during the
      // load. js-yaml's objects are plain, so it sees exactly their own keys.
      let keys = 0;
      for (const key in value) {
        keys++;
        pending.push((value as Record<string, unknown>)[key]);
      }
      if (keys > MAX_KEYS_PER_MAPPING) return false;
      // The key is an entry of its own in the `yaml` document.
      visited += keys;
    }
  }
  return true;
}

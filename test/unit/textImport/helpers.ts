import { strict as assert } from 'node:assert';
import type { NodeInput } from '../../../src/model/schema';
import { importRoadmapText, type ImportOptions, type ImportSuccess } from '../../../src/model/textImport';

/** The parts of a tree the golden tests compare: ids, titles, kinds and order. */
export interface Shape {
  id: string;
  title: string;
  kind: 'group' | 'topic';
  children: Shape[];
}

export function shapeOf(nodes: readonly NodeInput[]): Shape[] {
  return nodes.map((node) => ({
    id: node.id,
    title: node.title,
    kind: node.kind ?? 'topic',
    children: shapeOf(node.children ?? []),
  }));
}

/** Imports and fails the test with the importer's message when the import did not succeed. */
export function importOk(text: string, options?: ImportOptions): ImportSuccess {
  const result = importRoadmapText(text, options);
  if (!result.ok) assert.fail(`import failed: ${result.error.message}`);
  return result;
}

/** Titles with their depth ("  " per level) and a "*" for groups: compact expectations. */
export function outline(nodes: readonly NodeInput[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${node.kind === 'group' ? '*' : ''}${node.title}`,
    ...outline(node.children ?? [], depth + 1),
  ]);
}

export function allNodes(nodes: readonly NodeInput[]): NodeInput[] {
  return nodes.flatMap((node) => [node, ...allNodes(node.children ?? [])]);
}

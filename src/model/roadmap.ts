// The in-memory roadmap: an immutable tree with every node reachable by its stable id.
import { checkSpecOf, type CheckSpec } from './checkSchema';
import type { NodeInput, RoadmapInput } from './schema';

export type NodeKind = 'group' | 'topic';

export interface Link {
  readonly title: string;
  readonly url: string;
}

export interface RoadmapNode {
  readonly id: string;
  readonly title: string;
  readonly kind: NodeKind;
  readonly summary?: string;
  readonly notes?: string;
  readonly noteFile?: string;
  readonly links: readonly Link[];
  readonly practice: readonly string[];
  readonly formerIds: readonly string[];
  /** The subject the topic teaches, when the roadmap names one. */
  readonly subject?: string;
  /** The check the roadmap file gives this topic, if any. */
  readonly check?: CheckSpec;
  readonly children: readonly RoadmapNode[];
  /** Id of the parent node; undefined for the roadmap's top-level nodes. */
  readonly parentId: string | undefined;
  /** Titles from the top-level node down to this one. */
  readonly path: readonly string[];
}

export interface Roadmap {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly source?: string;
  /** The language of its titles and notes (BCP 47), when the file says. */
  readonly lang?: string;
  readonly nodes: readonly RoadmapNode[];
  readonly nodesById: ReadonlyMap<string, RoadmapNode>;
  /** Topics (not groups) in document order. */
  readonly topics: readonly RoadmapNode[];
}

/** Builds the tree from validated input. Ids must already be unique (the loader checks that). */
export function buildRoadmap(input: RoadmapInput): Roadmap {
  const nodesById = new Map<string, RoadmapNode>();
  const topics: RoadmapNode[] = [];

  const build = (node: NodeInput, parent: RoadmapNode | undefined): RoadmapNode => {
    const children: RoadmapNode[] = [];
    const built: RoadmapNode = {
      id: node.id,
      title: node.title,
      kind: node.kind ?? 'topic',
      summary: node.summary,
      notes: node.notes,
      noteFile: node.noteFile,
      links: node.links ?? [],
      practice: node.practice ?? [],
      formerIds: node.formerIds ?? [],
      subject: node.subject,
      check: node.check === undefined ? undefined : checkSpecOf(node.check),
      children,
      parentId: parent?.id,
      path: parent ? [...parent.path, node.title] : [node.title],
    };
    nodesById.set(built.id, built);
    if (built.kind === 'topic') topics.push(built);
    for (const child of node.children ?? []) children.push(build(child, built));
    return built;
  };

  const nodes = input.nodes.map((node) => build(node, undefined));
  return {
    id: input.id,
    title: input.title,
    description: input.description,
    source: input.source,
    ...(input.lang === undefined ? {} : { lang: input.lang }),
    nodes,
    nodesById,
    topics,
  };
}

/** The node's ancestors, nearest first. */
export function ancestorsOf(roadmap: Roadmap, node: RoadmapNode): RoadmapNode[] {
  const ancestors: RoadmapNode[] = [];
  let parentId = node.parentId;
  while (parentId !== undefined) {
    const parent = roadmap.nodesById.get(parentId);
    if (!parent) break;
    ancestors.push(parent);
    parentId = parent.parentId;
  }
  return ancestors;
}

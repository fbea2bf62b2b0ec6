// The map of a roadmap: the layout input built from a roadmap (every node once, parents before their
// children), and where each node goes.
//
// Each top-level node (a section) is laid out as a tidy tree growing to the right with d3-hierarchy's
// Reingold–Tilford `tree()`: the section at the left, its topics in the next column, sub-topics hanging
// off their parent. d3-hierarchy over elkjs and d3-flextree: it is maintained with d3, has no
// dependencies, runs in plain Node (the benchmark and the export) and in the page, lays out 2,000 nodes
// in milliseconds synchronously, and the part used here costs about 6 KB minified; elkjs is ~1.4 MB and
// asynchronous, d3-flextree only adds variable node sizes, which equal boxes do not need.
// The sections are then stacked top to bottom in roadmap order, in as many columns as keep the whole
// map about as wide as a screen.
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import type { NodeKind, Roadmap, RoadmapNode } from './roadmap';

/** One node as the map receives it. `parentId` is absent for a section (top-level node). */
export interface MapNodeInput {
  readonly id: string;
  readonly title: string;
  readonly kind: NodeKind;
  readonly parentId?: string;
}

/** The nodes of a roadmap in document order (pre-order): every node once, each parent before its children. */
export function mapInput(roadmap: Roadmap): MapNodeInput[] {
  const nodes: MapNodeInput[] = [];
  const visit = (node: RoadmapNode): void => {
    nodes.push(
      node.parentId === undefined
        ? { id: node.id, title: node.title, kind: node.kind }
        : { id: node.id, title: node.title, kind: node.kind, parentId: node.parentId },
    );
    for (const child of node.children) visit(child);
  };
  for (const node of roadmap.nodes) visit(node);
  return nodes;
}

export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 44;
const COLUMN_STEP = NODE_WIDTH + 48;
const ROW_STEP = NODE_HEIGHT + 12;
const SECTION_GAP = 32;
const COLUMN_GAP = 72;
export const MAP_MARGIN = 24;
/** Width over height the section columns aim for. */
const TARGET_ASPECT = 1.6;

export interface PlacedNode extends MapNodeInput {
  /** Top-left corner of the node's box. */
  readonly x: number;
  readonly y: number;
  /** Children in document order. */
  readonly childIds: readonly string[];
  /** The top-level node this one belongs to (itself for a section). */
  readonly sectionId: string;
}

export interface MapLink {
  readonly fromId: string;
  readonly toId: string;
}

export interface MapLayout {
  /** In document order. */
  readonly nodes: readonly PlacedNode[];
  readonly byId: ReadonlyMap<string, PlacedNode>;
  readonly links: readonly MapLink[];
  readonly width: number;
  readonly height: number;
}

interface TreeDatum {
  readonly input: MapNodeInput;
  readonly children: TreeDatum[];
}

interface Band {
  readonly root: HierarchyPointNode<TreeDatum>;
  /** The smallest breadth coordinate d3 gave a node of this section. */
  readonly minBreadth: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where every node goes. Input that breaks the rules (a repeated id, a parent that does not come first)
 * is tolerated: a repeated id is drawn once, a node whose parent is unknown becomes a section.
 */
export function layoutMap(input: readonly MapNodeInput[]): MapLayout {
  const data = new Map<string, TreeDatum>();
  const roots: TreeDatum[] = [];
  for (const node of input) {
    if (data.has(node.id)) continue;
    const datum: TreeDatum = { input: node, children: [] };
    // Looked up before this node is known, so a node naming itself as parent becomes a section.
    const parent = node.parentId === undefined ? undefined : data.get(node.parentId);
    data.set(node.id, datum);
    if (parent) parent.children.push(datum);
    else roots.push(datum);
  }

  const layout = tree<TreeDatum>()
    .nodeSize([ROW_STEP, COLUMN_STEP])
    .separation(() => 1);
  const bands: Band[] = roots.map((datum) => {
    const root = layout(hierarchy(datum, (d) => d.children));
    let minBreadth = Infinity;
    let maxBreadth = -Infinity;
    let maxDepth = 0;
    for (const node of root.descendants()) {
      minBreadth = Math.min(minBreadth, node.x);
      maxBreadth = Math.max(maxBreadth, node.x);
      maxDepth = Math.max(maxDepth, node.depth);
    }
    return { root, minBreadth, width: maxDepth * COLUMN_STEP + NODE_WIDTH, height: maxBreadth - minBreadth + NODE_HEIGHT };
  });

  // Stack sections in columns up to a height that makes the whole map about TARGET_ASPECT wide.
  const area = bands.reduce((sum, band) => sum + (band.width + COLUMN_GAP) * (band.height + SECTION_GAP), 0);
  const tallest = bands.reduce((max, band) => Math.max(max, band.height), 0);
  const columnHeight = Math.max(tallest, Math.sqrt(area / TARGET_ASPECT));

  const byId = new Map<string, PlacedNode>();
  let columnX = MAP_MARGIN;
  let columnWidth = 0;
  let y = MAP_MARGIN;
  let height = 0;
  for (const band of bands) {
    if (y > MAP_MARGIN && y - MAP_MARGIN + band.height > columnHeight) {
      columnX += columnWidth + COLUMN_GAP;
      columnWidth = 0;
      y = MAP_MARGIN;
    }
    const sectionId = band.root.data.input.id;
    for (const node of band.root.descendants()) {
      const placedNode: PlacedNode = {
        ...node.data.input,
        x: columnX + node.y,
        y: y + node.x - band.minBreadth,
        childIds: node.data.children.map((child) => child.input.id),
        sectionId,
      };
      byId.set(placedNode.id, placedNode);
    }
    columnWidth = Math.max(columnWidth, band.width);
    height = Math.max(height, y + band.height);
    y += band.height + SECTION_GAP;
  }
  // Document order, whatever order d3 visited the nodes in; a repeated id only once.
  const placed = [...new Set(input.map((node) => byId.get(node.id)).filter((node): node is PlacedNode => node !== undefined))];
  const links = placed.flatMap((node) => node.childIds.map((childId) => ({ fromId: node.id, toId: childId })));
  return { nodes: placed, byId, links, width: columnX + columnWidth + MAP_MARGIN, height: height + MAP_MARGIN };
}

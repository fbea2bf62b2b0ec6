// What the map looks like, as plain SVG data (svgTree.ts): one group per node (box, status glyph, title;
// a section also shows a bar and done/total), and the links between parents and children. The webview
// turns it into DOM nodes; exports write it out as a file. Status is told by the glyph's shape as well
// as by colour (class names the stylesheet colours with theme variables).
import { NODE_HEIGHT, NODE_WIDTH, type MapLayout, type PlacedNode } from './mapLayout';
import type { MapWords } from './mapWords';
import { EMPTY_COUNTS, type Counts } from './progress';
import type { Status } from './status';
import { svg, svgText, type SvgElement } from './svgTree';

export type StatusOf = (topicId: string) => Status;

const GLYPH_X = 18;
const GLYPH_Y = NODE_HEIGHT / 2;
const GLYPH_RADIUS = 8;
const LABEL_X = 34;
const BAR_X = 10;
const BAR_WIDTH = 140;
/** Characters that fit a box at the map's font size; the full title is in the node's tooltip and name. */
const TOPIC_TITLE_CHARS = 24;
const GROUP_TITLE_CHARS = 28;

export function truncate(text: string, chars: number): string {
  const characters = Array.from(text);
  return characters.length <= chars ? text : `${characters.slice(0, chars - 1).join('')}…`;
}

/** The shape of each status, drawn around the same circle. */
export function statusGlyph(status: Status): SvgElement {
  const circle = svg('circle', { cx: GLYPH_X, cy: GLYPH_Y, r: GLYPH_RADIUS, class: 'glyph-ring' });
  const x = GLYPH_X;
  const y = GLYPH_Y;
  switch (status) {
    case 'todo':
      return svg('g', { class: 'glyph', 'aria-hidden': 'true' }, [circle]);
    case 'in-progress':
      return svg('g', { class: 'glyph', 'aria-hidden': 'true' }, [
        circle,
        svg('path', { d: `M${x - 2.5} ${y - 4}L${x + 4} ${y}L${x - 2.5} ${y + 4}Z`, class: 'glyph-mark' }),
      ]);
    case 'done':
      return svg('g', { class: 'glyph', 'aria-hidden': 'true' }, [
        circle,
        svg('path', { d: `M${x - 4} ${y}l3 3l5.5 -6`, class: 'glyph-check' }),
      ]);
    case 'skipped':
      return svg('g', { class: 'glyph', 'aria-hidden': 'true' }, [
        circle,
        svg('path', { d: `M${x - 5.5} ${y + 5.5}L${x + 5.5} ${y - 5.5}`, class: 'glyph-slash' }),
      ]);
  }
}

export function topicNode(node: PlacedNode, status: Status, words: MapWords): SvgElement {
  return svg(
    'g',
    {
      class: `node topic status-${status}`,
      'data-id': node.id,
      'data-status': status,
      transform: `translate(${node.x} ${node.y})`,
      role: 'button',
      tabindex: '-1',
      'aria-label': words.topicName(node.title, status),
    },
    [
      svgText('title', {}, words.topicTooltip(node.title, status)),
      svg('rect', { class: 'box', width: NODE_WIDTH, height: NODE_HEIGHT, rx: 6 }),
      statusGlyph(status),
      svgText('text', { class: 'label', x: LABEL_X, y: GLYPH_Y + 4.5 }, truncate(node.title, TOPIC_TITLE_CHARS)),
    ],
  );
}

/**
 * A topic as the map shows it zoomed out, where no title could be read: the same group (id, status, name,
 * tooltip, focus) around a box coloured by its status, without the glyph and label that cost most to draw.
 */
export function compactTopicNode(node: PlacedNode, status: Status, words: MapWords): SvgElement {
  return svg(
    'g',
    {
      class: `node topic compact status-${status}`,
      'data-id': node.id,
      'data-status': status,
      transform: `translate(${node.x} ${node.y})`,
      role: 'button',
      tabindex: '-1',
      'aria-label': words.topicName(node.title, status),
    },
    [
      svgText('title', {}, words.topicTooltip(node.title, status)),
      svg('rect', { class: 'box', width: NODE_WIDTH, height: NODE_HEIGHT, rx: 6 }),
    ],
  );
}

export function groupNode(node: PlacedNode, counts: Counts, words: MapWords): SvgElement {
  const fill = counts.total === 0 ? BAR_WIDTH : (BAR_WIDTH * counts.done) / counts.total;
  return svg(
    'g',
    {
      class: 'node group',
      'data-id': node.id,
      transform: `translate(${node.x} ${node.y})`,
      role: 'group',
      tabindex: '-1',
      'aria-label': words.groupName(node.title, counts),
    },
    [
      svgText('title', {}, node.title),
      svg('rect', { class: 'box', width: NODE_WIDTH, height: NODE_HEIGHT, rx: 2 }),
      svgText('text', { class: 'label group-label', x: BAR_X, y: 18 }, truncate(node.title, GROUP_TITLE_CHARS)),
      svg('rect', { class: 'bar-track', x: BAR_X, y: 28, width: BAR_WIDTH, height: 6, rx: 3 }),
      svg('rect', { class: 'bar-fill', x: BAR_X, y: 28, width: fill, height: 6, rx: 3 }),
      svgText('text', { class: 'count', x: BAR_X + BAR_WIDTH + 8, y: 34 }, `${counts.done}/${counts.total}`),
    ],
  );
}

function linkPath(from: PlacedNode, to: PlacedNode): string {
  const x1 = from.x + NODE_WIDTH;
  const y1 = from.y + NODE_HEIGHT / 2;
  const x2 = to.x;
  const y2 = to.y + NODE_HEIGHT / 2;
  const middle = (x1 + x2) / 2;
  return `M${x1} ${y1}C${middle} ${y1} ${middle} ${y2} ${x2} ${y2}`;
}

/**
 * Counts of the topics below each group (skipped ones leave the total, as in the tree), in one pass
 * from the last node to the first: children come after their parents.
 */
export function groupCounts(layout: MapLayout, statusOf: StatusOf): Map<string, Counts> {
  const below = new Map<string, Counts>();
  for (let index = layout.nodes.length - 1; index >= 0; index--) {
    const node = layout.nodes[index]!;
    let counts = below.get(node.id) ?? EMPTY_COUNTS;
    below.set(node.id, counts);
    if (node.parentId === undefined) continue;
    if (node.kind === 'topic') counts = addStatus(counts, statusOf(node.id));
    const parentCounts = below.get(node.parentId) ?? EMPTY_COUNTS;
    below.set(node.parentId, add(parentCounts, counts));
  }
  return below;
}

function addStatus(counts: Counts, status: Status): Counts {
  return {
    done: counts.done + (status === 'done' ? 1 : 0),
    inProgress: counts.inProgress + (status === 'in-progress' ? 1 : 0),
    skipped: counts.skipped + (status === 'skipped' ? 1 : 0),
    total: counts.total + (status === 'skipped' ? 0 : 1),
  };
}

function add(a: Counts, b: Counts): Counts {
  return { done: a.done + b.done, inProgress: a.inProgress + b.inProgress, skipped: a.skipped + b.skipped, total: a.total + b.total };
}

/** Counts of every topic on the map. */
export function mapCounts(layout: MapLayout, statusOf: StatusOf): Counts {
  let counts = EMPTY_COUNTS;
  for (const node of layout.nodes) if (node.kind === 'topic') counts = addStatus(counts, statusOf(node.id));
  return counts;
}

/** A node's drawing; a `compact` topic is drawn without glyph and label (sections always in full). */
export function nodeElement(
  node: PlacedNode,
  statusOf: StatusOf,
  counts: ReadonlyMap<string, Counts>,
  words: MapWords,
  compact = false,
): SvgElement {
  if (node.kind !== 'topic') return groupNode(node, counts.get(node.id) ?? EMPTY_COUNTS, words);
  return compact ? compactTopicNode(node, statusOf(node.id), words) : topicNode(node, statusOf(node.id), words);
}

export interface MapSceneOptions {
  readonly title: string;
  /** Names and tooltips in the display language. */
  readonly words: MapWords;
  /** A stylesheet inside the SVG, for a file read without the webview's theme. */
  readonly style?: string;
  /** Which topics to draw in full; the others are compact. Every node in full when absent (exports). */
  readonly detailed?: (node: PlacedNode) => boolean;
}

/** The whole map: a `viewport` group (the webview zooms and pans it) with the links under the nodes. */
export function mapScene(layout: MapLayout, statusOf: StatusOf, options: MapSceneOptions): SvgElement {
  const counts = groupCounts(layout, statusOf);
  const links = layout.links.flatMap(({ fromId, toId }) => {
    const from = layout.byId.get(fromId);
    const to = layout.byId.get(toId);
    return from && to ? [svg('path', { class: 'link', d: linkPath(from, to) })] : [];
  });
  const total = mapCounts(layout, statusOf);
  return svg(
    'svg',
    {
      class: 'roadmap-map',
      width: layout.width,
      height: layout.height,
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      role: 'img',
      'aria-label': options.words.mapName(options.title, total),
    },
    [
      svgText('title', {}, options.title),
      ...(options.style === undefined ? [] : [svgText('style', {}, options.style)]),
      svg('g', { class: 'viewport' }, [
        svg('g', { class: 'links' }, links),
        svg(
          'g',
          { class: 'nodes' },
          layout.nodes.map((node) =>
            nodeElement(node, statusOf, counts, options.words, options.detailed ? !options.detailed(node) : false),
          ),
        ),
      ]),
    ],
  );
}

/** Colours of an exported map (no theme outside VS Code): light, with the same shapes as on screen. */
export const EXPORT_STYLE_LIGHT = [
  'svg{background:#ffffff;font-family:-apple-system,"Segoe UI",Ubuntu,sans-serif;font-size:13px}',
  '.link{fill:none;stroke:#b0b7c3;stroke-width:1.5}',
  '.box{fill:#ffffff;stroke:#8a94a6;stroke-width:1.2}',
  '.group .box{fill:#eef1f6;stroke:#5b6577}',
  '.label{fill:#1f2328}.group-label{font-weight:600}.count{fill:#57606a;font-size:11px}',
  '.bar-track{fill:#d0d7de}.bar-fill{fill:#2da44e}',
  '.glyph-ring{fill:none;stroke:#57606a;stroke-width:1.6}',
  '.status-in-progress .glyph-ring{stroke:#bf8700}.status-in-progress .glyph-mark{fill:#bf8700}.status-in-progress .box{stroke:#bf8700}',
  '.status-done .glyph-ring{fill:#2da44e;stroke:#2da44e}.status-done .glyph-check{fill:none;stroke:#ffffff;stroke-width:2}.status-done .box{stroke:#2da44e;fill:#f0fff4}',
  '.status-skipped .glyph-ring{stroke:#8c959f}.status-skipped .glyph-slash{stroke:#8c959f;stroke-width:1.6}.status-skipped .label{fill:#8c959f;text-decoration:line-through}',
].join('\n');

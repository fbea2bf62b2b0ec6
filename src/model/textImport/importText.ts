// Roadmap text (Markdown headings and lists, checklists, ASCII trees) → a RoadmapInput plus the
// status markers found in it. Pure and linear in the size of the text; bad input gives an error
// result, never an exception.

import * as l10n from '@vscode/l10n';
import { formatMessageNumber } from '../messageNumbers';
import { roadmapSchema, type NodeInput, type RoadmapInput } from '../schema';
import { repairMojibake } from './encoding';
import { classifyLine, splitLines, type ClassifiedLine } from './lines';
import {
  cleanProse,
  collapseSpaces,
  protectEscapes,
  splitTitle,
  takeStatusMarkers,
  type ImportedStatus,
  type Link,
  type TitleParts,
} from './inline';
import { IdAllocator, slugify } from './ids';

export const IMPORT_LIMITS = {
  /** Characters of text; a roadmap is rarely over 100 KB. */
  maxChars: 1_000_000,
  /** Levels of nesting below the roadmap. */
  maxDepth: 32,
  maxNodes: 20_000,
  maxTitleLength: 200,
  maxSummaryLength: 2000,
  maxDescriptionLength: 5000,
} as const;

export interface ImportOptions {
  /** Roadmap id; default: the slug of the title. */
  id?: string;
  /** Roadmap title; default: the text's own title (a lone `#` heading or a tree's root line). */
  title?: string;
  description?: string;
  source?: string;
  /** Title used when the text has none and `title` is not given, e.g. the file's name. */
  fallbackTitle?: string;
  /** Repair text damaged by a wrong code page first (default true). */
  repairEncoding?: boolean;
}

export type ImportErrorCode = 'empty' | 'binary' | 'too-large' | 'too-deep' | 'too-many-nodes' | 'no-structure' | 'invalid';

export interface ImportError {
  code: ImportErrorCode;
  /** A sentence for the user. */
  message: string;
  /** 1-based line the problem was found on, when there is one. */
  line?: number;
}

export interface ImportSuccess {
  ok: true;
  roadmap: RoadmapInput;
  /** Status markers found in the text, by topic id. Topics without a marker are absent. */
  progress: ReadonlyMap<string, ImportedStatus>;
  /** Damaged sequences repaired (0 when the text was fine). */
  repairedSequences: number;
}

export type ImportResult = ImportSuccess | { ok: false; error: ImportError };

interface RawNode {
  origin: 'heading' | 'pseudo' | 'item';
  title: string;
  summary: string | undefined;
  tags: string[];
  label: boolean;
  status: ImportedStatus | undefined;
  links: Link[];
  children: RawNode[];
  depth: number;
}

class ImportFailure extends Error {
  constructor(readonly error: ImportError) {
    super(error.message);
  }
}

const fail = (code: ImportErrorCode, message: string, line?: number): ImportFailure =>
  new ImportFailure(line === undefined ? { code, message } : { code, message, line });

export function importRoadmapText(input: string, options: ImportOptions = {}): ImportResult {
  try {
    return importOrThrow(input, options);
  } catch (error) {
    if (error instanceof ImportFailure) return { ok: false, error: error.error };
    // A bug, not bad input; still reported as a result so that callers need one path.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'invalid', message: l10n.t('The importer failed unexpectedly: {0}', message) } };
  }
}

function importOrThrow(input: string, options: ImportOptions): ImportSuccess {
  checkSize(input);
  let text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.trim().length === 0) throw fail('empty', l10n.t('The text is empty: there is no roadmap to import.'));
  checkNotBinary(text);
  let repairedSequences = 0;
  if (options.repairEncoding !== false) {
    const repair = repairMojibake(text);
    text = repair.text;
    repairedSequences = repair.repairedSequences;
  }

  const document = parseDocument(splitLines(text));
  const nodes = flattenUntitled(document.root.children);
  if (nodes.length === 0) {
    throw fail(
      'no-structure',
      l10n.t('No roadmap found in the text: it needs headings, list items (-, *, +, 1.) or a tree drawn with ├── / |--.'),
    );
  }
  const title = shorten(options.title ?? document.title ?? options.fallbackTitle ?? 'Imported roadmap', IMPORT_LIMITS.maxTitleLength);
  const ids = new IdAllocator();
  const progress = new Map<string, ImportedStatus>();
  const roadmap: RoadmapInput = {
    id: options.id ?? slugify(title),
    title,
    ...optional('description', options.description ?? shortenOptional(document.description, IMPORT_LIMITS.maxDescriptionLength)),
    ...optional('source', options.source),
    nodes: nodes.map((node) => buildNode(node, undefined, false, ids, progress)),
  };
  const validation = roadmapSchema.safeParse(roadmap);
  if (!validation.success) {
    const issue = validation.error.issues[0];
    throw fail(
      'invalid',
      l10n.t('The imported roadmap is not valid: {0} at {1}.', issue?.message ?? l10n.t('unknown problem'), issue?.path.join('.') ?? '?'),
    );
  }
  return { ok: true, roadmap, progress, repairedSequences };
}

function checkSize(text: string): void {
  if (text.length > IMPORT_LIMITS.maxChars) {
    const megabytes = (text.length / 1_000_000).toFixed(1);
    throw fail(
      'too-large',
      l10n.t(
        'The text is {0} million characters long; the importer reads at most 1 million (a roadmap is rarely over 100,000).',
        megabytes,
      ),
    );
  }
}

/** NUL characters, or more than 1% control or replacement characters, mean the input is no text. */
function checkNotBinary(text: string): void {
  let suspicious = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0) throw fail('binary', l10n.t('This looks like binary data (it contains NUL bytes), not roadmap text.'));
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0xfffd) suspicious++;
  }
  if (suspicious > 8 && suspicious > text.length / 100) {
    throw fail(
      'binary',
      l10n.t('This looks like binary data or text in an unknown encoding (many control or unreadable characters), not roadmap text.'),
    );
  }
}

interface ParsedDocument {
  root: RawNode;
  title: string | undefined;
  description: string | undefined;
}

/** Builds the raw tree: headings and pseudo-headings open sections, items nest by indentation. */
function parseDocument(rawLines: readonly string[]): ParsedDocument {
  const lines = rawLines.map((line, index) => classifyLine(line, index + 1));
  promoteSetextHeadings(lines);
  const nextContent = nextContentIndexes(lines);
  const singleH1 = lines.filter((line) => line.kind === 'heading' && line.level === 1 && !line.quoted).length === 1;

  const root = newNode('heading', '', 0);
  const sections: { level: number; node: RawNode }[] = [];
  let items: { indent: number; node: RawNode }[] = [];
  let title: string | undefined;
  const description: string[] = [];
  /** Where prose goes: the description (after the title), or a node's summary (quoted prose only). */
  let summaryTarget: RawNode | 'description' | undefined;
  let summaryCaptured = false;
  let smallestSectionLevel = Infinity;
  let structureSeen = false;
  let nodeCount = 0;

  const attach = (parent: RawNode, node: RawNode, line: ClassifiedLine): void => {
    node.depth = parent.depth + 1;
    if (node.depth > IMPORT_LIMITS.maxDepth) {
      throw fail(
        'too-deep',
        l10n.t('Line {0} is nested more than {1} levels deep; a roadmap is rarely deeper than 5.', line.number, IMPORT_LIMITS.maxDepth),
        line.number,
      );
    }
    if (++nodeCount > IMPORT_LIMITS.maxNodes) {
      throw fail(
        'too-many-nodes',
        l10n.t('The text has more than {0} items; split it into several roadmaps.', formatMessageNumber(IMPORT_LIMITS.maxNodes)),
        line.number,
      );
    }
    parent.children.push(node);
    structureSeen = true;
  };
  const currentSection = (): RawNode => sections[sections.length - 1]?.node ?? root;
  const openSection = (level: number, node: RawNode, line: ClassifiedLine): void => {
    while ((sections[sections.length - 1]?.level ?? 0) >= level) sections.pop();
    attach(currentSection(), node, line);
    sections.push({ level, node });
    items = [];
  };
  const openItem = (indent: number, node: RawNode, line: ClassifiedLine): void => {
    while ((items[items.length - 1]?.indent ?? -Infinity) >= indent) items.pop();
    attach(items[items.length - 1]?.node ?? currentSection(), node, line);
    items.push({ indent, node });
  };
  const setTarget = (target: RawNode | 'description' | undefined): void => {
    summaryTarget = target;
    summaryCaptured = false;
  };

  for (const [index, line] of lines.entries()) {
    switch (line.kind) {
      case 'blank':
        if (summaryCaptured) setTarget(undefined);
        break;
      case 'fence':
        break;
      case 'rule':
      case 'setext':
        setTarget(undefined);
        break;
      case 'heading': {
        if (line.quoted) {
          addProse(line);
          break;
        }
        if (line.level === 1 && singleH1 && title === undefined && !structureSeen) {
          title = cleanProse(line.text) || undefined;
          setTarget('description');
          break;
        }
        const node = titledNode('heading', line.text);
        smallestSectionLevel = Math.min(smallestSectionLevel, line.level);
        openSection(line.level, node, line);
        setTarget(node);
        break;
      }
      case 'item':
      case 'tree': {
        const node = itemNode(line.text);
        openItem(line.indent, node, line);
        setTarget(node);
        break;
      }
      case 'text': {
        const next = lines[nextContent[index] ?? -1];
        if (!line.quoted && next?.kind === 'tree' && !next.quoted) {
          // The root line of an ASCII tree: the roadmap's title, or a node holding the tree.
          if (title === undefined && !structureSeen) title = cleanProse(line.text) || undefined;
          else openItem(-1, titledNode('item', line.text), line);
          setTarget(undefined);
        } else if (isPseudoHeading(line, next)) {
          // "**SQL (Relational):**" or "📌 Concepts:" before a list: a section one level below the top sections.
          const level = smallestSectionLevel === Infinity ? 7 : smallestSectionLevel + 1;
          openSection(level, titledNode('pseudo', line.text), line);
          setTarget(undefined);
        } else {
          addProse(line);
        }
        break;
      }
    }
  }

  function addProse(line: ClassifiedLine): void {
    if (summaryTarget === undefined) return;
    if (summaryTarget !== 'description' && !line.quoted) return;
    const prose = cleanProse(line.text);
    if (prose.length === 0) return;
    if (summaryTarget === 'description') description.push(prose);
    else summaryTarget.summary = summaryTarget.summary === undefined ? prose : `${summaryTarget.summary} ${prose}`;
    summaryCaptured = true;
  }

  return { root, title, description: description.length > 0 ? description.join(' ') : undefined };
}

/** A line of `===` under a paragraph line makes that line a level-1 heading. */
function promoteSetextHeadings(lines: ClassifiedLine[]): void {
  for (const [index, line] of lines.entries()) {
    const above = lines[index - 1];
    if (above && line.kind === 'setext' && above.kind === 'text' && !above.quoted && above.indent < 4) {
      above.kind = 'heading';
      above.level = 1;
      line.kind = 'blank';
    }
  }
}

/** For each line, the index of the next line that is not blank (computed backwards: linear). */
function nextContentIndexes(lines: readonly ClassifiedLine[]): number[] {
  const next = new Array<number>(lines.length);
  let following = -1;
  for (let index = lines.length - 1; index >= 0; index--) {
    next[index] = following;
    const kind = lines[index]?.kind;
    if (kind !== undefined && kind !== 'blank' && kind !== 'fence') following = index;
  }
  return next;
}

/** A short label line (bold, or ending in a colon) directly followed by a list or tree. */
function isPseudoHeading(line: ClassifiedLine, next: ClassifiedLine | undefined): boolean {
  if (line.quoted || line.indent >= 4 || line.text.length > 120) return false;
  if (next === undefined || next.quoted || (next.kind !== 'item' && next.kind !== 'tree')) return false;
  const wholeBold = /^(\*\*|__)[^*_]+\1:?$/.test(line.text);
  return wholeBold || splitTitle(protectEscapes(line.text)).label;
}

function newNode(origin: RawNode['origin'], title: string, depth: number): RawNode {
  return { origin, title, summary: undefined, tags: [], label: false, status: undefined, links: [], children: [], depth };
}

function titledNode(origin: RawNode['origin'], text: string): RawNode {
  return nodeFromParts(origin, splitTitle(protectEscapes(text)));
}

function nodeFromParts(origin: RawNode['origin'], parts: TitleParts): RawNode {
  const node = newNode(origin, parts.title, 0);
  node.summary = parts.summary;
  node.tags = parts.tags;
  node.label = parts.label;
  node.links = parts.links;
  return node;
}

function itemNode(text: string): RawNode {
  const markers = takeStatusMarkers(protectEscapes(text));
  const node = nodeFromParts('item', splitTitle(markers.text));
  node.status = markers.status;
  return node;
}

/** Nodes whose title came out empty (a line of only emoji, say) give their children to their parent. */
function flattenUntitled(nodes: readonly RawNode[]): RawNode[] {
  const out: RawNode[] = [];
  for (const node of nodes) {
    node.children = flattenUntitled(node.children);
    if (node.title.length > 0) out.push(node);
    else out.push(...node.children);
  }
  return out;
}

/**
 * Headings and labels are groups; an item with a status marker is a topic; an unmarked item with
 * children is a group, unless its parent is a topic (a topic cannot hold a group).
 */
function isGroup(node: RawNode, parentIsTopic: boolean): boolean {
  if (node.origin !== 'item') return true;
  if (node.status !== undefined || parentIsTopic) return false;
  return node.children.length > 0 || node.label;
}

function buildNode(
  node: RawNode,
  parentId: string | undefined,
  parentIsTopic: boolean,
  ids: IdAllocator,
  progress: Map<string, ImportedStatus>,
): NodeInput {
  const group = isGroup(node, parentIsTopic);
  let title = node.title;
  let summary = node.summary;
  if (node.tags.length > 0) summary = summary === undefined ? node.tags.join(', ') : `${summary} — ${node.tags.join(', ')}`;
  if (title.length > IMPORT_LIMITS.maxTitleLength) {
    summary = summary === undefined ? title : `${title} — ${summary}`;
    title = shorten(title, 120);
  }
  const id = ids.allocate(title, parentId);
  if (!group && node.status !== undefined) progress.set(id, node.status);
  const children = node.children.map((child) => buildNode(child, id, !group, ids, progress));
  return {
    id,
    title,
    ...(group ? { kind: 'group' as const } : {}),
    ...optional('summary', shortenOptional(summary, IMPORT_LIMITS.maxSummaryLength)),
    ...(node.links.length > 0 ? { links: node.links } : {}),
    ...(children.length > 0 ? { children } : {}),
  };
}

/** Cuts text to at most `limit` characters at a word boundary, marking the cut with "…". */
function shorten(text: string, limit: number): string {
  const clean = collapseSpaces(text);
  if (clean.length <= limit) return clean;
  const slice = clean.slice(0, limit - 1);
  const space = slice.lastIndexOf(' ');
  return `${(space > limit / 2 ? slice.slice(0, space) : slice).trimEnd()}…`;
}

const shortenOptional = (text: string | undefined, limit: number): string | undefined =>
  text === undefined ? undefined : shorten(text, limit);

/** `{ key: value }` when value is defined, else `{}`: keeps optional keys out of the output. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

// Export formats of one roadmap's progress, and reading them back.
//
// JSON keeps every saved entry with its exact time, so importing it back restores the progress exactly:
//   { "format": "roadmap-tracker-progress", "version": 1, "roadmapId": …, "roadmapTitle": …,
//     "exportedAt": "<ISO time>", "topics": { "<topic id>": { "status": "done", "changedAt": "<ISO time>" } } }
//   A done topic that a passing practice check marked done also has "verifiedAt": "<ISO time>".
// Markdown is a checklist indented like the roadmap, for reading and sharing:
//   - Security                      (a group: no box)
//     - [x] Authentication          [x] done · [/] in progress · [-] skipped · [ ] to do
//     - [x] Caching ✔ verified by its check (2026-12-01)
// The verified mark is evidence kept in the workspace: it is exported, and read back only as part of
// the title it follows (an import never makes a topic verified).
// A comment line carries the roadmap id and export time, so an import can tell which roadmap it is and
// which changes came after it.
// Namespace import: lets esbuild drop the parts of zod (its locales) that are never used.
// zod/mini: this runs in the extension host's activation bundle, where full zod would weigh 100 KB.
import * as l10n from '@vscode/l10n';
import { issueMessage } from '../issueMessage';
import * as z from 'zod/mini';
import { ID_PATTERN } from '../ids';
import type { Roadmap, RoadmapNode } from '../roadmap';
import { statusFor } from '../progress';
import { STATUSES, type ProgressEntry, type RoadmapProgress, type Status } from '../status';

export const JSON_EXPORT_FORMAT = 'roadmap-tracker-progress';
export const JSON_EXPORT_VERSION = 1;

// ── JSON ─────────────────────────────────────────────────────────────────────────────────────────────

export interface ProgressExport {
  readonly roadmapId: string;
  readonly roadmapTitle?: string;
  /** Milliseconds since the epoch. */
  readonly exportedAt?: number;
  readonly progress: Map<string, ProgressEntry>;
}

export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** Topic ids in roadmap order first, then ids no topic has (orphans, former ids) alphabetically. */
function orderedIds(roadmap: Roadmap | undefined, progress: RoadmapProgress): string[] {
  const inRoadmap = (roadmap?.topics ?? []).map((topic) => topic.id).filter((id) => progress.has(id));
  const listed = new Set(inRoadmap);
  return [...inRoadmap, ...[...progress.keys()].filter((id) => !listed.has(id)).sort()];
}

/** Done topics that a passing check marked done: topic id → when (ms since the epoch). */
export type VerifiedTopics = ReadonlyMap<string, number>;

export function exportProgressJson(
  roadmap: Roadmap | { readonly id: string; readonly title?: string },
  progress: RoadmapProgress,
  exportedAt: number,
  verified: VerifiedTopics = new Map(),
): string {
  const topics: Record<string, { status: Status; changedAt: string; verifiedAt?: string }> = {};
  for (const id of orderedIds('topics' in roadmap ? roadmap : undefined, progress)) {
    const entry = progress.get(id)!;
    const verifiedAt = entry.status === 'done' ? verified.get(id) : undefined;
    topics[id] = {
      status: entry.status,
      changedAt: new Date(entry.changedAt).toISOString(),
      ...(verifiedAt === undefined ? {} : { verifiedAt: new Date(verifiedAt).toISOString() }),
    };
  }
  const document = {
    format: JSON_EXPORT_FORMAT,
    version: JSON_EXPORT_VERSION,
    roadmapId: roadmap.id,
    roadmapTitle: roadmap.title,
    exportedAt: new Date(exportedAt).toISOString(),
    topics,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const isoTime = z.string().check(z.refine((text) => !Number.isNaN(Date.parse(text)), { error: () => l10n.t('not a date and time') }));
const exportIdSchema = z
  .string()
  .check(z.maxLength(200), z.regex(ID_PATTERN, { error: () => l10n.t('not an id (lower-case words and dashes)') }));

const progressExportSchema = z.object({
  format: z.literal(JSON_EXPORT_FORMAT, {
    error: () => l10n.t('not a Roadmap Tracker progress export (format "{0}")', JSON_EXPORT_FORMAT),
  }),
  version: z.literal(JSON_EXPORT_VERSION, { error: () => l10n.t('not format version {0}', JSON_EXPORT_VERSION) }),
  roadmapId: exportIdSchema,
  roadmapTitle: z.optional(z.string()),
  exportedAt: z.optional(isoTime),
  topics: z.record(
    exportIdSchema,
    z.object({
      status: z.enum(STATUSES, { error: () => l10n.t('not a status ({0})', STATUSES.join(', ')) }),
      changedAt: z.union([isoTime, z.int().check(z.nonnegative())], { error: () => l10n.t('not a date and time') }),
      /** Read for validity only: an import never makes a topic verified. */
      verifiedAt: z.optional(isoTime),
    }),
  ),
});

export function parseProgressJson(text: string): ParseResult<ProgressExport> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (failure) {
    return { ok: false, reason: l10n.t('not JSON ({0})', failure instanceof Error ? failure.message : String(failure)) };
  }
  const version = (value as { version?: unknown } | null)?.version;
  if (
    (value as { format?: unknown } | null)?.format === JSON_EXPORT_FORMAT &&
    typeof version === 'number' &&
    version > JSON_EXPORT_VERSION
  ) {
    return { ok: false, reason: l10n.t('it was exported by a newer version of Roadmap Tracker (format {0})', version) };
  }
  const parsed = progressExportSchema.safeParse(value);
  if (!parsed.success) {
    // A failed parse always carries at least one issue.
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: l10n.t('{0}: {1}', issue.path.join('.') || l10n.t('document'), issueMessage(issue)) };
  }
  const progress = new Map<string, ProgressEntry>();
  for (const [topicId, { status, changedAt }] of Object.entries(parsed.data.topics)) {
    progress.set(topicId, { status, changedAt: typeof changedAt === 'number' ? changedAt : Date.parse(changedAt) });
  }
  return {
    ok: true,
    value: {
      roadmapId: parsed.data.roadmapId,
      roadmapTitle: parsed.data.roadmapTitle,
      exportedAt: parsed.data.exportedAt === undefined ? undefined : Date.parse(parsed.data.exportedAt),
      progress,
    },
  };
}

// ── Markdown checklist ───────────────────────────────────────────────────────────────────────────────

export const CHECKBOX_BY_STATUS: Readonly<Record<Status, string>> = { done: 'x', 'in-progress': '/', skipped: '-', todo: ' ' };
const STATUS_BY_CHECKBOX: Readonly<Record<string, Status>> = { x: 'done', X: 'done', '/': 'in-progress', '-': 'skipped', ' ': 'todo' };
const HEADER_NAME = 'roadmap-tracker:';

/** Follows a verified topic's title in the checklist; `parseChecklist` takes it off again. */
const VERIFIED_MARK = ' ✔ verified by its check';

export function exportProgressMarkdown(
  roadmap: Roadmap,
  progress: RoadmapProgress,
  exportedAt: number,
  verified: VerifiedTopics = new Map(),
): string {
  const anyVerified = roadmap.topics.some((topic) => verified.has(topic.id) && statusFor(progress, topic) === 'done');
  const lines = [
    `# ${roadmap.title}`,
    '',
    `<!-- roadmap-tracker: ${JSON.stringify({ roadmapId: roadmap.id, exportedAt: new Date(exportedAt).toISOString() })} -->`,
    `_[x] done · [/] in progress · [-] skipped · [ ] to do${anyVerified ? ' · ✔ verified: a passing practice check marked it done' : ''}_`,
    '',
  ];
  const visit = (node: RoadmapNode, depth: number): void => {
    const status = node.kind === 'topic' ? statusFor(progress, node) : undefined;
    const box = status ? `[${CHECKBOX_BY_STATUS[status]}] ` : '';
    const verifiedAt = status === 'done' ? verified.get(node.id) : undefined;
    const mark = verifiedAt === undefined ? '' : `${VERIFIED_MARK} (${new Date(verifiedAt).toISOString().slice(0, 10)})`;
    lines.push(`${'  '.repeat(depth)}- ${box}${node.title}${mark}`);
    for (const child of node.children) visit(child, depth + 1);
  };
  for (const node of roadmap.nodes) visit(node, 0);
  return `${lines.join('\n')}\n`;
}

export interface ChecklistItem {
  /** 1-based line number, for messages. */
  readonly line: number;
  readonly title: string;
  /** Titles of the enclosing list items, outermost first. */
  readonly ancestors: readonly string[];
  /** Undefined for an item without a box (a group). */
  readonly status: Status | undefined;
}

export interface Checklist {
  readonly title?: string;
  readonly roadmapId?: string;
  readonly exportedAt?: number;
  readonly items: readonly ChecklistItem[];
}

// The checklist is read by scanning each line once, left to right, without regular expressions that
// backtrack: a line of any length (160,000 spaces, say) costs time in proportion to its length.

const isBlank = (char: string | undefined): boolean => char === ' ' || char === '\t';

/** Index of the first character at or after `from` that is not a space or tab. */
function skipBlanks(line: string, from: number): number {
  let index = from;
  while (isBlank(line[index])) index++;
  return index;
}

/** The line from `from` without the spaces and tabs that end it. */
function trimmedEnd(line: string, from: number): string {
  let end = line.length;
  while (end > from && isBlank(line[end - 1])) end--;
  return line.slice(from, end);
}

function indentWidth(line: string, end: number): number {
  let width = 0;
  for (let index = 0; index < end; index++) width += line[index] === '\t' ? 4 : 1;
  return width;
}

/** The JSON of a `<!-- roadmap-tracker: {…} -->` comment on the line, if it has one. */
function headerJson(line: string): string | undefined {
  for (let open = line.indexOf('<!--'); open >= 0;) {
    const close = line.indexOf('-->', open + 4);
    if (close < 0) return undefined;
    const body = line.slice(open + 4, close).trim();
    if (body.startsWith(HEADER_NAME)) {
      const json = body.slice(HEADER_NAME.length).trim();
      if (json.startsWith('{') && json.endsWith('}')) return json;
    }
    open = line.indexOf('<!--', close + 3);
  }
  return undefined;
}

/** The title of a `# Title` heading (an ATX closing sequence of #s after a space is dropped). */
function headingTitle(line: string): string | undefined {
  if (line[0] !== '#' || !isBlank(line[1])) return undefined;
  const start = skipBlanks(line, 1);
  let title = trimmedEnd(line, start);
  let hashes = title.length;
  while (hashes > 0 && title[hashes - 1] === '#') hashes--;
  if (hashes < title.length && (hashes === 0 || isBlank(title[hashes - 1]))) title = trimmedEnd(title, 0).slice(0, hashes).trimEnd();
  return title === '' ? undefined : title;
}

interface ListLine {
  readonly indent: number;
  readonly box: string | undefined;
  readonly title: string;
}

/** A `- [x] Title` line (any of - * +, the box optional), or undefined. */
function listLine(line: string): ListLine | undefined {
  const bullet = skipBlanks(line, 0);
  if (line[bullet] !== '-' && line[bullet] !== '*' && line[bullet] !== '+') return undefined;
  if (!isBlank(line[bullet + 1])) return undefined;
  let start = skipBlanks(line, bullet + 1);
  let box: string | undefined;
  const mark = line[start + 1];
  if (line[start] === '[' && line[start + 2] === ']' && mark !== undefined && ' xX/-'.includes(mark) && isBlank(line[start + 3])) {
    box = mark;
    start = skipBlanks(line, start + 3);
  }
  return { indent: indentWidth(line, bullet), box, title: withoutVerifiedMark(trimmedEnd(line, start)) };
}

/** The title without the ` ✔ verified by its check (YYYY-MM-DD)` an export put after it. */
function withoutVerifiedMark(title: string): string {
  const at = title.lastIndexOf(VERIFIED_MARK);
  if (at <= 0) return title;
  const rest = title.slice(at + VERIFIED_MARK.length);
  return rest === '' || /^ \(\d{4}-\d{2}-\d{2}\)$/.test(rest) ? title.slice(0, at) : title;
}

/** Reads any Markdown list with task boxes; lines that are not list items are skipped. */
export function parseChecklist(text: string): Checklist {
  let title: string | undefined;
  let roadmapId: string | undefined;
  let exportedAt: number | undefined;
  const items: ChecklistItem[] = [];
  const stack: { indent: number; title: string }[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const header = headerJson(line);
    if (header !== undefined) {
      try {
        const fields = JSON.parse(header) as { roadmapId?: unknown; exportedAt?: unknown };
        if (typeof fields.roadmapId === 'string') roadmapId = fields.roadmapId;
        if (typeof fields.exportedAt === 'string' && !Number.isNaN(Date.parse(fields.exportedAt)))
          exportedAt = Date.parse(fields.exportedAt);
      } catch {
        // A damaged header only loses the hints; the list still imports by titles.
      }
      continue;
    }
    const heading = headingTitle(line);
    if (heading !== undefined && title === undefined) {
      title = heading;
      continue;
    }
    const item = listLine(line);
    if (!item || item.title === '') continue;
    for (let top = stack.at(-1); top && top.indent >= item.indent; top = stack.at(-1)) stack.pop();
    items.push({
      line: index + 1,
      title: item.title,
      ancestors: stack.map((entry) => entry.title),
      status: item.box === undefined ? undefined : STATUS_BY_CHECKBOX[item.box],
    });
    stack.push({ indent: item.indent, title: item.title });
  }
  return { title, roadmapId, exportedAt, items };
}

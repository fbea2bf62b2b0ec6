// Export formats of one roadmap's progress, and reading them back.
//
// JSON keeps every saved entry with its exact time, so importing it back restores the progress exactly:
//   { "format": "roadmap-tracker-progress", "version": 1, "roadmapId": …, "roadmapTitle": …,
//     "exportedAt": "<ISO time>", "topics": { "<topic id>": { "status": "done", "changedAt": "<ISO time>" } } }
// Markdown is a checklist indented like the roadmap, for reading and sharing:
//   - Security                      (a group: no box)
//     - [x] Authentication          [x] done · [/] in progress · [-] skipped · [ ] to do
// A comment line carries the roadmap id and export time, so an import can tell which roadmap it is and
// which changes came after it.
// Namespace import: lets esbuild drop the parts of zod (its locales) that are never used.
import * as z from 'zod';
import { ID_PATTERN } from '../schema';
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

export function exportProgressJson(
  roadmap: Roadmap | { readonly id: string; readonly title?: string },
  progress: RoadmapProgress,
  exportedAt: number,
): string {
  const topics: Record<string, { status: Status; changedAt: string }> = {};
  for (const id of orderedIds('topics' in roadmap ? roadmap : undefined, progress)) {
    const entry = progress.get(id)!;
    topics[id] = { status: entry.status, changedAt: new Date(entry.changedAt).toISOString() };
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

const isoTime = z.string().refine((text) => !Number.isNaN(Date.parse(text)), { message: 'not a date and time' });
const exportIdSchema = z.string().max(200).regex(ID_PATTERN, { message: 'not an id (lower-case words and dashes)' });

const progressExportSchema = z.object({
  format: z.literal(JSON_EXPORT_FORMAT),
  version: z.literal(JSON_EXPORT_VERSION),
  roadmapId: exportIdSchema,
  roadmapTitle: z.string().optional(),
  exportedAt: isoTime.optional(),
  topics: z.record(
    exportIdSchema,
    z.object({ status: z.enum(STATUSES), changedAt: z.union([isoTime, z.number().int().nonnegative()]) }),
  ),
});

export function parseProgressJson(text: string): ParseResult<ProgressExport> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (failure) {
    return { ok: false, reason: `not JSON (${failure instanceof Error ? failure.message : String(failure)})` };
  }
  const version = (value as { version?: unknown } | null)?.version;
  if ((value as { format?: unknown } | null)?.format === JSON_EXPORT_FORMAT && typeof version === 'number' && version > JSON_EXPORT_VERSION) {
    return { ok: false, reason: `it was exported by a newer version of Roadmap Tracker (format ${version})` };
  }
  const parsed = progressExportSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue.path.join('.') || 'document'}: ${issue.message}` };
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
const HEADER = /<!--\s*roadmap-tracker:\s*(\{.*?\})\s*-->/;
const LIST_ITEM = /^([ \t]*)[-*+][ \t]+(?:\[([ xX/-])\][ \t]+)?(.*?)[ \t]*$/;

export function exportProgressMarkdown(roadmap: Roadmap, progress: RoadmapProgress, exportedAt: number): string {
  const lines = [
    `# ${roadmap.title}`,
    '',
    `<!-- roadmap-tracker: ${JSON.stringify({ roadmapId: roadmap.id, exportedAt: new Date(exportedAt).toISOString() })} -->`,
    '_[x] done · [/] in progress · [-] skipped · [ ] to do_',
    '',
  ];
  const visit = (node: RoadmapNode, depth: number): void => {
    const box = node.kind === 'topic' ? `[${CHECKBOX_BY_STATUS[statusFor(progress, node)]}] ` : '';
    lines.push(`${'  '.repeat(depth)}- ${box}${node.title}`);
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

function indentWidth(indent: string): number {
  return [...indent].reduce((width, char) => width + (char === '\t' ? 4 : 1), 0);
}

/** Reads any Markdown list with task boxes; lines that are not list items are skipped. */
export function parseChecklist(text: string): Checklist {
  let title: string | undefined;
  let roadmapId: string | undefined;
  let exportedAt: number | undefined;
  const items: ChecklistItem[] = [];
  const stack: { indent: number; title: string }[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const header = HEADER.exec(line);
    if (header) {
      try {
        const fields = JSON.parse(header[1]) as { roadmapId?: unknown; exportedAt?: unknown };
        if (typeof fields.roadmapId === 'string') roadmapId = fields.roadmapId;
        if (typeof fields.exportedAt === 'string' && !Number.isNaN(Date.parse(fields.exportedAt))) exportedAt = Date.parse(fields.exportedAt);
      } catch {
        // A damaged header only loses the hints; the list still imports by titles.
      }
      continue;
    }
    const heading = /^#[ \t]+(.+?)[ \t]*#*[ \t]*$/.exec(line);
    if (heading && title === undefined) {
      title = heading[1];
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (!item || item[3] === '') continue;
    const indent = indentWidth(item[1]);
    while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
    items.push({
      line: index + 1,
      title: item[3],
      ancestors: stack.map((entry) => entry.title),
      status: item[2] === undefined ? undefined : STATUS_BY_CHECKBOX[item[2]],
    });
    stack.push({ indent, title: item[3] });
  }
  return { title, roadmapId, exportedAt, items };
}

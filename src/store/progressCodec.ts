// The saved shape of one roadmap's progress, versioned and validated when read.
//
// Version 1: { v: 1, t: { [topicId]: <status letter><changedAt in base 36> } }, e.g. "dmi5q0k3c" for done.
// One short string per topic keeps 10,000 topics far below VS Code's 512 KB state warning.
// Namespace import: lets esbuild drop the parts of zod (its locales) that are never used.
import * as z from 'zod';
import type { ProgressEntry, RoadmapProgress, Status } from '../model/status';

export const PROGRESS_VERSION = 1;

const LETTER_BY_STATUS: Readonly<Record<Status, string>> = { todo: 't', 'in-progress': 'p', done: 'd', skipped: 's' };
const STATUS_BY_LETTER: Readonly<Record<string, Status>> = { t: 'todo', p: 'in-progress', d: 'done', s: 'skipped' };

const savedProgressV1 = z.object({
  v: z.literal(1),
  t: z.record(z.string().min(1).max(200), z.string().regex(/^[tpds][0-9a-z]{1,11}$/)),
});

export type SavedProgress = z.infer<typeof savedProgressV1>;

export type DecodeResult =
  | { readonly kind: 'ok'; readonly progress: Map<string, ProgressEntry> }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'corrupt'; readonly reason: string };

export function encodeProgress(progress: RoadmapProgress): SavedProgress {
  const topics: Record<string, string> = {};
  for (const [topicId, entry] of progress) {
    topics[topicId] = LETTER_BY_STATUS[entry.status] + Math.max(0, Math.floor(entry.changedAt)).toString(36);
  }
  return { v: PROGRESS_VERSION, t: topics };
}

export function decodeProgress(value: unknown): DecodeResult {
  if (value === undefined) return { kind: 'ok', progress: new Map() };
  const version = typeof value === 'object' && value !== null ? (value as { v?: unknown }).v : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > PROGRESS_VERSION) {
    return { kind: 'newer', version };
  }
  const parsed = savedProgressV1.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'corrupt', reason: `${issue.path.join('.') || 'value'}: ${issue.message}` };
  }
  const progress = new Map<string, ProgressEntry>();
  for (const [topicId, code] of Object.entries(parsed.data.t)) {
    progress.set(topicId, { status: STATUS_BY_LETTER[code[0]], changedAt: parseInt(code.slice(1), 36) });
  }
  return { kind: 'ok', progress };
}

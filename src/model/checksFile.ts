// The workspace checks file (`.roadmap/checks.json`): the checks the learner set with Set Check…, per
// roadmap and topic, in a file they can read, edit and commit. Parsing is bounded and never throws.
// zod/mini: this file is read at activation, and full zod stays out of that bundle.
import * as z from 'zod/mini';
import * as l10n from '@vscode/l10n';
import { issueMessage } from './issueMessage';
import { checkSchema, checkSpecOf, type CheckSpec } from './checkSchema';
import { nodeIdSchema } from './idSchema';
import { utf8ByteLength } from './utf8';

export const CHECKS_FILE_PATH = '.roadmap/checks.json';
export const MAX_CHECKS_FILE_BYTES = 256 * 1024;
export const MAX_CHECKS_FILE_ENTRIES = 5000;

// zod/mini has no default messages: every type mismatch says what was expected.
const fileSchema = z.strictObject(
  {
    $comment: z.optional(z.string({ error: () => l10n.t('$comment is text') })),
    checks: z.record(
      nodeIdSchema,
      z.record(nodeIdSchema, checkSchema, { error: () => l10n.t("a roadmap's checks are an object of topic ids") }),
      { error: () => l10n.t('checks is an object of roadmap ids') },
    ),
  },
  { error: () => l10n.t('the file is an object with a "checks" object in it') },
);

/** roadmap id → topic id → check. */
export type ChecksFileEntries = ReadonlyMap<string, ReadonlyMap<string, CheckSpec>>;

export type ChecksFileResult =
  { readonly ok: true; readonly entries: ChecksFileEntries } | { readonly ok: false; readonly problem: string };

export function parseChecksFile(text: string): ChecksFileResult {
  const size = utf8ByteLength(text);
  if (size > MAX_CHECKS_FILE_BYTES)
    return { ok: false, problem: l10n.t('the file is {0} bytes; it may be at most {1}', size, MAX_CHECKS_FILE_BYTES) };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (failure) {
    return { ok: false, problem: l10n.t('it is not valid JSON ({0})', failure instanceof Error ? failure.message : String(failure)) };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    // A failed parse always carries at least one issue.
    const issue = parsed.error.issues[0]!;
    const message = issueMessage(issue);
    const problem = issue.path.length > 0 ? l10n.t('{0} at {1}', message, issue.path.map(String).join('.')) : message;
    return { ok: false, problem };
  }
  const entries = new Map<string, Map<string, CheckSpec>>();
  let count = 0;
  for (const [roadmapId, topics] of Object.entries(parsed.data.checks)) {
    const checks = new Map<string, CheckSpec>();
    for (const [topicId, check] of Object.entries(topics)) checks.set(topicId, checkSpecOf(check));
    count += checks.size;
    if (count > MAX_CHECKS_FILE_ENTRIES) return { ok: false, problem: l10n.t('it holds more than {0} checks', MAX_CHECKS_FILE_ENTRIES) };
    entries.set(roadmapId, checks);
  }
  return { ok: true, entries };
}

/** The file's text with one topic's check set (or removed with `undefined`); roadmaps and topics sorted. */
export function withCheck(entries: ChecksFileEntries, roadmapId: string, topicId: string, check: CheckSpec | undefined): string {
  const checks: Record<string, Record<string, CheckSpec | string>> = {};
  const merged = new Map([...entries].map(([id, topics]) => [id, new Map(topics)]));
  const topics = merged.get(roadmapId) ?? new Map<string, CheckSpec>();
  if (check) topics.set(topicId, check);
  else topics.delete(topicId);
  merged.set(roadmapId, topics);
  for (const id of [...merged.keys()].sort()) {
    const sorted = [...(merged.get(id) ?? new Map<string, CheckSpec>())].sort(([a], [b]) => a.localeCompare(b));
    if (sorted.length === 0) continue;
    checks[id] = Object.fromEntries(sorted.map(([topic, spec]) => [topic, compact(spec)]));
  }
  const file = {
    $comment: 'Checks of Roadmap Tracker topics: a command per topic that passes (exit code 0) when the practice is right.',
    checks,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A check with only its command is written as the command alone. */
function compact(spec: CheckSpec): CheckSpec | string {
  if (spec.folder === undefined && spec.timeoutSeconds === undefined) return spec.command;
  return {
    command: spec.command,
    ...(spec.folder !== undefined ? { folder: spec.folder } : {}),
    ...(spec.timeoutSeconds !== undefined ? { timeoutSeconds: spec.timeoutSeconds } : {}),
  };
}

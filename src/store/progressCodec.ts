// The saved shape of progress, versioned and validated when read.
//
// Version 2 (current) packs one roadmap's entries into one string, oldest change first:
//   "<topic id><status letter><ms since the previous entry, base 36>,…"   e.g. "http-cachingD1a2b3c4d,restT0"
// The status letter is upper case (T todo, P in progress, D done, S skipped) so it ends the lower-case
// id without a separator, and times are deltas in change order, so entries changed together (a reset,
// an import) cost one digit. The workspace keeps { v: 2, t: "<entries>" } per roadmap; the synced copy
// keeps { v: 2, r: { <roadmap id>: "<entries>" } } (see syncedProgressCodec.ts).
// Above COMPRESS_ABOVE_CHARS the text is deflated and kept as base 64 under `z` instead of `t` (or `r`):
// small states stay readable, and 10,000 topics take about 40% of the space.
//
// Version 1 (earlier): { v: 1, t: { <topic id>: "<status letter, lower case><changedAt, base 36>" } }.
// It is still read and migrated.
//
// Version 3 (current) saves progress in parts (see partitionIndex.ts), each a sealed payload:
//   { v: 3, n: <length of the stored text>, c: "<CRC-32 of the stored text, 8 hex digits>", t: "<payload>" }
// or, above COMPRESS_ABOVE_CHARS, with `z` (the deflated payload in base 64) instead of `t`. The length
// and checksum catch damage that still parses: a cut value, a flipped character. Versions 1 and 2 carry
// neither; they are only read, to migrate them.
import * as CRC32 from 'crc-32';
// zod/mini: the saved shapes are simple, and the mini build keeps zod's 100 KB out of the activation bundle.
import * as z from 'zod/mini';
import type { ProgressEntry, RoadmapProgress, Status } from '../model/status';
import { ID_PATTERN } from '../model/ids';
import { laterEntry } from '../model/merge';
import { base64ToBytes, bytesToBase64 } from '../platform/base64';
import { deflateRaw, inflateRaw } from '../platform/compression';

/** The version of the single-value workspace format, still read to migrate it. */
export const PROGRESS_VERSION = 2;
/** The version of sealed parts, the format written now. */
export const PART_VERSION = 3;

const MAX_SAVED_ID_LENGTH = 200;

const PACKED_LETTER: Readonly<Record<Status, string>> = { todo: 'T', 'in-progress': 'P', done: 'D', skipped: 'S' };
const STATUS_BY_PACKED_LETTER: Readonly<Record<string, Status>> = { T: 'todo', P: 'in-progress', D: 'done', S: 'skipped' };
const PACKED_ENTRY = /^([a-z0-9-]+)([TPDS])([0-9a-z]{1,11})$/;

export type DecodeResult<T = Map<string, ProgressEntry>> =
  | { readonly kind: 'ok'; readonly progress: T; readonly migratedFrom?: number }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'corrupt'; readonly reason: string };

export type PackResult =
  { readonly ok: true; readonly progress: Map<string, ProgressEntry> } | { readonly ok: false; readonly reason: string };

/** Whole milliseconds, never negative: what a saved time can hold. */
function savedTime(changedAt: number): number {
  return Math.min(Number.MAX_SAFE_INTEGER, Math.max(0, Math.floor(changedAt)));
}

export function isSavedId(id: string): boolean {
  return id.length <= MAX_SAVED_ID_LENGTH && ID_PATTERN.test(id);
}

/** Packs one roadmap's entries; ids must be saved ids (the roadmap schema guarantees it). */
export function packEntries(progress: RoadmapProgress): string {
  const entries = [...progress]
    .map(([topicId, entry]) => ({ topicId, status: entry.status, changedAt: savedTime(entry.changedAt) }))
    .sort((a, b) => a.changedAt - b.changedAt || (a.topicId < b.topicId ? -1 : a.topicId > b.topicId ? 1 : 0));
  let previous = 0;
  const parts: string[] = [];
  for (const { topicId, status, changedAt } of entries) {
    parts.push(topicId + PACKED_LETTER[status] + (changedAt - previous).toString(36));
    previous = changedAt;
  }
  return parts.join(',');
}

export function unpackEntries(packed: string): PackResult {
  const progress = new Map<string, ProgressEntry>();
  if (packed === '') return { ok: true, progress };
  let changedAt = 0;
  for (const [index, part] of packed.split(',').entries()) {
    const [, id, letter, time] = PACKED_ENTRY.exec(part) ?? [];
    const status = letter === undefined ? undefined : STATUS_BY_PACKED_LETTER[letter];
    if (id === undefined || !isSavedId(id) || status === undefined || time === undefined) {
      return { ok: false, reason: `entry ${index + 1} ("${part.slice(0, 40)}") is not <id><T|P|D|S><time>` };
    }
    changedAt += parseInt(time, 36);
    if (!Number.isSafeInteger(changedAt)) return { ok: false, reason: `entry ${index + 1} has a time out of range` };
    const entry: ProgressEntry = { status, changedAt };
    progress.set(id, laterEntry(progress.get(id), entry) ?? entry);
  }
  return { ok: true, progress };
}

/** The version a saved object claims, when it claims one. */
export function savedVersion(value: unknown): number | undefined {
  const version = typeof value === 'object' && value !== null ? (value as { v?: unknown }).v : undefined;
  return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
}

export const COMPRESS_ABOVE_CHARS = 8 * 1024;
/** An inflated value larger than this is refused as corrupt rather than filling memory. */
const MAX_INFLATED_CHARS = 64 * 1024 * 1024;

export function compress(text: string): string {
  return bytesToBase64(deflateRaw(new TextEncoder().encode(text), 4));
}

export function decompress(base64: string): { ok: true; text: string } | { ok: false; reason: string } {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return { ok: false, reason: 'not base 64' };
  try {
    return { ok: true, text: new TextDecoder().decode(inflateRaw(base64ToBytes(base64), MAX_INFLATED_CHARS)) };
  } catch (failure) {
    return { ok: false, reason: `does not inflate (${failure instanceof Error ? failure.message : String(failure)})` };
  }
}

const stringRecordSchema = z.record(z.string(), z.string());

/**
 * A compressed JSON object of strings (the `z` form of the synced copy and of the activity history): the
 * object, or why it is corrupt, each reason prefixed with `z: ` as the key it came from.
 */
export function inflateStringRecord(base64: string): { ok: true; record: Record<string, string> } | { ok: false; reason: string } {
  const inflated = decompress(base64);
  if (!inflated.ok) return { ok: false, reason: `z: ${inflated.reason}` };
  let json: unknown;
  try {
    json = JSON.parse(inflated.text);
  } catch {
    return { ok: false, reason: 'z: not JSON once inflated' };
  }
  const checked = stringRecordSchema.safeParse(json);
  return checked.success ? { ok: true, record: checked.data } : { ok: false, reason: `z: ${describeIssue(checked.error)}` };
}

export function describeIssue(error: z.core.$ZodError): string {
  // A failed parse always carries at least one issue.
  const issue = error.issues[0]!;
  return `${issue.path.join('.') || 'value'}: ${issue.message}`;
}

// ── Workspace copy: one roadmap per key ──────────────────────────────────────────────────────────────

const savedProgressV2 = z.union([z.strictObject({ v: z.literal(2), t: z.string() }), z.strictObject({ v: z.literal(2), z: z.string() })]);
export type SavedProgress = z.infer<typeof savedProgressV2>;

export function encodeProgress(progress: RoadmapProgress): SavedProgress {
  const packed = packEntries(progress);
  return packed.length > COMPRESS_ABOVE_CHARS ? { v: PROGRESS_VERSION, z: compress(packed) } : { v: PROGRESS_VERSION, t: packed };
}

export function decodeProgress(value: unknown): DecodeResult {
  if (value === undefined) return { kind: 'ok', progress: new Map() };
  const version = savedVersion(value);
  if (version !== undefined && version > PROGRESS_VERSION) return { kind: 'newer', version };
  if (version === 1) return migrateV1(value);
  const parsed = savedProgressV2.safeParse(value);
  if (!parsed.success) return { kind: 'corrupt', reason: describeIssue(parsed.error) };
  let packed: string;
  if ('t' in parsed.data) {
    packed = parsed.data.t;
  } else {
    const inflated = decompress(parsed.data.z);
    if (!inflated.ok) return { kind: 'corrupt', reason: `z: ${inflated.reason}` };
    packed = inflated.text;
  }
  const unpacked = unpackEntries(packed);
  return unpacked.ok
    ? { kind: 'ok', progress: unpacked.progress }
    : { kind: 'corrupt', reason: `${'t' in parsed.data ? 't' : 'z'}: ${unpacked.reason}` };
}

// ── Version 3: sealed parts ───────────────────────────────────────────────────────────────────────────

const integrity = { v: z.literal(PART_VERSION), n: z.int().check(z.nonnegative()), c: z.string() };
const savedPart = z.union([z.strictObject({ ...integrity, t: z.string() }), z.strictObject({ ...integrity, z: z.string() })]);
export type SavedPart = z.infer<typeof savedPart>;

export type OpenResult =
  | { readonly kind: 'ok'; readonly payload: string }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'corrupt'; readonly reason: string };

function checksum(text: string): string {
  return (CRC32.str(text) >>> 0).toString(16).padStart(8, '0');
}

/** Seals a payload: deflated when large, with its length and checksum. */
export function sealPart(payload: string): SavedPart {
  if (payload.length > COMPRESS_ABOVE_CHARS) {
    const stored = compress(payload);
    return { v: PART_VERSION, n: stored.length, c: checksum(stored), z: stored };
  }
  return { v: PART_VERSION, n: payload.length, c: checksum(payload), t: payload };
}

/** The payload of a sealed part, once its length and checksum match. */
export function openPart(value: unknown): OpenResult {
  const version = savedVersion(value);
  if (version !== undefined && version > PART_VERSION) return { kind: 'newer', version };
  const parsed = savedPart.safeParse(value);
  if (!parsed.success) return { kind: 'corrupt', reason: describeIssue(parsed.error) };
  const stored = 't' in parsed.data ? parsed.data.t : parsed.data.z;
  if (stored.length !== parsed.data.n)
    return { kind: 'corrupt', reason: `its length is ${stored.length}, not the ${parsed.data.n} it was saved with` };
  if (checksum(stored) !== parsed.data.c)
    return { kind: 'corrupt', reason: 'its checksum does not match (the value was changed or damaged)' };
  if ('t' in parsed.data) return { kind: 'ok', payload: stored };
  const inflated = decompress(stored);
  return inflated.ok ? { kind: 'ok', payload: inflated.text } : { kind: 'corrupt', reason: `z: ${inflated.reason}` };
}

/** One workspace part: the entries of some of a roadmap's topics. */
export function encodePart(progress: RoadmapProgress): SavedPart {
  return sealPart(packEntries(progress));
}

export function decodePart(value: unknown): DecodeResult {
  const opened = openPart(value);
  if (opened.kind !== 'ok') return opened;
  const unpacked = unpackEntries(opened.payload);
  return unpacked.ok ? { kind: 'ok', progress: unpacked.progress } : { kind: 'corrupt', reason: unpacked.reason };
}

// ── Migrations from earlier versions ─────────────────────────────────────────────────────────────────

const STATUS_BY_V1_LETTER: Readonly<Record<string, Status>> = { t: 'todo', p: 'in-progress', d: 'done', s: 'skipped' };

const savedProgressV1 = z.object({
  v: z.literal(1),
  t: z.record(z.string().check(z.minLength(1), z.maxLength(MAX_SAVED_ID_LENGTH)), z.string().check(z.regex(/^[tpds][0-9a-z]{1,11}$/))),
});

export type SavedProgressV1 = z.infer<typeof savedProgressV1>;

function migrateV1(value: unknown): DecodeResult {
  const parsed = savedProgressV1.safeParse(value);
  if (!parsed.success) return { kind: 'corrupt', reason: describeIssue(parsed.error) };
  const progress = new Map<string, ProgressEntry>();
  for (const [topicId, code] of Object.entries(parsed.data.t)) {
    // Version 2 packs ids without quoting; an id the roadmap schema never allowed cannot be carried over.
    if (!isSavedId(topicId)) return { kind: 'corrupt', reason: `t: "${topicId.slice(0, 40)}" is not a topic id` };
    const changedAt = parseInt(code.slice(1), 36);
    if (!Number.isSafeInteger(changedAt)) return { kind: 'corrupt', reason: `t.${topicId}: time out of range` };
    const status = STATUS_BY_V1_LETTER[code.charAt(0)];
    if (status === undefined) return { kind: 'corrupt', reason: `t.${topicId}: unknown status "${code.charAt(0)}"` };
    progress.set(topicId, { status, changedAt });
  }
  return { kind: 'ok', progress, migratedFrom: 1 };
}

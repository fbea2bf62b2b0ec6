// The saved shapes of the synced copy.
//
// Version 3 (written now): the copy is split in parts, one globalState key each (see syncedProgressStore.ts),
// each a sealed part (progressCodec.ts) whose payload lists roadmaps: "<roadmap id>:<packed entries>;…".
// Version 2 (read, to migrate it): every roadmap under one key, { v: 2, r: { <roadmap id>: "<packed entries>" } },
// entries packed as in progressCodec.ts; when that is large, { v: 2, z: "<base 64 of the deflated JSON of r>" }.
// The synced copy first appeared with version 2 of the entry packing, so there is no earlier version.
//
// Small matters twice here: the value travels inside Settings Sync's "extensions" resource, with every
// synced extension, and the sync service refuses resources that are too large (HTTP 413).
// zod/mini: the saved shapes are simple, and the mini build keeps zod's 100 KB out of the activation bundle.
import * as z from 'zod/mini';
import type { ProgressEntry } from '../model/status';
import type { ProgressByRoadmap } from '../model/merge';
import {
  compress,
  COMPRESS_ABOVE_CHARS,
  openPart,
  sealPart,
  type SavedPart,
  inflateStringRecord,
  describeIssue,
  isSavedId,
  packEntries,
  PROGRESS_VERSION,
  savedVersion,
  unpackEntries,
  type DecodeResult,
} from './progressCodec';

const roadmapsSchema = z.record(z.string(), z.string());
const savedSyncedProgressV2 = z.union([
  z.strictObject({ v: z.literal(2), r: roadmapsSchema }),
  z.strictObject({ v: z.literal(2), z: z.string() }),
]);
export type SavedSyncedProgress = z.infer<typeof savedSyncedProgressV2>;

export type SyncedProgress = Map<string, Map<string, ProgressEntry>>;

export function encodeSyncedProgress(progress: ProgressByRoadmap): SavedSyncedProgress {
  const roadmaps: Record<string, string> = {};
  for (const roadmapId of [...progress.keys()].sort()) {
    const entries = progress.get(roadmapId)!;
    if (entries.size > 0) roadmaps[roadmapId] = packEntries(entries);
  }
  const json = JSON.stringify(roadmaps);
  return json.length > COMPRESS_ABOVE_CHARS ? { v: PROGRESS_VERSION, z: compress(json) } : { v: PROGRESS_VERSION, r: roadmaps };
}

export function decodeSyncedProgress(value: unknown): DecodeResult<SyncedProgress> {
  if (value === undefined) return { kind: 'ok', progress: new Map() };
  const version = savedVersion(value);
  if (version !== undefined && version > PROGRESS_VERSION) return { kind: 'newer', version };
  const parsed = savedSyncedProgressV2.safeParse(value);
  if (!parsed.success) return { kind: 'corrupt', reason: describeIssue(parsed.error) };
  let roadmaps: Record<string, string>;
  if ('r' in parsed.data) {
    roadmaps = parsed.data.r;
  } else {
    const inflated = inflateStringRecord(parsed.data.z);
    if (!inflated.ok) return { kind: 'corrupt', reason: inflated.reason };
    roadmaps = inflated.record;
  }
  const progress: SyncedProgress = new Map();
  for (const [roadmapId, packed] of Object.entries(roadmaps)) {
    if (!isSavedId(roadmapId)) return { kind: 'corrupt', reason: `r: "${roadmapId.slice(0, 40)}" is not a roadmap id` };
    const unpacked = unpackEntries(packed);
    if (!unpacked.ok) return { kind: 'corrupt', reason: `r.${roadmapId}: ${unpacked.reason}` };
    progress.set(roadmapId, unpacked.progress);
  }
  return { kind: 'ok', progress };
}

// ── Version 3: one part ──────────────────────────────────────────────────────────────────────────────

/** One part of the synced copy: some topics of some roadmaps. */
export function encodeSyncedPart(progress: ProgressByRoadmap): SavedPart {
  const sections: string[] = [];
  for (const roadmapId of [...progress.keys()].sort()) {
    const entries = progress.get(roadmapId)!;
    if (entries.size > 0) sections.push(`${roadmapId}:${packEntries(entries)}`);
  }
  return sealPart(sections.join(';'));
}

export function decodeSyncedPart(value: unknown): DecodeResult<SyncedProgress> {
  const opened = openPart(value);
  if (opened.kind !== 'ok') return opened;
  const progress: SyncedProgress = new Map();
  if (opened.payload === '') return { kind: 'ok', progress };
  for (const [index, section] of opened.payload.split(';').entries()) {
    const colon = section.indexOf(':');
    const roadmapId = section.slice(0, Math.max(0, colon));
    if (!isSavedId(roadmapId)) return { kind: 'corrupt', reason: `section ${index + 1} does not start with "<roadmap id>:"` };
    const unpacked = unpackEntries(section.slice(colon + 1));
    if (!unpacked.ok) return { kind: 'corrupt', reason: `${roadmapId}: ${unpacked.reason}` };
    progress.set(roadmapId, unpacked.progress);
  }
  return { kind: 'ok', progress };
}

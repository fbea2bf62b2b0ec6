// The saved shape of the synced copy: every roadmap's progress under one globalState key.
//
// Version 2: { v: 2, r: { <roadmap id>: "<packed entries>" } }, entries packed as in progressCodec.ts.
// The synced copy first appeared with version 2 of the entry packing, so there is no earlier version.
import { z } from 'zod';
import type { ProgressEntry } from '../model/status';
import type { ProgressByRoadmap } from '../model/merge';
import { describeIssue, isSavedId, packEntries, PROGRESS_VERSION, savedVersion, unpackEntries, type DecodeResult } from './progressCodec';

const savedSyncedProgressV2 = z.object({ v: z.literal(2), r: z.record(z.string(), z.string()) });
export type SavedSyncedProgress = z.infer<typeof savedSyncedProgressV2>;

export type SyncedProgress = Map<string, Map<string, ProgressEntry>>;

export function encodeSyncedProgress(progress: ProgressByRoadmap): SavedSyncedProgress {
  const roadmaps: Record<string, string> = {};
  for (const roadmapId of [...progress.keys()].sort()) {
    const entries = progress.get(roadmapId)!;
    if (entries.size > 0) roadmaps[roadmapId] = packEntries(entries);
  }
  return { v: PROGRESS_VERSION, r: roadmaps };
}

export function decodeSyncedProgress(value: unknown): DecodeResult<SyncedProgress> {
  if (value === undefined) return { kind: 'ok', progress: new Map() };
  const version = savedVersion(value);
  if (version !== undefined && version > PROGRESS_VERSION) return { kind: 'newer', version };
  const parsed = savedSyncedProgressV2.safeParse(value);
  if (!parsed.success) return { kind: 'corrupt', reason: describeIssue(parsed.error) };
  const progress: SyncedProgress = new Map();
  for (const [roadmapId, packed] of Object.entries(parsed.data.r)) {
    if (!isSavedId(roadmapId)) return { kind: 'corrupt', reason: `r: "${roadmapId.slice(0, 40)}" is not a roadmap id` };
    const unpacked = unpackEntries(packed);
    if (!unpacked.ok) return { kind: 'corrupt', reason: `r.${roadmapId}: ${unpacked.reason}` };
    progress.set(roadmapId, unpacked.progress);
  }
  return { kind: 'ok', progress };
}

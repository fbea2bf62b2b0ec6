// fast-check generators for progress, shared by the merge, codec and sync tests.
import fc from 'fast-check';
import { STATUSES, type ProgressEntry, type Status } from '../../src/model/status';

/** A few ids, so that copies often share topics (the interesting case for merging). */
export const topicIdArb = fc.constantFrom('http', 'rest', 'sql', 'indexes', 'caching', 'auth-basics', 'x1', 'a-b-c');
export const roadmapIdArb = fc.constantFrom('backend', 'devops', 'mine');
export const statusArb: fc.Arbitrary<Status> = fc.constantFrom(...STATUSES);

/** Times from a small range, so equal times (the tie-break) come up often. */
export const entryArb: fc.Arbitrary<ProgressEntry> = fc
  .tuple(statusArb, fc.integer({ min: 0, max: 20 }))
  .map(([status, changedAt]) => ({ status, changedAt }));

/** Realistic times: any millisecond up to the year 2100. */
export const wideEntryArb: fc.Arbitrary<ProgressEntry> = fc
  .tuple(statusArb, fc.integer({ min: 0, max: 4_102_444_800_000 }))
  .map(([status, changedAt]) => ({ status, changedAt }));

export const progressArb = (entry: fc.Arbitrary<ProgressEntry> = entryArb): fc.Arbitrary<Map<string, ProgressEntry>> =>
  fc.array(fc.tuple(topicIdArb, entry), { maxLength: 12 }).map((pairs) => new Map(pairs));

export const progressByRoadmapArb = (entry: fc.Arbitrary<ProgressEntry> = entryArb) =>
  fc.array(fc.tuple(roadmapIdArb, progressArb(entry)), { maxLength: 4 }).map((pairs) => new Map(pairs));

/** A stable, order-independent form of nested maps for deep equality. */
export function plain(value: ReadonlyMap<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of [...value.keys()].sort()) {
    const inner = value.get(key);
    out[key] = inner instanceof Map ? plain(inner) : inner;
  }
  return out;
}

// Merging progress from several places (other machines, imports): per topic the later change wins.
//
// Entries are ordered by changedAt and, for equal times, by a fixed status rank, so the order is total
// over an entry's own content. Merging takes the greater entry per topic, which makes it commutative,
// associative and idempotent whatever order copies meet in. A reset to todo is an entry like any other,
// so a newer reset beats an older status instead of being undone by it.
//
// Why a status rank and not a machine id for ties: a tie needs two changes of one topic in the same
// millisecond on two machines, and the rank settles it with no extra bytes per entry. A machine id would
// cost bytes in every entry, and two windows of one machine share it, so it would still need a second
// tie-break. Done ranks highest: when in doubt, keep the record of work.
import type { ProgressEntry, RoadmapProgress, Status } from './status';

const TIE_RANK: Readonly<Record<Status, number>> = { todo: 0, 'in-progress': 1, skipped: 2, done: 3 };

/** Progress of several roadmaps: roadmap id → topic id → entry. */
export type ProgressByRoadmap = ReadonlyMap<string, RoadmapProgress>;

/** Negative when `a` loses to `b`, positive when it wins, 0 only for equal entries. */
export function compareEntries(a: ProgressEntry, b: ProgressEntry): number {
  return a.changedAt !== b.changedAt ? a.changedAt - b.changedAt : TIE_RANK[a.status] - TIE_RANK[b.status];
}

/** The entry that wins; a missing entry always loses. */
export function laterEntry(a: ProgressEntry | undefined, b: ProgressEntry | undefined): ProgressEntry | undefined {
  if (!a) return b;
  if (!b) return a;
  return compareEntries(a, b) >= 0 ? a : b;
}

/** One roadmap's progress merged from two copies. */
export function mergeProgress(a: RoadmapProgress, b: RoadmapProgress): Map<string, ProgressEntry> {
  const merged = new Map(a);
  for (const [topicId, entry] of b) merged.set(topicId, laterEntry(merged.get(topicId), entry)!);
  return merged;
}

/** Progress of every roadmap merged from two copies. */
export function mergeAll(a: ProgressByRoadmap, b: ProgressByRoadmap): Map<string, Map<string, ProgressEntry>> {
  const merged = new Map<string, Map<string, ProgressEntry>>();
  for (const [roadmapId, progress] of a) merged.set(roadmapId, new Map(progress));
  for (const [roadmapId, progress] of b) merged.set(roadmapId, mergeProgress(merged.get(roadmapId) ?? new Map(), progress));
  return merged;
}

/** The incoming entries that would win over the current ones: exactly what merging would change. */
export function winningEntries(current: RoadmapProgress, incoming: RoadmapProgress): Map<string, ProgressEntry> {
  const winners = new Map<string, ProgressEntry>();
  for (const [topicId, entry] of incoming) {
    const existing = current.get(topicId);
    if (!existing || compareEntries(entry, existing) > 0) winners.set(topicId, entry);
  }
  return winners;
}

/** True when `a` already holds every entry of `b` (or a later one): merging `b` into `a` changes nothing. */
export function covers(a: RoadmapProgress, b: RoadmapProgress): boolean {
  return winningEntries(a, b).size === 0;
}

/** The latest change time in the progress, or 0 without entries. */
export function latestChange(progress: RoadmapProgress): number {
  let latest = 0;
  for (const entry of progress.values()) latest = Math.max(latest, entry.changedAt);
  return latest;
}

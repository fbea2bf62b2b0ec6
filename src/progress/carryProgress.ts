// Carry Progress to Roadmap: for each topic of a roadmap still to do, the status its subject has in the
// other roadmaps (the latest change wins), where one topic on each side teaches that subject. Pure:
// statuses and entries are passed in.
import { entryFor } from '../model/progress';
import type { Roadmap } from '../model/roadmap';
import type { ProgressEntry, RoadmapProgress, Status } from '../model/status';
import type { SubjectIndex } from './sameSubject';

export interface CarriedStatus {
  readonly topicId: string;
  readonly status: Status;
  readonly fromRoadmapId: string;
}

export function statusesToCarry(
  target: Roadmap,
  subjects: SubjectIndex,
  progressOf: (roadmapId: string) => RoadmapProgress,
): CarriedStatus[] {
  const targetProgress = progressOf(target.id);
  const carried: CarriedStatus[] = [];
  for (const topic of target.topics) {
    if ((entryFor(targetProgress, topic)?.status ?? 'todo') !== 'todo') continue;
    let latest: { readonly entry: ProgressEntry; readonly roadmapId: string } | undefined;
    for (const match of subjects.elsewhere({ roadmapId: target.id, topicId: topic.id })) {
      // One topic on each side, or which one would be a guess.
      if (
        match.topicIds.length !== 1 ||
        subjects.counterpart({ roadmapId: match.roadmap.id, topicId: match.topicIds[0] }, target.id) !== topic.id
      )
        continue;
      const source = match.roadmap.nodesById.get(match.topicIds[0]);
      const entry = source ? entryFor(progressOf(match.roadmap.id), source) : undefined;
      if (entry && entry.status !== 'todo' && (!latest || entry.changedAt > latest.entry.changedAt))
        latest = { entry, roadmapId: match.roadmap.id };
    }
    if (latest) carried.push({ topicId: topic.id, status: latest.entry.status, fromRoadmapId: latest.roadmapId });
  }
  return carried;
}

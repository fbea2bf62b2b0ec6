// Which saved entries belong to which topic, and which belong to none ("orphaned" progress: the topic
// left the roadmap, or the whole roadmap did). Orphaned entries are kept and shown, never deleted.
import type { Roadmap, RoadmapNode } from './roadmap';
import type { ProgressEntry, RoadmapProgress } from './status';

/** Saved id → the topics whose status it feeds: the topic with that id and topics listing it as a former id. */
export type ClaimIndex = ReadonlyMap<string, readonly RoadmapNode[]>;

const claimIndexes = new WeakMap<Roadmap, ClaimIndex>();

export function claimIndex(roadmap: Roadmap): ClaimIndex {
  let index = claimIndexes.get(roadmap);
  if (!index) {
    const claims = new Map<string, RoadmapNode[]>();
    const claim = (id: string, topic: RoadmapNode): void => {
      const topics = claims.get(id) ?? [];
      if (!topics.includes(topic)) topics.push(topic);
      claims.set(id, topics);
    };
    for (const topic of roadmap.topics) {
      claim(topic.id, topic);
      for (const formerId of topic.formerIds) claim(formerId, topic);
    }
    index = claims;
    claimIndexes.set(roadmap, index);
  }
  return index;
}

/** The topics whose status a change of the saved entry under `savedId` may change. */
export function topicsFedBy(roadmap: Roadmap, savedId: string): readonly RoadmapNode[] {
  return claimIndex(roadmap).get(savedId) ?? [];
}

export interface OrphanedEntry {
  readonly topicId: string;
  readonly entry: ProgressEntry;
}

/**
 * Entries no topic of the roadmap claims (by id or former id); without a roadmap (it
 * is not loaded any more) every entry. Sorted by id. Todo entries are left out: they carry no progress
 * to rescue (a dropped orphan is a todo entry, so the drop syncs like any other change).
 */
export function orphanedEntries(roadmap: Roadmap | undefined, progress: RoadmapProgress): OrphanedEntry[] {
  const claims = roadmap ? claimIndex(roadmap) : undefined;
  const orphans: OrphanedEntry[] = [];
  for (const [topicId, entry] of progress) {
    if (entry.status !== 'todo' && !claims?.has(topicId)) orphans.push({ topicId, entry });
  }
  return orphans.sort((a, b) => (a.topicId < b.topicId ? -1 : a.topicId > b.topicId ? 1 : 0));
}

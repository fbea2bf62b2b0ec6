// What to offer after topics changed status: a topic marked done whose sub-topics are still open offers
// to mark them done too; the last open sub-topic marked done offers to mark its parent done. Open means
// to do or in progress (a skipped sub-topic stays as it is). Pure: statuses are passed in.
import { ancestorsOf, type Roadmap, type RoadmapNode } from '../model/roadmap';
import type { Status } from '../model/status';

export type SubTopicOffer =
  | { readonly kind: 'closeSubTopics'; readonly parent: RoadmapNode; readonly openSubTopics: readonly RoadmapNode[] }
  | { readonly kind: 'closeParent'; readonly parent: RoadmapNode };

const isOpen = (status: Status): boolean => status === 'todo' || status === 'in-progress';

function subTopics(node: RoadmapNode): RoadmapNode[] {
  const found: RoadmapNode[] = [];
  const visit = (current: RoadmapNode): void => {
    for (const child of current.children) {
      if (child.kind === 'topic') found.push(child);
      visit(child);
    }
  };
  visit(node);
  return found;
}

export function subTopicOffers(
  roadmap: Roadmap,
  changedTopicIds: readonly string[],
  statusOf: (topicId: string) => Status,
): SubTopicOffer[] {
  const offers: SubTopicOffer[] = [];
  const offeredParents = new Set<string>();
  const changed = new Set(changedTopicIds);
  for (const topicId of changedTopicIds) {
    const topic = roadmap.nodesById.get(topicId);
    if (topic?.kind !== 'topic' || statusOf(topicId) !== 'done') continue;
    const open = subTopics(topic).filter((sub) => isOpen(statusOf(sub.id)));
    if (open.length > 0) offers.push({ kind: 'closeSubTopics', parent: topic, openSubTopics: open });
    const parent = ancestorsOf(roadmap, topic).find((ancestor) => ancestor.kind === 'topic');
    // A parent changed in the same step was the learner's own choice.
    if (!parent || changed.has(parent.id) || offeredParents.has(parent.id) || !isOpen(statusOf(parent.id))) continue;
    if (subTopics(parent).every((sub) => !isOpen(statusOf(sub.id)))) {
      offeredParents.add(parent.id);
      offers.push({ kind: 'closeParent', parent });
    }
  }
  return offers;
}

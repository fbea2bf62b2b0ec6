// The panel's "Also in other roadmaps" list: for each other loaded roadmap where the topic's subject
// appears, its first topic with that subject and the status there.
import type { TopicRef } from '../../contracts/topicRef';
import type { ProgressTracker } from '../../progress/progressTracker';
import type { Subjects } from '../../progress/subjects';
import type { TopicState } from '../../protocol/topicPanelProtocol';

/** The protocol's bound; no subject appears in more roadmaps than this in practice. */
const MAX_LISTED = 50;

export function sameSubjectTopics(subjects: Subjects | undefined, tracker: ProgressTracker, ref: TopicRef): TopicState['elsewhere'] {
  if (!subjects) return [];
  return subjects
    .elsewhere(ref)
    .slice(0, MAX_LISTED)
    .flatMap(({ roadmap, topicIds: [topicId] }) => {
      const topic = roadmap.nodesById.get(topicId);
      return topic
        ? [
            {
              roadmapId: roadmap.id,
              roadmapTitle: roadmap.title,
              topicId,
              topicTitle: topic.title,
              status: tracker.statusOf(roadmap.id, topicId),
            },
          ]
        : [];
    });
}

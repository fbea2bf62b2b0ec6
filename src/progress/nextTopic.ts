// The topic to continue with: the topic in progress changed most recently, else the first to do in
// roadmap order. Pure: statuses and change times are passed in.
import type { Roadmap, RoadmapNode } from '../model/roadmap';
import type { Status } from '../model/status';

export function nextTopic(
  roadmap: Roadmap,
  statusOf: (topicId: string) => Status,
  changedAtOf: (topicId: string) => number | undefined,
): RoadmapNode | undefined {
  let latest: { readonly topic: RoadmapNode; readonly at: number } | undefined;
  for (const topic of roadmap.topics) {
    if (statusOf(topic.id) !== 'in-progress') continue;
    const at = changedAtOf(topic.id) ?? 0;
    if (!latest || at > latest.at) latest = { topic, at };
  }
  return latest?.topic ?? roadmap.topics.find((topic) => statusOf(topic.id) === 'todo');
}

// A reference to one topic of one roadmap: what commands accept from the tree, the panels, tests and
// other extensions, and what the panels and workspace files are keyed by.

export interface TopicRef {
  readonly roadmapId: string;
  readonly topicId: string;
}

export function isTopicRef(value: unknown): value is TopicRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as TopicRef).roadmapId === 'string' &&
    typeof (value as TopicRef).topicId === 'string'
  );
}

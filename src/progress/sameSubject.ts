// The same subject across roadmaps: a topic's subject is the `subject` its roadmap names, else for a
// bundled roadmap the shared note it opens (roadmaps/notes/<subject>.md: the notes library has one note
// per subject). A topic that carries notes of its own only points at a note, so the note is not its
// subject (the merged roadmap's capstones). Pure: no vscode.
import type { Roadmap, RoadmapNode } from '../model/roadmap';
import type { TopicRef } from '../contracts/topicRef';

export interface SubjectSource {
  readonly roadmap: Roadmap;
  readonly origin: 'bundled' | 'workspace';
}

const NOTE_SUBJECT = /^notes\/([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

export function subjectOf(node: RoadmapNode, origin: 'bundled' | 'workspace'): string | undefined {
  if (node.kind !== 'topic') return undefined;
  if (node.subject) return node.subject;
  if (origin !== 'bundled' || node.notes !== undefined || !node.noteFile) return undefined;
  return NOTE_SUBJECT.exec(node.noteFile)?.[1];
}

export interface SameSubjectMatch {
  readonly roadmap: Roadmap;
  /** Every topic of that roadmap with the subject. */
  readonly topicIds: readonly [string, ...string[]];
}

/** Subject → roadmap → topics, built once per catalog load in one pass over every topic. */
export class SubjectIndex {
  private readonly bySubject = new Map<string, Map<string, { roadmap: Roadmap; topicIds: [string, ...string[]] }>>();
  private readonly subjects = new Map<string, string>();

  constructor(sources: readonly SubjectSource[]) {
    for (const { roadmap, origin } of sources) {
      for (const topic of roadmap.topics) {
        const subject = subjectOf(topic, origin);
        if (!subject) continue;
        this.subjects.set(key(roadmap.id, topic.id), subject);
        const roadmaps = this.bySubject.get(subject) ?? new Map<string, { roadmap: Roadmap; topicIds: [string, ...string[]] }>();
        const entry = roadmaps.get(roadmap.id);
        if (entry) entry.topicIds.push(topic.id);
        else roadmaps.set(roadmap.id, { roadmap, topicIds: [topic.id] });
        this.bySubject.set(subject, roadmaps);
      }
    }
  }

  subjectOf(ref: TopicRef): string | undefined {
    return this.subjects.get(key(ref.roadmapId, ref.topicId));
  }

  /** The other roadmaps where the topic's subject appears, in the order the roadmaps were given. */
  elsewhere(ref: TopicRef): SameSubjectMatch[] {
    const subject = this.subjectOf(ref);
    const roadmaps = subject ? this.bySubject.get(subject) : undefined;
    if (!roadmaps) return [];
    return [...roadmaps.values()].filter((entry) => entry.roadmap.id !== ref.roadmapId);
  }

  /**
   * The one topic in the given roadmap that teaches the same subject, for carrying a status over; none
   * when that roadmap has no such topic or several (which one would be a guess).
   */
  counterpart(ref: TopicRef, roadmapId: string): string | undefined {
    const match = this.elsewhere(ref).find((entry) => entry.roadmap.id === roadmapId);
    return match?.topicIds.length === 1 ? match.topicIds[0] : undefined;
  }
}

function key(roadmapId: string, topicId: string): string {
  return `${roadmapId}\u0000${topicId}`;
}

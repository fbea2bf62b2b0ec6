// Counting progress over a roadmap, kept up to date incrementally so a status change touches only the
// changed topic's ancestors instead of recounting the tree.
import { laterEntry } from './merge';
import { ancestorsOf, type Roadmap, type RoadmapNode } from './roadmap';
import type { ProgressEntry, RoadmapProgress, Status } from './status';

export interface Counts {
  readonly done: number;
  readonly inProgress: number;
  readonly skipped: number;
  /** Topics that count towards completion: every topic except skipped ones. */
  readonly total: number;
}

export const EMPTY_COUNTS: Counts = { done: 0, inProgress: 0, skipped: 0, total: 0 };

/** The saved entry for a node, following its former ids; the latest change wins, as when merging. */
export function entryFor(progress: RoadmapProgress, node: RoadmapNode): ProgressEntry | undefined {
  let latest = progress.get(node.id);
  for (const formerId of node.formerIds) latest = laterEntry(latest, progress.get(formerId));
  return latest;
}

export function statusFor(progress: RoadmapProgress, node: RoadmapNode): Status {
  return node.kind === 'topic' ? (entryFor(progress, node)?.status ?? 'todo') : 'todo';
}

/** Done / total as a whole percentage; 100 when nothing is left to do. */
export function percentDone(counts: Counts): number {
  return counts.total === 0 ? 100 : Math.floor((counts.done / counts.total) * 100);
}

function countOf(status: Status): Counts {
  return {
    done: status === 'done' ? 1 : 0,
    inProgress: status === 'in-progress' ? 1 : 0,
    skipped: status === 'skipped' ? 1 : 0,
    total: status === 'skipped' ? 0 : 1,
  };
}

function add(a: Counts, b: Counts, sign: 1 | -1 = 1): Counts {
  return {
    done: a.done + sign * b.done,
    inProgress: a.inProgress + sign * b.inProgress,
    skipped: a.skipped + sign * b.skipped,
    total: a.total + sign * b.total,
  };
}

/**
 * Counts of the topics below every node (a node's own status is not part of its count), plus the whole
 * roadmap's. Built in one pass; `update` adjusts only the ancestors of the changed topics.
 */
export class ProgressCounter {
  private readonly below = new Map<string, Counts>();
  private readonly statuses = new Map<string, Status>();
  private roadmapCounts: Counts = EMPTY_COUNTS;

  constructor(
    private readonly roadmap: Roadmap,
    progress: RoadmapProgress,
  ) {
    const visit = (node: RoadmapNode): Counts => {
      let counts = EMPTY_COUNTS;
      for (const child of node.children) {
        counts = add(counts, visit(child));
        if (child.kind === 'topic') counts = add(counts, countOf(this.statuses.get(child.id) ?? 'todo'));
      }
      this.below.set(node.id, counts);
      return counts;
    };
    for (const topic of roadmap.topics) this.statuses.set(topic.id, statusFor(progress, topic));
    for (const node of roadmap.nodes) {
      this.roadmapCounts = add(this.roadmapCounts, visit(node));
      if (node.kind === 'topic') this.roadmapCounts = add(this.roadmapCounts, countOf(this.statusOf(node.id)));
    }
  }

  statusOf(topicId: string): Status {
    return this.statuses.get(topicId) ?? 'todo';
  }

  /** Counts of the topics below a node, or of the whole roadmap when no node is given. */
  countsOf(nodeId?: string): Counts {
    return nodeId === undefined ? this.roadmapCounts : (this.below.get(nodeId) ?? EMPTY_COUNTS);
  }

  /**
   * Applies new statuses and returns the ids of every node whose status or counts changed (the topics
   * themselves and their ancestors), for a precise tree refresh.
   */
  update(changes: ReadonlyMap<string, Status>): Set<string> {
    const touched = new Set<string>();
    for (const [topicId, status] of changes) {
      const node = this.roadmap.nodesById.get(topicId);
      const previous = this.statuses.get(topicId);
      if (!node || node.kind !== 'topic' || previous === undefined || previous === status) continue;
      this.statuses.set(topicId, status);
      touched.add(topicId);
      const delta = add(countOf(status), countOf(previous), -1);
      for (const ancestor of ancestorsOf(this.roadmap, node)) {
        this.below.set(ancestor.id, add(this.below.get(ancestor.id) ?? EMPTY_COUNTS, delta));
        touched.add(ancestor.id);
      }
      this.roadmapCounts = add(this.roadmapCounts, delta);
    }
    return touched;
  }

  /** The topic to work on next: the first one in progress, else the first to do, in reading order. */
  nextTopic(): RoadmapNode | undefined {
    const topics = this.roadmap.topics;
    return topics.find((topic) => this.statusOf(topic.id) === 'in-progress') ?? topics.find((topic) => this.statusOf(topic.id) === 'todo');
  }
}

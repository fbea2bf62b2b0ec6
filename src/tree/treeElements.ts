// The elements of the Roadmaps tree. Instances are cached per id so that firing
// onDidChangeTreeData with an element refreshes exactly that row.
import type { Problem } from '../model/problems';

export interface RoadmapElement {
  readonly kind: 'roadmap';
  readonly roadmapId: string;
}

export interface NodeElement {
  readonly kind: 'node';
  readonly roadmapId: string;
  readonly nodeId: string;
}

export interface BrokenRoadmapElement {
  readonly kind: 'broken';
  readonly key: string;
}

export interface ProblemElement {
  readonly kind: 'problem';
  readonly brokenKey: string;
  readonly problem: Problem;
  readonly index: number;
}

export type TreeElement = RoadmapElement | NodeElement | BrokenRoadmapElement | ProblemElement;

/** A reference to a topic that commands accept from tests, URIs or other views. */
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

export class ElementCache {
  private readonly roadmaps = new Map<string, RoadmapElement>();
  private readonly nodes = new Map<string, NodeElement>();

  roadmap(roadmapId: string): RoadmapElement {
    let element = this.roadmaps.get(roadmapId);
    if (!element) {
      element = { kind: 'roadmap', roadmapId };
      this.roadmaps.set(roadmapId, element);
    }
    return element;
  }

  node(roadmapId: string, nodeId: string): NodeElement {
    const key = `${roadmapId}/${nodeId}`;
    let element = this.nodes.get(key);
    if (!element) {
      element = { kind: 'node', roadmapId, nodeId };
      this.nodes.set(key, element);
    }
    return element;
  }

  clear(): void {
    this.roadmaps.clear();
    this.nodes.clear();
  }
}

// The elements of the Roadmaps tree. Instances are cached per id so that firing
// onDidChangeTreeData with an element refreshes exactly that row.
import type { Problem } from '../../model/problems';

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

/** "Orphaned progress": under a loaded roadmap, or (without roadmapId) at the top for roadmaps that vanished. */
export interface OrphanGroupElement {
  readonly kind: 'orphanGroup';
  readonly roadmapId: string | undefined;
}

/** A roadmap that is not loaded any more but has saved progress; a child of the top-level group. */
export interface VanishedRoadmapElement {
  readonly kind: 'vanishedRoadmap';
  readonly roadmapId: string;
}

/** Saved progress no topic claims. */
export interface OrphanElement {
  readonly kind: 'orphan';
  readonly roadmapId: string;
  readonly topicId: string;
}

export type TreeElement =
  RoadmapElement | NodeElement | BrokenRoadmapElement | ProblemElement | OrphanGroupElement | VanishedRoadmapElement | OrphanElement;

export class ElementCache {
  private readonly roadmaps = new Map<string, RoadmapElement>();
  private readonly nodes = new Map<string, NodeElement>();
  private readonly orphanGroups = new Map<string, OrphanGroupElement>();
  private readonly vanished = new Map<string, VanishedRoadmapElement>();
  private readonly orphans = new Map<string, OrphanElement>();

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

  orphanGroup(roadmapId: string | undefined): OrphanGroupElement {
    return cached(this.orphanGroups, roadmapId ?? '', () => ({ kind: 'orphanGroup', roadmapId }));
  }

  vanishedRoadmap(roadmapId: string): VanishedRoadmapElement {
    return cached(this.vanished, roadmapId, () => ({ kind: 'vanishedRoadmap', roadmapId }));
  }

  orphan(roadmapId: string, topicId: string): OrphanElement {
    return cached(this.orphans, `${roadmapId}/${topicId}`, () => ({ kind: 'orphan', roadmapId, topicId }));
  }

  clear(): void {
    this.roadmaps.clear();
    this.nodes.clear();
    this.orphanGroups.clear();
    this.vanished.clear();
    this.orphans.clear();
  }
}

function cached<T>(elements: Map<string, T>, key: string, create: () => T): T {
  let element = elements.get(key);
  if (!element) {
    element = create();
    elements.set(key, element);
  }
  return element;
}

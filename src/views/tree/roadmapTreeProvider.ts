// The Roadmaps view's data: roadmaps → groups → topics. A status change refreshes only the changed
// topics and their ancestors; only a change of the roadmaps themselves refreshes the whole tree.
import * as vscode from 'vscode';
import type { ProgressTracker } from '../../progress/progressTracker';
import type { BrokenRoadmap, RoadmapCatalog } from '../../roadmaps/roadmapCatalog';
import type { ProgressStore } from '../../store/progressStore';
import { ElementCache, type BrokenRoadmapElement, type NodeElement, type TreeElement } from './treeElements';
import { orphanGroupTreeItem, orphanTreeItem, vanishedRoadmapTreeItem } from './orphanTreeItems';
import type { CheckMarkSource } from './checkMark';
import { brokenRoadmapTreeItem, nodeTreeItem, problemTreeItem, roadmapTreeItem } from './treeItems';

export class RoadmapTreeProvider implements vscode.TreeDataProvider<TreeElement>, vscode.Disposable {
  private readonly elements = new ElementCache();
  private readonly changed = new vscode.EventEmitter<TreeElement | TreeElement[] | undefined>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly catalog: RoadmapCatalog,
    private readonly tracker: ProgressTracker,
    private readonly store: ProgressStore,
    private readonly checkMarks?: CheckMarkSource,
  ) {
    this.subscriptions = [
      ...(checkMarks ? [checkMarks.onDidChange((ref) => ref && this.changed.fire(this.elements.node(ref.roadmapId, ref.topicId)))] : []),
      catalog.onDidChange(() => {
        this.elements.clear();
        this.changed.fire(undefined);
      }),
      tracker.onDidChange(({ roadmapId, nodeIds }) => {
        const changed: TreeElement[] = [this.elements.roadmap(roadmapId)];
        for (const nodeId of nodeIds) changed.push(this.elements.node(roadmapId, nodeId));
        this.changed.fire(changed);
      }),
      // Orphaned progress appearing or going changes a roadmap's children (or the top level's).
      tracker.onDidChangeOrphans(({ roadmapId }) => {
        this.changed.fire(this.catalog.get(roadmapId) ? this.elements.roadmap(roadmapId) : undefined);
      }),
    ];
  }

  getTreeItem(element: TreeElement): vscode.TreeItem {
    switch (element.kind) {
      case 'roadmap': {
        const roadmap = this.catalog.get(element.roadmapId)?.roadmap;
        const counter = this.tracker.counter(element.roadmapId);
        if (!roadmap || !counter) return new vscode.TreeItem(element.roadmapId);
        return roadmapTreeItem(roadmap, counter.countsOf());
      }
      case 'node': {
        const roadmap = this.catalog.get(element.roadmapId)?.roadmap;
        const node = roadmap?.nodesById.get(element.nodeId);
        const counter = this.tracker.counter(element.roadmapId);
        if (!roadmap || !node || !counter) return new vscode.TreeItem(element.nodeId);
        const status = counter.statusOf(node.id);
        const checkMark = this.checkMarks?.markOf({ roadmapId: roadmap.id, topicId: node.id });
        return nodeTreeItem(roadmap, node, status, this.store.get(roadmap.id, node.id), counter.countsOf(node.id), checkMark);
      }
      case 'broken': {
        const entry = this.broken(element.key);
        return entry ? brokenRoadmapTreeItem(entry) : new vscode.TreeItem(element.key);
      }
      case 'problem': {
        const entry = this.broken(element.brokenKey);
        return entry ? problemTreeItem(entry, element.index) : new vscode.TreeItem(element.problem.message);
      }
      case 'orphanGroup':
        return orphanGroupTreeItem(
          element.roadmapId,
          element.roadmapId === undefined ? this.tracker.vanishedRoadmapIds().length : this.tracker.orphans(element.roadmapId).length,
        );
      case 'vanishedRoadmap':
        return vanishedRoadmapTreeItem(element.roadmapId, this.tracker.orphans(element.roadmapId).length);
      case 'orphan': {
        const orphan = this.tracker.orphans(element.roadmapId).find(({ topicId }) => topicId === element.topicId);
        return orphan ? orphanTreeItem(element.roadmapId, orphan) : new vscode.TreeItem(element.topicId);
      }
    }
  }

  getChildren(element?: TreeElement): TreeElement[] {
    if (!element) {
      const roots: TreeElement[] = this.catalog.all().map((entry) =>
        entry.kind === 'loaded' ? this.elements.roadmap(entry.roadmap.id) : ({ kind: 'broken', key: entry.key } satisfies BrokenRoadmapElement),
      );
      if (this.tracker.vanishedRoadmapIds().length > 0) roots.push(this.elements.orphanGroup(undefined));
      return roots;
    }
    switch (element.kind) {
      case 'roadmap': {
        const roadmap = this.catalog.get(element.roadmapId)?.roadmap;
        const children: TreeElement[] = roadmap?.nodes.map((node) => this.elements.node(roadmap.id, node.id)) ?? [];
        if (roadmap && this.tracker.orphans(roadmap.id).length > 0) children.push(this.elements.orphanGroup(roadmap.id));
        return children;
      }
      case 'orphanGroup':
        return element.roadmapId === undefined
          ? this.tracker.vanishedRoadmapIds().map((roadmapId) => this.elements.vanishedRoadmap(roadmapId))
          : this.orphanElements(element.roadmapId);
      case 'vanishedRoadmap':
        return this.orphanElements(element.roadmapId);
      case 'orphan':
        return [];
      case 'node': {
        const node = this.catalog.get(element.roadmapId)?.roadmap.nodesById.get(element.nodeId);
        return node?.children.map((child) => this.elements.node(element.roadmapId, child.id)) ?? [];
      }
      case 'broken': {
        const entry = this.broken(element.key);
        return entry?.problems.map((problem, index) => ({ kind: 'problem', brokenKey: entry.key, problem, index })) ?? [];
      }
      case 'problem':
        return [];
    }
  }

  getParent(element: TreeElement): TreeElement | undefined {
    switch (element.kind) {
      case 'orphanGroup':
        return element.roadmapId === undefined ? undefined : this.elements.roadmap(element.roadmapId);
      case 'vanishedRoadmap':
        return this.elements.orphanGroup(undefined);
      case 'orphan':
        return this.catalog.get(element.roadmapId)
          ? this.elements.orphanGroup(element.roadmapId)
          : this.elements.vanishedRoadmap(element.roadmapId);
    }
    if (element.kind !== 'node') return undefined;
    const node = this.catalog.get(element.roadmapId)?.roadmap.nodesById.get(element.nodeId);
    if (!node) return undefined;
    return node.parentId === undefined
      ? this.elements.roadmap(element.roadmapId)
      : this.elements.node(element.roadmapId, node.parentId);
  }

  /** The cached element of a node, for `TreeView.reveal`. */
  nodeElement(roadmapId: string, nodeId: string): NodeElement {
    return this.elements.node(roadmapId, nodeId);
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.changed.dispose();
  }

  private orphanElements(roadmapId: string): TreeElement[] {
    return this.tracker.orphans(roadmapId).map(({ topicId }) => this.elements.orphan(roadmapId, topicId));
  }

  private broken(key: string): BrokenRoadmap | undefined {
    return this.catalog.all().find((entry): entry is BrokenRoadmap => entry.kind === 'broken' && entry.key === key);
  }
}

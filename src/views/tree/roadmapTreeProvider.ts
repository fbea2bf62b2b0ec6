// The Roadmaps view's data: the followed roadmaps (or all of them) → groups → topics, less the topics the
// view's filter hides. A status change refreshes only the changed topics and their ancestors (the whole
// roadmap while a filter is on, since rows may come and go); only a change of the roadmaps, the followed
// set or the filter refreshes the whole tree.
import * as vscode from 'vscode';
import type { FollowedRoadmaps } from '../../progress/followedRoadmaps';
import type { ProgressTracker } from '../../progress/progressTracker';
import { isFiltering, visibility, type Visibility } from '../../progress/topicFilter';
import type { ViewFilterState } from '../../progress/viewFilterState';
import type { ExpansionMemory } from './expansionMemory';
import type { Subjects } from '../../progress/subjects';
import type { BrokenRoadmap, RoadmapCatalog } from '../../roadmaps/roadmapCatalog';
import type { ProgressStore } from '../../store/progressStore';
import { ElementCache, type BrokenRoadmapElement, type NodeElement, type TreeElement } from './treeElements';
import { orphanGroupTreeItem, orphanTreeItem, vanishedRoadmapTreeItem } from './orphanTreeItems';
import type { CheckMarkSource } from './checkMark';
import { brokenRoadmapTreeItem, nodeTreeItem, problemTreeItem, roadmapTreeItem } from './treeItems';

export class RoadmapTreeProvider implements vscode.TreeDataProvider<TreeElement>, vscode.Disposable {
  private readonly elements = new ElementCache();
  private readonly visibilities = new Map<string, Visibility>();
  /** Topics shown whatever the filter says, because the learner asked to go to them. */
  private readonly kept = new Set<string>();
  private readonly changed = new vscode.EventEmitter<TreeElement | TreeElement[] | undefined>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly catalog: RoadmapCatalog,
    private readonly tracker: ProgressTracker,
    private readonly store: ProgressStore,
    private readonly followed: FollowedRoadmaps,
    private readonly filterState: ViewFilterState,
    private readonly expansion?: ExpansionMemory,
    private readonly subjects?: Subjects,
    private readonly checkMarks?: CheckMarkSource,
  ) {
    this.subscriptions = [
      ...(checkMarks ? [checkMarks.onDidChange((ref) => ref && this.changed.fire(this.elements.node(ref.roadmapId, ref.topicId)))] : []),
      catalog.onDidChange(() => {
        this.elements.clear();
        this.visibilities.clear();
        this.changed.fire(undefined);
      }),
      followed.onDidChange(() => this.changed.fire(undefined)),
      filterState.onDidChange(() => {
        this.visibilities.clear();
        this.kept.clear();
        this.changed.fire(undefined);
      }),
      tracker.onDidChange(({ roadmapId, nodeIds }) => {
        if (this.visibilities.delete(roadmapId)) {
          this.changed.fire(this.elements.roadmap(roadmapId));
          return;
        }
        const changed: TreeElement[] = [this.elements.roadmap(roadmapId)];
        for (const nodeId of nodeIds) {
          changed.push(this.elements.node(roadmapId, nodeId));
          // Their tooltips tell this topic's status ("Also in: …").
          for (const match of this.subjects?.elsewhere({ roadmapId, topicId: nodeId }) ?? []) {
            for (const topicId of match.topicIds) changed.push(this.elements.node(match.roadmap.id, topicId));
          }
        }
        this.changed.fire(changed);
      }),
      // Orphaned progress appearing or going changes a roadmap's children (or the top level's).
      tracker.onDidChangeOrphans(({ roadmapId }) => {
        this.changed.fire(this.catalog.get(roadmapId) ? this.elements.roadmap(roadmapId) : undefined);
      }),
    ];
  }

  getTreeItem(element: TreeElement): vscode.TreeItem {
    const item = this.treeItemOf(element);
    if (item.collapsibleState === vscode.TreeItemCollapsibleState.Collapsed && this.expansion?.isExpanded(item.id)) {
      item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
    }
    return item;
  }

  private treeItemOf(element: TreeElement): vscode.TreeItem {
    switch (element.kind) {
      case 'roadmap': {
        const roadmap = this.catalog.get(element.roadmapId)?.roadmap;
        const counter = this.tracker.counter(element.roadmapId);
        const entry = this.catalog.get(element.roadmapId);
        if (!roadmap || !counter || !entry) return new vscode.TreeItem(element.roadmapId);
        return roadmapTreeItem(roadmap, counter.countsOf(), { origin: entry.origin, followed: this.followed.isFollowed(entry) });
      }
      case 'node': {
        const roadmap = this.catalog.get(element.roadmapId)?.roadmap;
        const node = roadmap?.nodesById.get(element.nodeId);
        const counter = this.tracker.counter(element.roadmapId);
        if (!roadmap || !node || !counter) return new vscode.TreeItem(element.nodeId);
        const status = counter.statusOf(node.id);
        const elsewhere = (this.subjects?.elsewhere({ roadmapId: roadmap.id, topicId: node.id }) ?? []).map((match) => ({
          roadmapTitle: match.roadmap.title,
          status: this.tracker.statusOf(match.roadmap.id, match.topicIds[0]),
        }));
        const checkMark = this.checkMarks?.markOf({ roadmapId: roadmap.id, topicId: node.id });
        return nodeTreeItem(roadmap, node, status, this.store.get(roadmap.id, node.id), counter.countsOf(node.id), elsewhere, checkMark);
      }
      case 'broken': {
        const entry = this.broken(element.key);
        return entry ? brokenRoadmapTreeItem(entry) : new vscode.TreeItem(element.key);
      }
      case 'problem': {
        const entry = this.broken(element.brokenKey);
        const problem = entry?.problems[element.index];
        return entry && problem ? problemTreeItem(entry, problem, element.index) : new vscode.TreeItem(element.problem.message);
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
      // Following nothing, the view is empty so that its welcome offers Choose a Roadmap… (a broken
      // file is still reported in the Problems panel).
      if (!this.followed.showAll && this.followed.followed().length === 0) return [];
      const roots: TreeElement[] = this.catalog
        .all()
        .filter((entry) => this.followed.isShown(entry))
        .map((entry) =>
          entry.kind === 'loaded'
            ? this.elements.roadmap(entry.roadmap.id)
            : ({ kind: 'broken', key: entry.key } satisfies BrokenRoadmapElement),
        );
      if (this.tracker.vanishedRoadmapIds().length > 0) roots.push(this.elements.orphanGroup(undefined));
      return roots;
    }
    switch (element.kind) {
      case 'roadmap': {
        const roadmap = this.catalog.get(element.roadmapId)?.roadmap;
        const children: TreeElement[] = roadmap ? this.shownNodes(roadmap.id, roadmap.nodes) : [];
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
        return node ? this.shownNodes(element.roadmapId, node.children) : [];
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
    return node.parentId === undefined ? this.elements.roadmap(element.roadmapId) : this.elements.node(element.roadmapId, node.parentId);
  }

  /** The cached element of a node, for `TreeView.reveal`. */
  nodeElement(roadmapId: string, nodeId: string): NodeElement {
    return this.elements.node(roadmapId, nodeId);
  }

  /** Whether the view lists the roadmap (followed, or every roadmap shown). */
  showsRoadmap(roadmapId: string): boolean {
    const entry = this.catalog.get(roadmapId);
    return entry !== undefined && this.followed.isShown(entry);
  }

  /** What the filter leaves of a roadmap; undefined while no filter is on. */
  visibilityOf(roadmapId: string): Visibility | undefined {
    const filter = this.filterState.filter;
    if (!isFiltering(filter)) return undefined;
    let cached = this.visibilities.get(roadmapId);
    const roadmap = this.catalog.get(roadmapId)?.roadmap;
    const counter = this.tracker.counter(roadmapId);
    if (!cached && roadmap && counter) {
      const kept = new Set([...this.kept].filter((key) => key.startsWith(`${roadmapId}/`)).map((key) => key.slice(roadmapId.length + 1)));
      cached = visibility(roadmap, (topicId) => counter.statusOf(topicId), filter, kept);
      this.visibilities.set(roadmapId, cached);
    }
    return cached;
  }

  /** Shows a topic whatever the filter says until the filter changes (Go to Topic, Continue). */
  keepVisible(roadmapId: string, topicId: string): void {
    const key = `${roadmapId}/${topicId}`;
    if (this.kept.has(key)) return;
    this.kept.add(key);
    if (this.visibilities.delete(roadmapId)) this.changed.fire(this.elements.roadmap(roadmapId));
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.changed.dispose();
  }

  private shownNodes(roadmapId: string, nodes: readonly { readonly id: string }[]): NodeElement[] {
    const visible = this.visibilityOf(roadmapId)?.visible;
    return nodes.filter((node) => !visible || visible.has(node.id)).map((node) => this.elements.node(roadmapId, node.id));
  }

  private orphanElements(roadmapId: string): TreeElement[] {
    return this.tracker.orphans(roadmapId).map(({ topicId }) => this.elements.orphan(roadmapId, topicId));
  }

  private broken(key: string): BrokenRoadmap | undefined {
    return this.catalog.all().find((entry): entry is BrokenRoadmap => entry.kind === 'broken' && entry.key === key);
  }
}

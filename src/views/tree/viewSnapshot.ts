// What the Roadmaps view shows right now, read through the tree's own provider: for the tests that run
// inside VS Code (through the extension's API) and for other extensions.
import type * as vscode from 'vscode';
import type { RoadmapTreeProvider } from './roadmapTreeProvider';
import type { TreeElement } from './treeElements';

export interface RoadmapViewSnapshot {
  /** Ids of the roadmaps the view lists at its top level. */
  readonly roadmapIds: readonly string[];
  /** How many rows the top level has (roadmaps, broken files, orphaned progress). */
  readonly topLevelRows: number;
  readonly message: string | undefined;
  readonly badge: { readonly value: number; readonly tooltip: string } | undefined;
  /** Ids of the selected topics and sections. */
  readonly selectedNodeIds: readonly string[];
}

export function roadmapViewSnapshot(treeProvider: RoadmapTreeProvider, treeView: vscode.TreeView<TreeElement>): RoadmapViewSnapshot {
  const roots = treeProvider.getChildren();
  return {
    roadmapIds: roots.flatMap((root) => (root.kind === 'roadmap' ? [root.roadmapId] : [])),
    topLevelRows: roots.length,
    message: treeView.message,
    badge: treeView.badge ? { value: treeView.badge.value, tooltip: treeView.badge.tooltip } : undefined,
    selectedNodeIds: treeView.selection.flatMap((element) => (element.kind === 'node' ? [element.nodeId] : [])),
  };
}

/** Ids of the nodes the view shows under a roadmap or node (as the filter leaves them). */
export function shownChildIds(treeProvider: RoadmapTreeProvider, roadmapId: string, nodeId?: string): string[] {
  const parent: TreeElement = nodeId === undefined ? { kind: 'roadmap', roadmapId } : treeProvider.nodeElement(roadmapId, nodeId);
  return treeProvider.getChildren(parent).flatMap((child) => (child.kind === 'node' ? [child.nodeId] : []));
}

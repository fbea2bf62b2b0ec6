// Reveals a breadcrumb's roadmap or node in the Roadmaps view, using the tree's cached elements so the
// view finds the very row it shows.
import type * as vscode from 'vscode';
import type { RoadmapTreeProvider } from './roadmapTreeProvider';
import type { TreeElement } from './treeElements';

export function revealInTree(treeProvider: RoadmapTreeProvider, treeView: vscode.TreeView<TreeElement>) {
  return async (roadmapId: string, nodeId?: string): Promise<void> => {
    const element =
      nodeId === undefined
        ? treeProvider.getChildren().find((root) => root.kind === 'roadmap' && root.roadmapId === roadmapId)
        : treeProvider.nodeElement(roadmapId, nodeId);
    if (element) await treeView.reveal(element, { select: true, focus: true, expand: true });
  };
}

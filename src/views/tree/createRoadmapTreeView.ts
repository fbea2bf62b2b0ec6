// Creates the Roadmaps view: multi-select, collapse-all, a message while empty, and selection that
// makes a roadmap the one in use.
import * as vscode from 'vscode';
import { ROADMAPS_VIEW_ID } from '../../contracts/commandIds';
import type { ProgressTracker } from '../../progress/progressTracker';
import type { RoadmapCatalog } from '../../roadmaps/roadmapCatalog';
import type { ActiveRoadmap } from '../../progress/activeRoadmap';
import type { ProgressStore } from '../../store/progressStore';
import type { CheckMarkSource } from './checkMark';
import { RoadmapTreeProvider } from './roadmapTreeProvider';
import type { TreeElement } from './treeElements';

export function createRoadmapTreeView(
  extensionContext: vscode.ExtensionContext,
  catalog: RoadmapCatalog,
  tracker: ProgressTracker,
  store: ProgressStore,
  activeRoadmap: ActiveRoadmap,
  checkMarks?: CheckMarkSource,
): { treeProvider: RoadmapTreeProvider; treeView: vscode.TreeView<TreeElement> } {
  const treeProvider = new RoadmapTreeProvider(catalog, tracker, store, checkMarks);
  const treeView = vscode.window.createTreeView(ROADMAPS_VIEW_ID, {
    treeDataProvider: treeProvider,
    showCollapseAll: true,
    canSelectMany: true,
  });
  extensionContext.subscriptions.push(
    treeProvider,
    treeView,
    catalog.onDidChange(() => {
      treeView.message = catalog.all().length === 0 ? 'No roadmaps found. Add a *.roadmap.yaml file to the workspace.' : undefined;
    }),
    treeView.onDidChangeSelection(({ selection }) => {
      const first = selection[0];
      if (first && (first.kind === 'roadmap' || first.kind === 'node')) void activeRoadmap.use(first.roadmapId);
    }),
  );
  return { treeProvider, treeView };
}

// What command handlers work with; passed in by extension.ts, never global.
import type * as vscode from 'vscode';
import type { TopicPanelController } from '../panel/topicPanelController';
import type { ProgressTracker } from '../progress/progressTracker';
import type { RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import type { ActiveRoadmap } from '../status/activeRoadmap';
import type { ProgressStore } from '../store/progressStore';
import type { RoadmapTreeProvider } from '../tree/roadmapTreeProvider';
import type { TreeElement } from '../tree/treeElements';

export interface CommandContext {
  readonly catalog: RoadmapCatalog;
  readonly store: ProgressStore;
  readonly tracker: ProgressTracker;
  readonly treeProvider: RoadmapTreeProvider;
  readonly treeView: vscode.TreeView<TreeElement>;
  readonly activeRoadmap: ActiveRoadmap;
  readonly topicPanels: TopicPanelController;
}

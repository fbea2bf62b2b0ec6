// What command handlers work with; passed in by extension.ts, never global.
import type * as vscode from 'vscode';
import type { ChecksFeature } from '../checks/registerChecks';
import type { TopicPanelController } from '../views/panel/topicPanelController';
import type { MapPanelController } from '../views/map/mapPanelController';
import type { ProgressTracker } from '../progress/progressTracker';
import type { RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import type { ActiveRoadmap } from '../progress/activeRoadmap';
import type { FollowedRoadmaps } from '../progress/followedRoadmaps';
import type { Subjects } from '../progress/subjects';
import type { ViewFilterState } from '../progress/viewFilterState';
import type { ProgressStore } from '../store/progressStore';
import type { RoadmapTreeProvider } from '../views/tree/roadmapTreeProvider';
import type { TreeElement } from '../views/tree/treeElements';

export interface CommandContext {
  readonly catalog: RoadmapCatalog;
  readonly store: ProgressStore;
  readonly tracker: ProgressTracker;
  readonly treeProvider: RoadmapTreeProvider;
  readonly treeView: vscode.TreeView<TreeElement>;
  readonly activeRoadmap: ActiveRoadmap;
  readonly topicPanels: TopicPanelController;
  readonly followed: FollowedRoadmaps;
  readonly filterState: ViewFilterState;
  readonly subjects: Subjects;
  readonly checks: ChecksFeature;
  readonly mapPanels: MapPanelController;
}

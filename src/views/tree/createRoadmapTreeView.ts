// Creates the Roadmaps view: multi-select, collapse-all, a badge with the topics in progress, and a
// message that says what the filter hides or that no roadmap was found. Selecting a row does not change
// the roadmap in use: only a status change does.
import * as vscode from 'vscode';
import { ROADMAPS_VIEW_ID } from '../../contracts/commandIds';
import type { FollowedRoadmaps } from '../../progress/followedRoadmaps';
import type { ProgressTracker } from '../../progress/progressTracker';
import { describeHidden, isFiltering } from '../../progress/topicFilter';
import type { Subjects } from '../../progress/subjects';
import type { ViewFilterState } from '../../progress/viewFilterState';
import type { RoadmapCatalog } from '../../roadmaps/roadmapCatalog';
import type { ProgressStore } from '../../store/progressStore';
import { ExpansionMemory } from './expansionMemory';
import type { CheckMarkSource } from './checkMark';
import { RoadmapTreeProvider } from './roadmapTreeProvider';
import type { TreeElement } from './treeElements';
import { displayFormat } from '../../platform/displayLanguage';

/** Context key: true once the roadmaps have loaded, so the welcome replaces "Loading roadmaps…". */
export const LOADED_CONTEXT_KEY = 'roadmapTracker.loaded';

export interface RoadmapTreeSources {
  readonly catalog: RoadmapCatalog;
  readonly tracker: ProgressTracker;
  readonly store: ProgressStore;
  readonly followed: FollowedRoadmaps;
  readonly filterState: ViewFilterState;
  readonly subjects: Subjects;
  readonly checkMarks?: CheckMarkSource;
}

export function createRoadmapTreeView(
  extensionContext: vscode.ExtensionContext,
  { catalog, tracker, store, followed, filterState, subjects, checkMarks }: RoadmapTreeSources,
): { treeProvider: RoadmapTreeProvider; treeView: vscode.TreeView<TreeElement> } {
  const expansion = new ExpansionMemory(extensionContext.workspaceState);
  const treeProvider = new RoadmapTreeProvider(catalog, tracker, store, followed, filterState, expansion, subjects, checkMarks);
  const treeView = vscode.window.createTreeView(ROADMAPS_VIEW_ID, {
    treeDataProvider: treeProvider,
    showCollapseAll: true,
    canSelectMany: true,
  });

  const shownRoadmapIds = (): string[] =>
    catalog
      .loaded()
      .filter((entry) => followed.isShown(entry))
      .map((entry) => entry.roadmap.id);

  const updateMessage = (): void => {
    if (catalog.all().length === 0) {
      treeView.message = vscode.l10n.t('No roadmaps found. Add a *.roadmap.yaml file to the workspace.');
      return;
    }
    const filter = filterState.filter;
    if (!isFiltering(filter)) {
      treeView.message = undefined;
      return;
    }
    let shown = 0;
    let total = 0;
    for (const roadmapId of shownRoadmapIds()) {
      const visibility = treeProvider.visibilityOf(roadmapId);
      shown += visibility?.shownTopics ?? 0;
      total += visibility?.totalTopics ?? 0;
    }
    const format = displayFormat();
    treeView.message = vscode.l10n.t('{0} · {1} of {2} shown', describeHidden(filter), format.number(shown), format.number(total));
  };

  const updateBadge = (): void => {
    const inProgress = followed.followed().reduce((sum, entry) => sum + (tracker.counter(entry.roadmap.id)?.countsOf().inProgress ?? 0), 0);
    treeView.badge =
      inProgress > 0
        ? {
            value: inProgress,
            tooltip: displayFormat().plural(inProgress, {
              one: (n) => vscode.l10n.t('{0} topic in progress', n),
              other: (n) => vscode.l10n.t('{0} topics in progress', n),
            }),
          }
        : undefined;
  };

  const update = (): void => {
    updateMessage();
    updateBadge();
  };

  extensionContext.subscriptions.push(
    treeProvider,
    treeView,
    ...expansion.track(treeView, (element) => treeProvider.getTreeItem(element).id),
    catalog.onDidChange(() => {
      void vscode.commands.executeCommand('setContext', LOADED_CONTEXT_KEY, true);
      update();
    }),
    followed.onDidChange(update),
    filterState.onDidChange(update),
    tracker.onDidChange(update),
  );
  void followed.updateContext();
  void filterState.updateContext();
  return { treeProvider, treeView };
}

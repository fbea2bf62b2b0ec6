// Wires the features together; each feature registers itself and its disposables.
import * as vscode from 'vscode';
import { createPublicApi, type RoadmapTrackerApi } from './api/publicApi';
import { createTestHooks } from './api/testHooks';
import { registerCommands } from './commands/registerCommands';
import { createMarkdownRenderer } from './views/panel/markdown';
import { revealInTree } from './views/tree/revealInTree';
import { registerTopicPanel } from './views/panel/topicPanelController';
import { registerMapPanel } from './views/map/mapPanelController';
import { registerActivity } from './sync/registerActivity';
import { registerPracticeActivity } from './workspaceFiles/practiceActivity';
import { registerProgressView } from './views/progressView/progressViewProvider';
import { activityStatusLine } from './views/progressView/activityStatusLine';
import { ProgressTracker } from './progress/progressTracker';
import { registerBrokenRoadmapLog } from './roadmaps/registerBrokenRoadmapLog';
import { RoadmapCatalog } from './roadmaps/roadmapCatalog';
import { ActiveRoadmap } from './progress/activeRoadmap';
import { FollowedRoadmaps } from './progress/followedRoadmaps';
import { ViewFilterState } from './progress/viewFilterState';
import { Subjects } from './progress/subjects';
import { registerSameSubjectOffer } from './commands/sameSubjectOffer';
import { registerProgressStatusBar } from './views/progressStatusBar';
import { ProgressStore } from './store/progressStore';
import { registerSetAsideWarnings } from './store/registerSetAsideWarnings';
import { registerProgressSync } from './sync/registerProgressSync';
import { createRoadmapTreeView } from './views/tree/createRoadmapTreeView';
import { settings } from './platform/settings';
import { registerWorkspaceRoadmaps } from './roadmaps/registerWorkspaceRoadmaps';
import { registerChecks } from './checks/registerChecks';
import { shareL10nBundle } from './platform/sharedL10n';
import { afterActivation } from './platform/afterActivation';

export function activate(context: vscode.ExtensionContext): RoadmapTrackerApi {
  shareL10nBundle();
  const log = vscode.window.createOutputChannel('Roadmap Tracker', { log: true });
  const store = new ProgressStore(context.workspaceState);
  const catalog = new RoadmapCatalog(vscode.Uri.joinPath(context.extensionUri, 'roadmaps'), () => settings().workspaceRoadmapGlobs);
  const tracker = new ProgressTracker(catalog, store);
  const followed = new FollowedRoadmaps(context.globalState, context.workspaceState, catalog, () => store.roadmapIds());
  const filterState = new ViewFilterState(context.workspaceState);
  const subjects = new Subjects(catalog);
  const activeRoadmap = new ActiveRoadmap(context.workspaceState, catalog, store, followed);
  context.subscriptions.push(log, store, catalog, tracker, followed, filterState, subjects, activeRoadmap);
  // Started right after activation (its start requires and runs the workspace search), so the features
  // have subscribed before it reports.
  const ready = new Promise<void>((resolve) => afterActivation(context, resolve))
    .then(() => catalog.reload())
    .catch((failure) => log.error('Loading roadmaps failed', failure));

  registerSetAsideWarnings(context, store, log);
  const progressSync = registerProgressSync(context, store, catalog, log);
  const activity = registerActivity(context, store, log);
  registerPracticeActivity(context, catalog, store, activity, log);
  const checks = registerChecks(context, catalog, tracker, log);
  const { treeProvider, treeView } = createRoadmapTreeView(context, {
    catalog,
    tracker,
    store,
    followed,
    filterState,
    subjects,
    checkMarks: checks,
  });
  const topicPanels = registerTopicPanel(context, {
    extensionUri: context.extensionUri,
    catalog,
    tracker,
    log,
    renderer: createMarkdownRenderer({ headingOffset: 2, l10nBundle: vscode.l10n.bundle }),
    subjects,
    roadmapsLoaded: ready,
    revealInTree: revealInTree(treeProvider, treeView),
    checks,
  });
  const mapPanels = registerMapPanel(context, {
    extensionUri: context.extensionUri,
    catalog,
    tracker,
    log,
    roadmapsLoaded: ready,
    report: context.extensionMode === vscode.ExtensionMode.Test,
  });
  const progressView = registerProgressView(context, {
    extensionUri: context.extensionUri,
    catalog,
    tracker,
    activity,
    followed,
    log,
    report: context.extensionMode === vscode.ExtensionMode.Test,
    checkMarks: checks,
  });
  const commandContext = {
    catalog,
    store,
    tracker,
    treeProvider,
    treeView,
    activeRoadmap,
    topicPanels,
    followed,
    filterState,
    subjects,
    checks,
    mapPanels,
  };
  registerCommands(context, commandContext, log);
  registerSameSubjectOffer(context, commandContext);
  registerProgressStatusBar(context, catalog, tracker, activeRoadmap, activityStatusLine(activity));
  registerWorkspaceRoadmaps(context, catalog, log);

  registerBrokenRoadmapLog(context, catalog, log);

  const testHooks = () =>
    createTestHooks({
      extensionContext: context,
      ready,
      catalog,
      store,
      tracker,
      treeProvider,
      treeView,
      topicPanels,
      checks,
      mapPanels,
      activity,
      progressView,
      syncNow: async () => void (await progressSync.sync()),
      noticeSyncedChange: () => followed.checkForSyncedChange(),
    });
  return createPublicApi({ extensionContext: context, ready, catalog, tracker, testHooks });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

// Wires the features together; each feature registers itself and its disposables.
import * as vscode from 'vscode';
import type { RoadmapTrackerApi } from './api';
import { registerCommands } from './commands/registerCommands';
import { createMarkdownRenderer } from './panel/markdown';
import { revealInTree } from './panel/revealInTree';
import { registerTopicPanel } from './panel/topicPanelController';
import { ProgressTracker } from './progress/progressTracker';
import { RoadmapCatalog } from './roadmaps/roadmapCatalog';
import { ActiveRoadmap } from './status/activeRoadmap';
import { registerProgressStatusBar } from './status/progressStatusBar';
import { ProgressStore } from './store/progressStore';
import { registerSetAsideWarnings } from './store/registerSetAsideWarnings';
import { registerProgressSync } from './sync/registerProgressSync';
import { settingsSyncTestHooks } from './sync/settingsSyncTestHooks';
import { createRoadmapTreeView } from './tree/createRoadmapTreeView';
import { settings, SETTINGS_SECTION } from './settings';
import { registerWorkspaceRoadmaps } from './workspace/registerWorkspaceRoadmaps';

export function activate(context: vscode.ExtensionContext): RoadmapTrackerApi {
  const log = vscode.window.createOutputChannel('Roadmap Tracker', { log: true });
  const store = new ProgressStore(context.workspaceState);
  const catalog = new RoadmapCatalog(vscode.Uri.joinPath(context.extensionUri, 'roadmaps'), () => settings().workspaceRoadmapGlobs);
  const tracker = new ProgressTracker(catalog, store);
  const activeRoadmap = new ActiveRoadmap(context.workspaceState, catalog, store);
  context.subscriptions.push(log, store, catalog, tracker, activeRoadmap);
  // Started before the features register; its first await lets them subscribe before it reports.
  const ready = catalog.reload().catch((failure) => log.error('Loading roadmaps failed', failure));

  registerSetAsideWarnings(context, store, log);
  const progressSync = registerProgressSync(context, store, catalog, log);
  const { treeProvider, treeView } = createRoadmapTreeView(context, catalog, tracker, store, activeRoadmap);
  const topicPanels = registerTopicPanel(context, {
    extensionUri: context.extensionUri,
    catalog,
    tracker,
    log,
    renderer: createMarkdownRenderer({ headingOffset: 2 }),
    roadmapsLoaded: ready,
    revealInTree: revealInTree(treeProvider, treeView),
  });
  registerCommands(context, { catalog, store, tracker, treeProvider, treeView, activeRoadmap, topicPanels });
  registerProgressStatusBar(context, catalog, tracker, activeRoadmap);
  registerWorkspaceRoadmaps(context, catalog);

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SETTINGS_SECTION}.workspaceRoadmaps`)) void catalog.reload();
    }),
    catalog.onDidChange(() => {
      for (const entry of catalog.all()) {
        if (entry.kind === 'broken') log.error(`${vscode.workspace.asRelativePath(entry.uri)}: ${entry.problems.map((problem) => problem.message).join('; ')}`);
      }
    }),
  );

  return {
    ready,
    roadmapIds: () => catalog.loaded().map((entry) => entry.roadmap.id),
    brokenRoadmaps: () =>
      catalog.all().flatMap((entry) => (entry.kind === 'broken' ? [{ title: entry.title, uri: entry.uri.toString(), problems: entry.problems }] : [])),
    statusOf: (roadmapId, topicId) => tracker.statusOf(roadmapId, topicId),
    countsOf: (roadmapId, nodeId) => tracker.counter(roadmapId)?.countsOf(nodeId),
    treeItem: (roadmapId, nodeId) =>
      catalog.get(roadmapId)
        ? treeProvider.getTreeItem(nodeId === undefined ? { kind: 'roadmap', roadmapId } : treeProvider.nodeElement(roadmapId, nodeId))
        : undefined,
    flush: () => store.flush(),
    syncProgress: async () => {
      await progressSync.sync();
      await store.flush();
    },
    orphanedProgress: (roadmapId) => tracker.orphans(roadmapId).map(({ topicId, entry }) => ({ topicId, status: entry.status })),
    settingsSyncTestHooks: context.extensionMode === vscode.ExtensionMode.Test ? settingsSyncTestHooks(context.globalState) : undefined,
    topicPanel: () => topicPanels.snapshot(),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

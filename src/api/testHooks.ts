// Test hooks: what the extension-host tests read and drive. They exist only when the extension runs in
// test mode (ExtensionMode.Test), as the `testHooks` member of the public API; other extensions never
// see them, so they may change with the tests.
import * as vscode from 'vscode';
import type { ChecksFeature, ChecksTestHooks } from '../checks/registerChecks';
import type { Counts } from '../model/progress';
import type { Problem } from '../model/problems';
import type { Status } from '../model/status';
import type { TopicState } from '../protocol/topicPanelProtocol';
import type { TopicPanelController } from '../views/panel/topicPanelController';
import type { MapPanelController } from '../views/map/mapPanelController';
import type { MapSnapshot } from '../views/map/mapPanel';
import type { ActivityStore } from '../store/activityHistory';
import type { ProgressViewProvider, ProgressViewSnapshot } from '../views/progressView/progressViewProvider';
import { ActivityHistory, type ActivityFact } from '../model/activity';
import type { ProgressTracker } from '../progress/progressTracker';
import type { RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import type { ProgressStore } from '../store/progressStore';
import { settingsSyncTestHooks, type SettingsSyncTestHooks } from '../sync/settingsSyncTestHooks';
import type { RoadmapTreeProvider } from '../views/tree/roadmapTreeProvider';
import type { TreeElement } from '../views/tree/treeElements';
import { roadmapViewSnapshot, shownChildIds, type RoadmapViewSnapshot } from '../views/tree/viewSnapshot';

export interface TestHooks {
  /** Resolves once the roadmaps have been loaded for the first time. */
  readonly ready: Promise<void>;
  roadmapIds(): string[];
  brokenRoadmaps(): { readonly title: string; readonly uri: string; readonly problems: readonly Problem[] }[];
  statusOf(roadmapId: string, topicId: string): Status;
  /** Counts below a node, or of the whole roadmap without a node id. */
  countsOf(roadmapId: string, nodeId?: string): Counts | undefined;
  /** The tree row the Roadmaps view shows for a roadmap or node. */
  treeItem(roadmapId: string, nodeId?: string): vscode.TreeItem | undefined;
  /** Resolves when every progress change so far is saved. */
  flush(): Promise<void>;
  /** Runs a Settings Sync merge pass now, as when the window regains focus; resolves when it is saved. */
  syncProgress(): Promise<void>;
  /** Saved progress of the roadmap that no topic claims (all of it for a roadmap that is not loaded). */
  orphanedProgress(roadmapId: string): { readonly topicId: string; readonly status: Status }[];
  /** Stand-in for Settings Sync moving the synced keys. */
  readonly settingsSyncTestHooks: SettingsSyncTestHooks;
  /** How many times the catalog has read this roadmap file (a URI string) from disk. */
  roadmapFileReads(uri: string): number;
  /** What a file event asks of the catalog: re-read these files (URI strings), searching the workspace again or not. */
  refreshRoadmaps(changedUris: readonly string[], relist: boolean): Promise<void>;
  /** The topic the topic panel shows, and the last content it sent to its page; undefined when closed. */
  topicPanel(): { readonly roadmapId: string; readonly topicId: string; readonly state?: TopicState } | undefined;
  /** What the Roadmaps view lists at its top level, its message and badge. */
  view(): RoadmapViewSnapshot;
  /** Ids of the nodes the Roadmaps view shows under a roadmap or node. */
  shownChildren(roadmapId: string, nodeId?: string): string[];
  /** The checks' Testing view items, what each run reported, and a stand-in for Restricted Mode. */
  readonly checks: ChecksTestHooks;
  /** The roadmap the map panel shows and what its page last reported drawing; undefined when closed. */
  mapPanel(): MapSnapshot | undefined;
  /** Adds facts to the activity history as if they had happened on those days; resolves once saved. */
  seedActivity(facts: readonly (ActivityFact & { readonly day: string })[]): Promise<void>;
  /** The activity facts recorded for a day (`roadmap/topic/kind letter`). */
  activityOn(day: string): readonly string[];
  /** What the Progress view computed and what its page reported showing. */
  progressView(): ProgressViewSnapshot;
  /** What the catalog said that is no problem of a file (a linked folder not searched…), since the hooks were made. */
  roadmapNotices(): readonly string[];
}

export interface TestHookSources {
  readonly extensionContext: vscode.ExtensionContext;
  readonly ready: Promise<void>;
  readonly catalog: RoadmapCatalog;
  readonly store: ProgressStore;
  readonly tracker: ProgressTracker;
  readonly treeProvider: RoadmapTreeProvider;
  readonly treeView: vscode.TreeView<TreeElement>;
  readonly topicPanels: TopicPanelController;
  readonly checks: ChecksFeature;
  readonly mapPanels: MapPanelController;
  readonly activity: ActivityStore;
  readonly progressView: ProgressViewProvider;
  readonly syncNow: () => Promise<void>;
  /** What the window does on regaining focus to notice a followed set Settings Sync replaced. */
  readonly noticeSyncedChange: () => void;
}

export function createTestHooks(sources: TestHookSources): TestHooks {
  const {
    extensionContext,
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
    syncNow,
    noticeSyncedChange,
  } = sources;
  const notices: string[] = [];
  extensionContext.subscriptions.push(catalog.onDidNotice((notice) => notices.push(notice)));
  return {
    ready,
    roadmapIds: () => catalog.loaded().map((entry) => entry.roadmap.id),
    brokenRoadmaps: () =>
      catalog
        .all()
        .flatMap((entry) => (entry.kind === 'broken' ? [{ title: entry.title, uri: entry.uri.toString(), problems: entry.problems }] : [])),
    statusOf: (roadmapId, topicId) => tracker.statusOf(roadmapId, topicId),
    countsOf: (roadmapId, nodeId) => tracker.counter(roadmapId)?.countsOf(nodeId),
    treeItem: (roadmapId, nodeId) =>
      catalog.get(roadmapId)
        ? treeProvider.getTreeItem(nodeId === undefined ? { kind: 'roadmap', roadmapId } : treeProvider.nodeElement(roadmapId, nodeId))
        : undefined,
    flush: () => store.flush(),
    syncProgress: async () => {
      await syncNow();
      await store.flush();
    },
    orphanedProgress: (roadmapId) => tracker.orphans(roadmapId).map(({ topicId, entry }) => ({ topicId, status: entry.status })),
    settingsSyncTestHooks: settingsSyncTestHooks(extensionContext.globalState, noticeSyncedChange),
    roadmapFileReads: (uri) => catalog.readCount(vscode.Uri.parse(uri)),
    refreshRoadmaps: (changedUris, relist) =>
      catalog.refresh(
        changedUris.map((uri) => vscode.Uri.parse(uri)),
        relist,
      ),
    topicPanel: () => topicPanels.snapshot(),
    view: () => roadmapViewSnapshot(treeProvider, treeView),
    shownChildren: (roadmapId, nodeId) => shownChildIds(treeProvider, roadmapId, nodeId),
    checks: checks.testHooks(),
    mapPanel: () => mapPanels.snapshot(),
    seedActivity: async (facts) => {
      const seeded = new ActivityHistory();
      for (const { day, ...fact } of facts) seeded.add(day, fact);
      await activity.mergeIn(seeded);
    },
    activityOn: (day) => activity.history().factKeys(day),
    progressView: () => progressView.snapshot(),
    roadmapNotices: () => [...notices],
  };
}

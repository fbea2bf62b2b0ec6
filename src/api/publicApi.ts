// The API other extensions get from `vscode.extensions.getExtension('roadmap-tracker.roadmap-tracker')
// .activate()`: read-only, small and versioned. A change that breaks a caller raises `version`.
// Test hooks ride along only in test mode.
import * as vscode from 'vscode';
import type { Counts } from '../model/progress';
import type { Status } from '../model/status';
import type { ProgressTracker } from '../progress/progressTracker';
import type { RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import type { TestHooks } from './testHooks';

export const API_VERSION = 1;

export interface RoadmapSummary {
  readonly id: string;
  readonly title: string;
  /** Whether the roadmap ships with the extension (else it is a workspace file). */
  readonly bundled: boolean;
}

export interface RoadmapTrackerApi {
  /** Raised whenever a member changes in a way that could break a caller. */
  readonly version: typeof API_VERSION;
  /** Resolves once the roadmaps have been loaded for the first time. */
  readonly ready: Promise<void>;
  /** The roadmaps that loaded (broken files are left out). */
  roadmaps(): readonly RoadmapSummary[];
  /** A topic's status; `todo` for a topic or roadmap the extension does not know. */
  statusOf(roadmapId: string, topicId: string): Status;
  /** Counts below a node, or of the whole roadmap without a node id; undefined for an unknown roadmap. */
  countsOf(roadmapId: string, nodeId?: string): Counts | undefined;
  /** Fires after statuses change: the roadmap, and the topics and ancestors whose counts changed. */
  readonly onDidChangeProgress: vscode.Event<{ readonly roadmapId: string; readonly nodeIds: readonly string[] }>;
  /** Only in test mode (ExtensionMode.Test). */
  readonly testHooks?: TestHooks;
}

export interface PublicApiSources {
  readonly extensionContext: vscode.ExtensionContext;
  readonly ready: Promise<void>;
  readonly catalog: RoadmapCatalog;
  readonly tracker: ProgressTracker;
  /** Made only in test mode. */
  readonly testHooks: () => TestHooks;
}

export function createPublicApi({ extensionContext, ready, catalog, tracker, testHooks }: PublicApiSources): RoadmapTrackerApi {
  const changed = new vscode.EventEmitter<{ readonly roadmapId: string; readonly nodeIds: readonly string[] }>();
  extensionContext.subscriptions.push(
    changed,
    tracker.onDidChange(({ roadmapId, nodeIds }) => changed.fire({ roadmapId, nodeIds: [...nodeIds] })),
  );
  return {
    version: API_VERSION,
    ready,
    roadmaps: () =>
      catalog.loaded().map((entry) => ({ id: entry.roadmap.id, title: entry.roadmap.title, bundled: entry.origin === 'bundled' })),
    statusOf: (roadmapId, topicId) => tracker.statusOf(roadmapId, topicId),
    countsOf: (roadmapId, nodeId) => tracker.counter(roadmapId)?.countsOf(nodeId),
    onDidChangeProgress: changed.event,
    testHooks: extensionContext.extensionMode === vscode.ExtensionMode.Test ? testHooks() : undefined,
  };
}

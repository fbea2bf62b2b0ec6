// Joins roadmaps and saved progress: keeps one ProgressCounter per loaded roadmap and tells the views
// exactly which nodes changed when a status changes, including changes saved under a former id and
// changes to progress no topic claims any more (orphans).
import * as vscode from 'vscode';
import { orphanedEntries, topicsFedBy, type OrphanedEntry } from '../model/orphans';
import { ProgressCounter, statusFor } from '../model/progress';
import type { Status } from '../model/status';
import type { RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import type { ProgressStore } from '../store/progressStore';

export interface ProgressUpdate {
  readonly roadmapId: string;
  /** Topics whose status changed and the ancestors whose counts changed with them. */
  readonly nodeIds: ReadonlySet<string>;
}

export class ProgressTracker implements vscode.Disposable {
  private readonly counters = new Map<string, ProgressCounter>();
  private readonly changed = new vscode.EventEmitter<ProgressUpdate>();
  private readonly orphansChanged = new vscode.EventEmitter<{ readonly roadmapId: string }>();
  private readonly subscriptions: vscode.Disposable[];
  /** Until the roadmaps have loaded once, no roadmap counts as vanished. */
  private catalogLoaded = false;
  readonly onDidChange = this.changed.event;
  /** Fired when a roadmap's orphaned progress may have changed (not when the roadmaps reload). */
  readonly onDidChangeOrphans = this.orphansChanged.event;

  constructor(
    private readonly catalog: RoadmapCatalog,
    private readonly store: ProgressStore,
  ) {
    this.subscriptions = [
      catalog.onDidChange(() => {
        this.catalogLoaded = true;
        this.counters.clear();
      }),
      store.onDidChange(({ roadmapId, topicIds }) => this.applyStoreChange(roadmapId, topicIds)),
    ];
  }

  /** Counts for a roadmap, built on first use. */
  counter(roadmapId: string): ProgressCounter | undefined {
    let counter = this.counters.get(roadmapId);
    if (!counter) {
      const entry = this.catalog.get(roadmapId);
      if (!entry) return undefined;
      counter = new ProgressCounter(entry.roadmap, this.store.progressOf(roadmapId));
      this.counters.set(roadmapId, counter);
    }
    return counter;
  }

  statusOf(roadmapId: string, topicId: string): Status {
    return this.counter(roadmapId)?.statusOf(topicId) ?? 'todo';
  }

  /** Saved progress of the roadmap that no topic claims; for a roadmap that is not loaded, all of it. */
  orphans(roadmapId: string): OrphanedEntry[] {
    return orphanedEntries(this.catalog.get(roadmapId)?.roadmap, this.store.progressOf(roadmapId));
  }

  /** Roadmaps with orphaned progress that are not loaded (the roadmap vanished or its id changed). */
  vanishedRoadmapIds(): string[] {
    if (!this.catalogLoaded) return [];
    return this.store
      .roadmapIds()
      .filter((roadmapId) => !this.catalog.get(roadmapId) && this.orphans(roadmapId).length > 0)
      .sort();
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.changed.dispose();
    this.orphansChanged.dispose();
  }

  private applyStoreChange(roadmapId: string, topicIds: readonly string[]): void {
    const roadmap = this.catalog.get(roadmapId)?.roadmap;
    if (!roadmap || topicIds.some((topicId) => topicsFedBy(roadmap, topicId).length === 0)) {
      this.orphansChanged.fire({ roadmapId });
    }
    const counter = this.counters.get(roadmapId);
    if (!counter || !roadmap) return; // Built lazily later, from the store's current state.
    const progress = this.store.progressOf(roadmapId);
    const statuses = new Map<string, Status>();
    for (const topicId of topicIds) {
      // An entry saved under a former id feeds the topic that now carries it.
      for (const topic of topicsFedBy(roadmap, topicId)) statuses.set(topic.id, statusFor(progress, topic));
    }
    const nodeIds = counter.update(statuses);
    if (nodeIds.size > 0) this.changed.fire({ roadmapId, nodeIds });
  }
}

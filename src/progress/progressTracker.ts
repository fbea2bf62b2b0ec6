// Joins roadmaps and saved progress: keeps one ProgressCounter per loaded roadmap and tells the views
// exactly which nodes changed when a status changes.
import * as vscode from 'vscode';
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
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly catalog: RoadmapCatalog,
    private readonly store: ProgressStore,
  ) {
    this.subscriptions = [
      catalog.onDidChange(() => this.counters.clear()),
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

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.changed.dispose();
  }

  private applyStoreChange(roadmapId: string, topicIds: readonly string[]): void {
    const counter = this.counters.get(roadmapId);
    const roadmap = this.catalog.get(roadmapId)?.roadmap;
    if (!counter || !roadmap) return; // Built lazily later, from the store's current state.
    const progress = this.store.progressOf(roadmapId);
    const statuses = new Map<string, Status>();
    for (const topicId of topicIds) {
      const node = roadmap.nodesById.get(topicId);
      if (node) statuses.set(topicId, statusFor(progress, node));
    }
    const nodeIds = counter.update(statuses);
    if (nodeIds.size > 0) this.changed.fire({ roadmapId, nodeIds });
  }
}

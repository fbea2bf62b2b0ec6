// The roadmap "in use": the one the learner last changed a status in (not one merely clicked). The
// status bar shows it and commands without a target start from it. Remembered per workspace.
import * as vscode from 'vscode';
import type { RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import type { MementoLike } from '../store/memento';
import type { ProgressStore } from '../store/progressStore';
import type { FollowedRoadmaps } from './followedRoadmaps';

const ACTIVE_ROADMAP_KEY = 'roadmapTracker.activeRoadmap';

export class ActiveRoadmap implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly memento: MementoLike,
    private readonly catalog: RoadmapCatalog,
    private readonly store: ProgressStore,
    private readonly followed: FollowedRoadmaps,
  ) {
    this.subscriptions = [
      store.onDidChange(({ roadmapId, origin }) => {
        if (origin === 'local') void this.use(roadmapId);
      }),
      followed.onDidChange(() => this.changed.fire()),
    ];
  }

  /**
   * The remembered roadmap while it loads and is followed; else the followed roadmap with the latest
   * status change; else the first followed.
   */
  get id(): string | undefined {
    const followed = this.followed.followed().map((entry) => entry.roadmap.id);
    const remembered = this.memento.get<string>(ACTIVE_ROADMAP_KEY);
    if (remembered && followed.includes(remembered)) return remembered;
    let latest: { readonly id: string; readonly at: number } | undefined;
    for (const id of followed) {
      for (const entry of this.store.progressOf(id).values()) {
        if (!latest || entry.changedAt > latest.at) latest = { id, at: entry.changedAt };
      }
    }
    return latest?.id ?? followed[0];
  }

  async use(roadmapId: string): Promise<void> {
    if (!this.catalog.get(roadmapId) || this.memento.get<string>(ACTIVE_ROADMAP_KEY) === roadmapId) return;
    await this.memento.update(ACTIVE_ROADMAP_KEY, roadmapId);
    this.changed.fire();
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.changed.dispose();
  }
}

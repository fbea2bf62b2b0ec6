// The roadmap "in use": the one the learner last worked in. The status bar shows it and commands
// without a target start from it. Remembered per workspace.
import * as vscode from 'vscode';
import type { RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import type { MementoLike } from '../store/memento';
import type { ProgressStore } from '../store/progressStore';

const ACTIVE_ROADMAP_KEY = 'roadmapTracker.activeRoadmap';

export class ActiveRoadmap implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly memento: MementoLike,
    private readonly catalog: RoadmapCatalog,
    private readonly store: ProgressStore,
  ) {}

  /** The remembered roadmap if it still loads, else the first with progress, else the first. */
  get id(): string | undefined {
    const loaded = this.catalog.loaded().map((entry) => entry.roadmap.id);
    const remembered = this.memento.get<string>(ACTIVE_ROADMAP_KEY);
    if (remembered && loaded.includes(remembered)) return remembered;
    const withProgress = new Set(this.store.roadmapIds());
    return loaded.find((id) => withProgress.has(id)) ?? loaded[0];
  }

  async use(roadmapId: string): Promise<void> {
    if (this.memento.get<string>(ACTIVE_ROADMAP_KEY) === roadmapId) return;
    await this.memento.update(ACTIVE_ROADMAP_KEY, roadmapId);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}

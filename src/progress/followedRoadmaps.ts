// Which roadmaps the learner follows, and whether the view shows the others too. Bundled roadmaps are
// followed by choice, in a synced key, so every workspace and machine follows the same ones; a
// workspace's own roadmap is followed there as soon as it is found, until the learner stops following it.
import * as vscode from 'vscode';
import { FOLLOWED_ROADMAPS_KEY, SHOW_ALL_ROADMAPS_KEY, UNFOLLOWED_WORKSPACE_ROADMAPS_KEY } from '../contracts/stateKeys';
import type { CatalogEntry, LoadedRoadmap, RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import type { MementoLike } from '../store/memento';

/** Context key that is true while the view shows every roadmap. */
export const SHOW_ALL_CONTEXT_KEY = 'roadmapTracker.showAllRoadmaps';
/** Bounds what is read back from state another machine or version wrote. */
const MAX_IDS = 500;

export class FollowedRoadmaps implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /**
   * The synced followed set as this window last wrote or adopted it (undefined: never chosen). Reads come
   * from here, not from the global state: in the web worker host, the global state can read back an
   * older value for a moment after a write, when VS Code echoes an earlier write of this extension's
   * global state back to it. The stored value is adopted where Settings Sync may have replaced it.
   */
  private saved: unknown;
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly globalState: MementoLike,
    private readonly workspaceState: MementoLike,
    private readonly catalog: RoadmapCatalog,
    /** Roadmaps with saved progress: followed by someone who used the extension before they could choose. */
    private readonly roadmapIdsWithProgress: () => readonly string[],
  ) {
    this.saved = globalState.get<unknown>(FOLLOWED_ROADMAPS_KEY);
    // Settings Sync replaces the synced key without telling the extension; focus is when it has likely run.
    this.subscriptions.push(vscode.window.onDidChangeWindowState((state) => state.focused && this.checkForSyncedChange()));
  }

  isFollowed(entry: CatalogEntry): boolean {
    if (entry.origin === 'workspace') {
      return entry.kind === 'broken' || !idList(this.workspaceState.get(UNFOLLOWED_WORKSPACE_ROADMAPS_KEY)).includes(entry.roadmap.id);
    }
    return entry.kind === 'loaded' && this.bundledIds().includes(entry.roadmap.id);
  }

  /** Whether the view lists the entry: followed, or every roadmap is shown. */
  isShown(entry: CatalogEntry): boolean {
    return this.showAll || this.isFollowed(entry);
  }

  /** The loaded roadmaps the learner follows, in the catalog's order. */
  followed(): LoadedRoadmap[] {
    return this.catalog.loaded().filter((entry) => this.isFollowed(entry));
  }

  get showAll(): boolean {
    return this.workspaceState.get<unknown>(SHOW_ALL_ROADMAPS_KEY) === true;
  }

  async setShowAll(showAll: boolean): Promise<void> {
    await this.workspaceState.update(SHOW_ALL_ROADMAPS_KEY, showAll);
    await this.updateContext();
    this.changed.fire();
  }

  /** Follows exactly the given loaded roadmaps (Choose a Roadmap…), leaving unknown ids as they are. */
  async followOnly(roadmapIds: readonly string[]): Promise<void> {
    const chosen = new Set(roadmapIds);
    const loaded = this.catalog.loaded();
    const loadedIds = new Set(loaded.map((entry) => entry.roadmap.id));
    const bundled = loaded.filter((entry) => entry.origin === 'bundled' && chosen.has(entry.roadmap.id)).map((entry) => entry.roadmap.id);
    const keptUnknown = this.bundledIds().filter((id) => !loadedIds.has(id));
    const unfollowedHere = loaded
      .filter((entry) => entry.origin === 'workspace' && !chosen.has(entry.roadmap.id))
      .map((entry) => entry.roadmap.id);
    const keptUnfollowed = idList(this.workspaceState.get(UNFOLLOWED_WORKSPACE_ROADMAPS_KEY)).filter((id) => !loadedIds.has(id));
    await this.writeBundled([...keptUnknown, ...bundled]);
    await this.workspaceState.update(UNFOLLOWED_WORKSPACE_ROADMAPS_KEY, [...keptUnfollowed, ...unfollowedHere]);
    this.changed.fire();
  }

  async follow(roadmapId: string): Promise<void> {
    await this.followOnly([...this.followed().map((entry) => entry.roadmap.id), roadmapId]);
  }

  async stopFollowing(roadmapId: string): Promise<void> {
    await this.followOnly(
      this.followed()
        .map((entry) => entry.roadmap.id)
        .filter((id) => id !== roadmapId),
    );
  }

  /** Adopts the stored followed set and fires onDidChange when Settings Sync has replaced it. */
  checkForSyncedChange(): void {
    const stored = this.globalState.get<unknown>(FOLLOWED_ROADMAPS_KEY);
    if (JSON.stringify(stored) === JSON.stringify(this.saved)) return;
    this.saved = stored;
    this.changed.fire();
  }

  updateContext(): Thenable<unknown> {
    return vscode.commands.executeCommand('setContext', SHOW_ALL_CONTEXT_KEY, this.showAll);
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.changed.dispose();
  }

  private bundledIds(): string[] {
    if (this.saved !== undefined) return idList(this.saved);
    // Before the learner first chooses: the bundled roadmaps they have progress in. Only bundled ones: the
    // synced set roams to other workspaces, where this workspace's roadmaps (or one deleted here) mean nothing.
    const bundled = new Set(this.catalog.loaded().flatMap((entry) => (entry.origin === 'bundled' ? [entry.roadmap.id] : [])));
    return this.roadmapIdsWithProgress().filter((id) => bundled.has(id));
  }

  private async writeBundled(ids: readonly string[]): Promise<void> {
    const unique = [...new Set(ids)];
    this.saved = unique;
    await this.globalState.update(FOLLOWED_ROADMAPS_KEY, unique);
  }
}

/** A list of ids read from state: anything else reads as empty. */
function idList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, MAX_IDS).filter((id): id is string => typeof id === 'string');
}

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
/** How long after this window's write an older value read back is taken for VS Code's echo. */
const ECHO_WINDOW_MS = 10_000;
/** Settings Sync often lands a few seconds after the focus that started it: how often to look again. */
const SYNCED_CHANGE_POLL_MS = 30_000;
/** How many times a write that did not read back is made again. */
const REWRITES = 3;

interface OwnWrite {
  readonly json: string;
  readonly value: readonly string[];
  /** What could be read before it (JSON), over the writes of the last moments. */
  readonly earlier: ReadonlySet<string>;
  readonly at: number;
}

export class FollowedRoadmaps implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /**
   * This window's latest write of the followed set, and the values readable before it. In the web worker
   * host the global state can read back an older value for a moment after a write (VS Code echoes an
   * earlier write of this extension's global state back to it); such a value is not taken for a change.
   */
  private lastWrite: OwnWrite | undefined;
  /** The followed set as onDidChange last reported it. */
  private lastSeen: string;
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly globalState: MementoLike,
    private readonly workspaceState: MementoLike,
    private readonly catalog: RoadmapCatalog,
    /** Roadmaps with saved progress: followed by someone who used the extension before they could choose. */
    private readonly roadmapIdsWithProgress: () => readonly string[],
  ) {
    this.lastSeen = JSON.stringify(this.bundledIds());
    // Settings Sync replaces the synced key without telling the extension; it runs on focus, and lands
    // a moment later. Reads are live, so this only decides when the view is told.
    const poll = setInterval(() => this.checkForSyncedChange(), SYNCED_CHANGE_POLL_MS);
    this.subscriptions.push(
      vscode.window.onDidChangeWindowState((state) => state.focused && this.checkForSyncedChange()),
      { dispose: () => clearInterval(poll) },
    );
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

  /** Fires onDidChange when Settings Sync (or another window) has replaced the followed set. */
  checkForSyncedChange(): void {
    const now = JSON.stringify(this.bundledIds());
    if (now === this.lastSeen) return;
    this.lastSeen = now;
    this.changed.fire();
  }

  updateContext(): Thenable<unknown> {
    return vscode.commands.executeCommand('setContext', SHOW_ALL_CONTEXT_KEY, this.showAll);
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.changed.dispose();
  }

  /** The stored followed set, read live, but for an older value read back just after this window's write. */
  private stored(): unknown {
    const value = this.globalState.get<unknown>(FOLLOWED_ROADMAPS_KEY);
    const write = this.lastWrite;
    if (write && Date.now() - write.at < ECHO_WINDOW_MS) {
      const json = String(JSON.stringify(value));
      if (json !== write.json && write.earlier.has(json)) return write.value;
    }
    return value;
  }

  private bundledIds(): string[] {
    const saved = this.stored();
    if (saved !== undefined) return idList(saved);
    // Before the learner first chooses: the bundled roadmaps they have progress in. Only bundled ones: the
    // synced set roams to other workspaces, where this workspace's roadmaps (or one deleted here) mean nothing.
    const bundled = new Set(this.catalog.loaded().flatMap((entry) => (entry.origin === 'bundled' ? [entry.roadmap.id] : [])));
    return this.roadmapIdsWithProgress().filter((id) => bundled.has(id));
  }

  private async writeBundled(ids: readonly string[]): Promise<void> {
    const unique = [...new Set(ids)];
    const recent = this.lastWrite && Date.now() - this.lastWrite.at < ECHO_WINDOW_MS ? this.lastWrite.earlier : [];
    const json = JSON.stringify(unique);
    this.lastWrite = { json, value: unique, earlier: new Set([...recent, String(JSON.stringify(this.stored()))]), at: Date.now() };
    this.lastSeen = json;
    await this.globalState.update(FOLLOWED_ROADMAPS_KEY, unique);
    // The web worker host can leave its copy of the global state at the older value for good (until the
    // next write): write again until the copy reads back what was written.
    for (let attempt = 1; attempt <= REWRITES && this.lastWrite.json === json; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      if (this.lastWrite.json !== json || JSON.stringify(this.globalState.get<unknown>(FOLLOWED_ROADMAPS_KEY)) === json) return;
      await this.globalState.update(FOLLOWED_ROADMAPS_KEY, unique);
    }
  }
}

/** A list of ids read from state: anything else reads as empty. */
function idList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, MAX_IDS).filter((id): id is string => typeof id === 'string');
}

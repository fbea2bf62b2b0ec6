// Watches the workspace roadmap globs and asks for a reload (debounced) of the files created, changed
// or deleted. Progress lives in the store by roadmap id, so a deleted file's progress stays.
//
// Folders need a watcher of their own: VS Code reports a folder that is deleted or renamed as one event
// for the folder, not for the files inside it, and a file written into a folder that has just appeared
// (a checkout, an unzip, `mkdir -p && cp`) is often not reported at all. The globs match neither.
import * as vscode from 'vscode';

const RELOAD_DELAY_MS = 200;
/** More new entries than this in one burst: reload without looking at each. */
const MAX_CREATED_TO_CHECK = 32;

export interface WorkspaceRoadmapWatcherOptions {
  readonly globs: () => readonly string[];
  /** The workspace roadmap files loaded now (to tell whether a deleted folder held one). */
  readonly knownFiles: () => readonly vscode.Uri[];
  /**
   * Reload the files that changed. `relist` is false when only known files changed in place: the list of
   * files then stands, and the workspace need not be searched again.
   */
  readonly reload: (changed: readonly vscode.Uri[], relist: boolean) => void;
}

export class WorkspaceRoadmapWatcher implements vscode.Disposable {
  private watchers: vscode.Disposable[] = [];
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  /** Entries created since the last check; a folder among them may hold roadmap files. */
  private readonly created = new Map<string, vscode.Uri>();
  /** Roadmap files changed, created or deleted since the last reload. */
  private readonly changedFiles = new Map<string, vscode.Uri>();
  /** A file or folder was added or removed since the last reload. */
  private filesAddedOrRemoved = false;
  private disposed = false;

  constructor(private readonly options: WorkspaceRoadmapWatcherOptions) {
    this.watch();
  }

  /** Starts over with the current globs and folders (after either changed). */
  restart(): void {
    this.disposeWatchers();
    this.watch();
  }

  private watch(): void {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      // Relative patterns per folder: the globs are relative to the workspace folders.
      for (const glob of this.options.globs()) {
        const files = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        files.onDidCreate((uri) => this.reloadSoon(uri, true));
        files.onDidChange((uri) => this.reloadSoon(uri, false));
        files.onDidDelete((uri) => this.reloadSoon(uri, true));
        this.watchers.push(files);
      }
      const entries = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), false, true, false);
      entries.onDidCreate((uri) => this.checkSoon(uri));
      entries.onDidDelete((uri) => {
        if (this.heldKnownFile(uri)) this.reloadSoon();
      });
      this.watchers.push(entries);
    }
  }

  private heldKnownFile(folder: vscode.Uri): boolean {
    const prefix = `${folder.toString()}/`;
    return this.options.knownFiles().some((file) => file.toString().startsWith(prefix));
  }

  private checkSoon(uri: vscode.Uri): void {
    this.created.set(uri.toString(), uri);
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => void this.checkCreated(), RELOAD_DELAY_MS);
  }

  /** Reloads when one of the new entries is a folder. */
  private async checkCreated(): Promise<void> {
    this.checkTimer = undefined;
    const uris = [...this.created.values()];
    this.created.clear();
    if (uris.length > MAX_CREATED_TO_CHECK) {
      this.reloadSoon();
      return;
    }
    const types = await Promise.all(
      uris.map((uri) => vscode.workspace.fs.stat(uri).then(({ type }) => type, () => vscode.FileType.Unknown)),
    );
    if (types.some((type) => (type & vscode.FileType.Directory) !== 0)) this.reloadSoon();
  }

  private reloadSoon(changedFile?: vscode.Uri, addedOrRemoved = true): void {
    if (this.disposed) return;
    if (changedFile) this.changedFiles.set(changedFile.toString(), changedFile);
    if (addedOrRemoved) this.filesAddedOrRemoved = true;
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = undefined;
      const changed = [...this.changedFiles.values()];
      const relist = this.filesAddedOrRemoved;
      this.changedFiles.clear();
      this.filesAddedOrRemoved = false;
      this.options.reload(changed, relist);
    }, RELOAD_DELAY_MS);
  }

  private disposeWatchers(): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.reloadTimer);
    clearTimeout(this.checkTimer);
    this.created.clear();
    this.changedFiles.clear();
    this.disposeWatchers();
  }
}

// Watches the workspace roadmap globs and asks for a reload (debounced) when a file is created,
// changed or deleted. Progress lives in the store by roadmap id, so a deleted file's progress stays.
import * as vscode from 'vscode';

const RELOAD_DELAY_MS = 200;

export class WorkspaceRoadmapWatcher implements vscode.Disposable {
  private watchers: vscode.FileSystemWatcher[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly globs: () => readonly string[],
    private readonly reload: () => void,
  ) {
    this.watch();
  }

  /** Starts over with the current globs and folders (after either changed). */
  restart(): void {
    this.disposeWatchers();
    this.watch();
  }

  private watch(): void {
    // Relative patterns per folder: the globs are relative to the workspace folders.
    const patterns = (vscode.workspace.workspaceFolders ?? []).flatMap((folder) =>
      this.globs().map((glob) => new vscode.RelativePattern(folder, glob)),
    );
    this.watchers = patterns.map((pattern) => {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      watcher.onDidCreate(() => this.reloadSoon());
      watcher.onDidChange(() => this.reloadSoon());
      watcher.onDidDelete(() => this.reloadSoon());
      return watcher;
    });
  }

  private reloadSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.reload();
    }, RELOAD_DELAY_MS);
  }

  private disposeWatchers(): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposeWatchers();
  }
}

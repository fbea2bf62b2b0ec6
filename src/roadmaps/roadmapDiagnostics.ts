// Keeps the Problems panel in step with the workspace roadmaps: the catalog's problems for every file
// (including those only the catalog sees, such as an id used twice), and live validation of open
// roadmap files as they are edited, before they are saved. Just after a save the catalog has not read
// the file yet (the watcher reloads a moment later): its verdict is stale until it has changed again.
import * as vscode from 'vscode';
import type { RoadmapCatalog } from './roadmapCatalog';
import { toDiagnostic } from './problemDiagnostics';

const LIVE_DELAY_MS = 300;

export class RoadmapDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('roadmapTracker');
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Document version at its last save, until the catalog has changed (and so read the saved file). */
  private readonly savedVersions = new Map<string, number>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly catalog: RoadmapCatalog,
    /** Whether a document is a workspace roadmap (matches the configured globs). */
    private readonly isRoadmapDocument: (document: vscode.TextDocument) => boolean,
  ) {
    this.subscriptions.push(
      this.collection,
      catalog.onDidChange(() => {
        this.savedVersions.clear();
        this.syncWithCatalog();
      }),
      vscode.workspace.onDidOpenTextDocument((document) => this.validateLater(document)),
      vscode.workspace.onDidChangeTextDocument(({ document }) => this.validateLater(document)),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (this.isRoadmapDocument(document)) this.savedVersions.set(document.uri.toString(), document.version);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.savedVersions.delete(document.uri.toString());
        this.syncWithCatalog();
      }),
    );
    for (const document of vscode.workspace.textDocuments) this.validateLater(document);
  }

  /** The catalog read the files from disk: its verdict holds for every file not being edited. */
  private syncWithCatalog(): void {
    const seen = new Set<string>();
    for (const entry of this.catalog.all()) {
      if (entry.origin !== 'workspace') continue;
      const key = entry.uri.toString();
      seen.add(key);
      if (this.isBeingEdited(entry.uri)) continue;
      this.collection.set(entry.uri, entry.kind === 'broken' ? entry.problems.map((problem) => toDiagnostic(entry.uri, problem)) : []);
    }
    // Files that are gone or no longer match the globs lose their diagnostics.
    this.collection.forEach((uri) => {
      if (!seen.has(uri.toString()) && !this.isBeingEdited(uri)) this.collection.delete(uri);
    });
  }

  private isBeingEdited(uri: vscode.Uri): boolean {
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    return document !== undefined && this.isAheadOfCatalog(document) && this.isRoadmapDocument(document);
  }

  /** The document holds text the catalog has not read: unsaved edits, or a save it has not seen yet. */
  private isAheadOfCatalog(document: vscode.TextDocument): boolean {
    return document.isDirty || this.savedVersions.get(document.uri.toString()) === document.version;
  }

  private validateLater(document: vscode.TextDocument): void {
    if (!this.isRoadmapDocument(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        if (document.isClosed) return;
        // A saved file is the catalog's to judge: it also knows problems across files (an id used twice).
        // Not yet when it was saved just now: the catalog still holds what the file was before.
        if (!this.isAheadOfCatalog(document)) {
          this.syncWithCatalog();
          return;
        }
        void this.validateNow(document);
      }, LIVE_DELAY_MS),
    );
  }

  /** Parsed off the extension host's thread; a result for an older version of the text is dropped. */
  private async validateNow(document: vscode.TextDocument): Promise<void> {
    const version = document.version;
    const { problems } = await this.catalog.reader.load(document.getText());
    if (document.isClosed || document.version !== version || !this.isAheadOfCatalog(document)) return;
    this.collection.set(document.uri, problems.map((problem) => toDiagnostic(document.uri, problem)));
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

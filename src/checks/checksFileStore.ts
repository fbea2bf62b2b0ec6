// The workspace checks file of each workspace folder (.roadmap/checks.json): read once and again when it
// changes on disk, written by Set Check…. A broken file gives no checks and says why, once per change.
import * as vscode from 'vscode';
import type { CheckSpec } from '../model/checkSchema';
import { CHECKS_FILE_PATH, MAX_CHECKS_FILE_BYTES, parseChecksFile, withCheck, type ChecksFileEntries } from '../model/checksFile';
import type { TopicRef } from '../contracts/topicRef';

type FolderChecks = { readonly entries: ChecksFileEntries; readonly problem?: string };

const NO_ENTRIES: ChecksFileEntries = new Map();

export class ChecksFileStore implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<FolderChecks>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  /** Fired when a checks file was created, changed or deleted. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CHECKS_FILE_PATH}`);
    const forget = (): void => {
      this.cache.clear();
      this.changed.fire();
    };
    this.subscriptions = [
      watcher,
      watcher.onDidCreate(forget),
      watcher.onDidChange(forget),
      watcher.onDidDelete(forget),
      vscode.workspace.onDidChangeWorkspaceFolders(forget),
      this.changed,
    ];
  }

  static fileOf(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, ...CHECKS_FILE_PATH.split('/'));
  }

  async checkOf(folder: vscode.WorkspaceFolder, ref: TopicRef): Promise<CheckSpec | undefined> {
    return (await this.read(folder)).entries.get(ref.roadmapId)?.get(ref.topicId);
  }

  /** Every check of the folder's file, and why the file cannot be used, if so. */
  read(folder: vscode.WorkspaceFolder): Promise<FolderChecks> {
    const key = folder.uri.toString();
    let cached = this.cache.get(key);
    if (!cached) {
      cached = this.readFile(folder);
      this.cache.set(key, cached);
    }
    return cached;
  }

  /** Sets (or with undefined removes) a topic's check, keeping every other entry; refuses a broken file. */
  async write(folder: vscode.WorkspaceFolder, ref: TopicRef, check: CheckSpec | undefined): Promise<vscode.Uri> {
    const current = await this.readFile(folder);
    const uri = ChecksFileStore.fileOf(folder);
    if (current.problem)
      throw new Error(vscode.l10n.t('{0} cannot be updated: {1}. Fix or remove it first', CHECKS_FILE_PATH, current.problem));
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(withCheck(current.entries, ref.roadmapId, ref.topicId, check)));
    this.cache.delete(folder.uri.toString());
    this.changed.fire();
    return uri;
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }

  private async readFile(folder: vscode.WorkspaceFolder): Promise<FolderChecks> {
    const uri = ChecksFileStore.fileOf(folder);
    let size: number;
    try {
      size = (await vscode.workspace.fs.stat(uri)).size;
    } catch {
      return { entries: NO_ENTRIES };
    }
    if (size > MAX_CHECKS_FILE_BYTES)
      return this.broken(uri, vscode.l10n.t('the file is {0} bytes; it may be at most {1}', size, MAX_CHECKS_FILE_BYTES));
    try {
      const parsed = parseChecksFile(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)));
      return parsed.ok ? { entries: parsed.entries } : this.broken(uri, parsed.problem);
    } catch (failure) {
      return this.broken(uri, vscode.l10n.t('it could not be read ({0})', failure instanceof Error ? failure.message : String(failure)));
    }
  }

  private broken(uri: vscode.Uri, problem: string): FolderChecks {
    this.log.warn(`Checks: ${vscode.workspace.asRelativePath(uri)} is not used: ${problem}`);
    return { entries: NO_ENTRIES, problem };
  }
}

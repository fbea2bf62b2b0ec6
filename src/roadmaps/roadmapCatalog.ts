// Every roadmap the extension knows: the bundled ones and those in the workspace. A file that fails to
// load becomes a broken entry with its problems; it never hides the others.
//
// Bundled roadmaps come compiled by the build (dist/bundled-roadmaps.json): no YAML parsing at run
// time, and they are shown before the workspace has been searched. Workspace roadmaps are found by a
// bounded walk that does not follow links out of the workspace, size-checked before they are read,
// parsed in a worker thread, and parsed once per content. A file event re-reads only that file.
import * as vscode from 'vscode';
import { COMPILED_ROADMAPS_FILE, readCompiledRoadmaps } from '../model/compiledRoadmaps';
import { START_OF_FILE, type Problem } from '../model/problems';
import type { Roadmap } from '../model/roadmap';
import { DEFAULT_MAX_ROADMAP_BYTES, tooLargeMessage } from '../model/roadmapLimits';
import { readTextWithin } from '../platform/sizedFiles';
import { RoadmapReader } from './roadmapReader';
import { findWorkspaceRoadmapFiles, type WorkspaceRoadmapFile } from './workspaceRoadmapFiles';

export type RoadmapOrigin = 'bundled' | 'workspace';

export interface LoadedRoadmap {
  readonly kind: 'loaded';
  readonly roadmap: Roadmap;
  readonly uri: vscode.Uri;
  readonly origin: RoadmapOrigin;
}

export interface BrokenRoadmap {
  readonly kind: 'broken';
  /** Unique key for the tree: the file's URI. */
  readonly key: string;
  readonly title: string;
  readonly uri: vscode.Uri;
  readonly origin: RoadmapOrigin;
  readonly problems: readonly Problem[];
}

export type CatalogEntry = LoadedRoadmap | BrokenRoadmap;

export const BUNDLED_ROADMAP_SUFFIX = '.roadmap.yaml';

export class RoadmapCatalog implements vscode.Disposable {
  private entries: CatalogEntry[] = [];
  /** Set once the compiled bundled roadmaps were read: they never change while the extension runs. */
  private bundled: CatalogEntry[] | undefined;
  /** Workspace entries by URI, before ids are checked across files. */
  private workspace = new Map<string, CatalogEntry>();
  /** The workspace's roadmap files as last searched. */
  private listed: readonly WorkspaceRoadmapFile[] | undefined;
  private readonly reads = new Map<string, number>();
  private generation = 0;
  /** Reloads under way that search the workspace again; while any is, `listed` may name deleted files. */
  private relistsUnderway = 0;
  private latestReload: Promise<void> = Promise.resolve();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly noticed = new vscode.EventEmitter<string>();
  /** Fired when roadmaps were added, removed or reloaded (the tree's structure may have changed). */
  readonly onDidChange = this.changed.event;
  /** Something the user may want to know that is no problem of a file (a link not followed, a search cut short). */
  readonly onDidNotice = this.noticed.event;
  /** Loads text, imports text and writes YAML off the extension host's thread. */
  readonly reader: RoadmapReader;
  private readonly compiledFile: vscode.Uri;

  constructor(
    private readonly bundledFolder: vscode.Uri,
    private readonly workspaceGlobs: () => readonly string[],
  ) {
    const dist = vscode.Uri.joinPath(bundledFolder, '..', 'dist');
    this.compiledFile = vscode.Uri.joinPath(dist, COMPILED_ROADMAPS_FILE);
    this.reader = new RoadmapReader(vscode.Uri.joinPath(dist, 'roadmapWorker.js').fsPath, {
      l10nBundle: vscode.l10n.bundle,
      language: vscode.env.language,
    });
  }

  all(): readonly CatalogEntry[] {
    return this.entries;
  }

  loaded(): LoadedRoadmap[] {
    return this.entries.filter((entry): entry is LoadedRoadmap => entry.kind === 'loaded');
  }

  get(roadmapId: string): LoadedRoadmap | undefined {
    return this.loaded().find((entry) => entry.roadmap.id === roadmapId);
  }

  /** How many times the file's content was read from disk (for tests of what a change re-reads). */
  readCount(uri: vscode.Uri): number {
    return this.reads.get(uri.toString()) ?? 0;
  }

  /** Searches the workspace again and re-reads every roadmap file (unchanged contents are not re-parsed). */
  reload(): Promise<void> {
    return this.run(() => true, true);
  }

  /**
   * Re-reads `changed` and files not known yet, and keeps the rest as they were: what a file event needs.
   * With `relist` (files may have been added or removed) the workspace is searched again first.
   */
  refresh(changed: readonly vscode.Uri[] = [], relist = true): Promise<void> {
    const keys = new Set(changed.map((uri) => uri.toString()));
    return this.run((key) => keys.has(key) || !this.workspace.has(key), relist);
  }

  dispose(): void {
    this.changed.dispose();
    this.noticed.dispose();
    this.reader.dispose();
  }

  /**
   * Reloads overlap (file events, commands); the one started last wins, since an earlier one may have
   * listed a file that is gone by now. A superseded reload resolves when the newest has finished.
   */
  private run(shouldRead: (key: string) => boolean, relistAsked: boolean): Promise<void> {
    const generation = ++this.generation;
    // A reload that would reuse the last list while a search is under way must search too: that search
    // was started because files came or went, and the newest reload wins, so the old list would bring a
    // deleted file back.
    const relist = relistAsked || this.relistsUnderway > 0;
    if (relist) this.relistsUnderway++;
    const reloaded = (async () => {
      const workspaceRead = this.readWorkspace(shouldRead, relist);
      if (relist) void workspaceRead.then(() => this.relistsUnderway--, () => this.relistsUnderway--);
      workspaceRead.catch(() => undefined); // awaited below; not unhandled while the bundled ones load
      const bundled = await this.readBundled();
      // The bundled roadmaps never wait for the workspace: shown at once on the first load.
      if (this.entries.length === 0 && generation === this.generation) this.publish(bundled, this.workspace);
      const { listed, entries } = await workspaceRead;
      if (generation !== this.generation) return this.latestReload;
      this.listed = listed;
      this.workspace = entries;
      this.publish(bundled, entries);
    })();
    this.latestReload = reloaded;
    return reloaded;
  }

  private publish(bundled: readonly CatalogEntry[], workspace: ReadonlyMap<string, CatalogEntry>): void {
    this.entries = withUniqueIds([...bundled, ...workspace.values()]);
    this.changed.fire();
  }

  private async readBundled(): Promise<CatalogEntry[]> {
    if (this.bundled) return this.bundled;
    let reason: string;
    try {
      const read = readCompiledRoadmaps(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(this.compiledFile)));
      if (read.ok) {
        this.bundled = read.roadmaps.map(({ file, roadmap }) => ({
          kind: 'loaded' as const,
          roadmap,
          uri: vscode.Uri.joinPath(this.bundledFolder, file),
          origin: 'bundled' as const,
        }));
        return this.bundled;
      }
      reason = read.reason;
    } catch (failure) {
      reason = failure instanceof Error ? failure.message : String(failure);
    }
    // Not remembered: the next reload tries again.
    const message = vscode.l10n.t(
      'the bundled roadmaps could not be read from {0}: {1}. Reinstalling the extension restores them.',
      this.compiledFile.fsPath,
      reason,
    );
    return [broken(this.compiledFile, 'bundled', vscode.l10n.t('Bundled roadmaps'), [{ message, severity: 'error', range: START_OF_FILE }])];
  }

  private async readWorkspace(
    shouldRead: (key: string) => boolean,
    relist: boolean,
  ): Promise<{ listed: readonly WorkspaceRoadmapFile[]; entries: Map<string, CatalogEntry> }> {
    const listed = relist || !this.listed ? await findWorkspaceRoadmapFiles(this.workspaceGlobs(), (notice) => this.noticed.fire(notice)) : this.listed;
    const entries = await Promise.all(
      listed.map(async (file) => {
        const key = file.uri.toString();
        const known = this.workspace.get(key);
        return known && !shouldRead(key) ? known : this.readWorkspaceEntry(file);
      }),
    );
    return { listed, entries: new Map(entries.flatMap((entry) => (entry ? [[entry.uri.toString(), entry] as const] : []))) };
  }

  /** The file's entry; undefined when it was deleted after it was listed. */
  private async readWorkspaceEntry(file: WorkspaceRoadmapFile): Promise<CatalogEntry | undefined> {
    const { uri } = file;
    const fileName = uri.path.split('/').pop() ?? uri.path;
    const problem = (message: string): Problem[] => [{ message, severity: 'error', range: START_OF_FILE }];
    if (file.refusal) return broken(uri, 'workspace', fileName, problem(file.refusal));
    const read = await readTextWithin(uri, DEFAULT_MAX_ROADMAP_BYTES);
    if (read.kind === 'text') this.reads.set(uri.toString(), this.readCount(uri) + 1);
    switch (read.kind) {
      case 'missing':
        return undefined;
      case 'tooLarge':
        return broken(uri, 'workspace', fileName, problem(tooLargeMessage(read.size)));
      case 'unreadable':
        return broken(uri, 'workspace', fileName, problem(vscode.l10n.t('the file could not be read: {0}', read.reason)));
      case 'text': {
        const result = await this.reader.load(read.text);
        if (result.roadmap) return { kind: 'loaded', roadmap: result.roadmap, uri, origin: 'workspace' };
        return broken(uri, 'workspace', result.partial?.title ?? fileName, result.problems);
      }
    }
  }
}

function broken(uri: vscode.Uri, origin: RoadmapOrigin, title: string, problems: readonly Problem[]): BrokenRoadmap {
  return { kind: 'broken', key: uri.toString(), title, uri, origin, problems };
}

/** A roadmap whose id is already taken by an earlier file (bundled first) is reported, not merged. */
function withUniqueIds(entries: CatalogEntry[]): CatalogEntry[] {
  const owners = new Map<string, vscode.Uri>();
  return entries.map((entry) => {
    if (entry.kind !== 'loaded') return entry;
    const owner = owners.get(entry.roadmap.id);
    if (!owner) {
      owners.set(entry.roadmap.id, entry.uri);
      return entry;
    }
    const message = vscode.l10n.t(
      'roadmap id "{0}" is already used by {1}; give this roadmap another id',
      entry.roadmap.id,
      vscode.workspace.asRelativePath(owner),
    );
    return broken(entry.uri, entry.origin, entry.roadmap.title, [
      { message, severity: 'error', range: START_OF_FILE },
    ]);
  });
}

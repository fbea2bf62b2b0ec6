// Every roadmap the extension knows: the bundled ones and those in the workspace. A file that fails to
// load becomes a broken entry with its problems; it never hides the others.
import * as vscode from 'vscode';
import { fileExists } from '../platform/fileExists';
import { loadRoadmap } from '../model/loader';
import { START_OF_FILE, type Problem } from '../model/problems';
import type { Roadmap } from '../model/roadmap';

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
  private generation = 0;
  private latestReload: Promise<void> = Promise.resolve();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fired when roadmaps were added, removed or reloaded (the tree's structure may have changed). */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly bundledFolder: vscode.Uri,
    private readonly workspaceGlobs: () => readonly string[],
  ) {}

  all(): readonly CatalogEntry[] {
    return this.entries;
  }

  loaded(): LoadedRoadmap[] {
    return this.entries.filter((entry): entry is LoadedRoadmap => entry.kind === 'loaded');
  }

  get(roadmapId: string): LoadedRoadmap | undefined {
    return this.loaded().find((entry) => entry.roadmap.id === roadmapId);
  }

  /**
   * Reads every bundled and workspace roadmap again. Reloads overlap (file events, commands); the one
   * started last wins, since an earlier one may have listed a file that is gone by now. A superseded
   * reload resolves when the newest has finished.
   */
  reload(): Promise<void> {
    const generation = ++this.generation;
    const reloaded = this.readAll().then((entries) => {
      if (generation !== this.generation) return this.latestReload;
      this.entries = entries;
      this.changed.fire();
    });
    this.latestReload = reloaded;
    return reloaded;
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async readAll(): Promise<CatalogEntry[]> {
    const [bundled, workspace] = await Promise.all([this.bundledFiles(), this.workspaceFiles()]);
    const files = [
      ...bundled.map((uri) => ({ uri, origin: 'bundled' as const })),
      ...workspace.map((uri) => ({ uri, origin: 'workspace' as const })),
    ];
    const read = await Promise.all(files.map(({ uri, origin }) => readEntry(uri, origin)));
    return withUniqueIds(read.filter((entry): entry is CatalogEntry => entry !== undefined));
  }

  private async bundledFiles(): Promise<vscode.Uri[]> {
    try {
      const children = await vscode.workspace.fs.readDirectory(this.bundledFolder);
      return children
        .filter(([name, type]) => type === vscode.FileType.File && name.endsWith(BUNDLED_ROADMAP_SUFFIX))
        .map(([name]) => vscode.Uri.joinPath(this.bundledFolder, name))
        .sort((a, b) => a.path.localeCompare(b.path));
    } catch {
      return [];
    }
  }

  private async workspaceFiles(): Promise<vscode.Uri[]> {
    if (!vscode.workspace.workspaceFolders?.length) return [];
    const found = await Promise.all(
      this.workspaceGlobs().map((glob) => vscode.workspace.findFiles(glob, '**/node_modules/**', 500)),
    );
    const unique = new Map(found.flat().map((uri) => [uri.toString(), uri]));
    return [...unique.values()].sort((a, b) => a.path.localeCompare(b.path));
  }
}

/** The file's entry; undefined when it was deleted after it was listed. */
async function readEntry(uri: vscode.Uri, origin: RoadmapOrigin): Promise<CatalogEntry | undefined> {
  const fileName = uri.path.split('/').pop() ?? uri.path;
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch (failure) {
    if (!(await fileExists(uri))) return undefined;
    const message = `the file could not be read: ${failure instanceof Error ? failure.message : String(failure)}`;
    return broken(uri, origin, fileName, [{ message, severity: 'error', range: START_OF_FILE }]);
  }
  const result = loadRoadmap(text);
  if (result.roadmap) return { kind: 'loaded', roadmap: result.roadmap, uri, origin };
  return broken(uri, origin, result.partial?.title ?? fileName, result.problems);
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
    const message = `roadmap id "${entry.roadmap.id}" is already used by ${vscode.workspace.asRelativePath(owner)}; give this roadmap another id`;
    return broken(entry.uri, entry.origin, entry.roadmap.title, [
      { message, severity: 'error', range: START_OF_FILE },
    ]);
  });
}

// The workspace's roadmap files, found by the bounded walk of roadmapFinder over VS Code's file system.
// Real paths are resolved before anything is read: a file whose real location is outside its workspace
// folder is returned with the reason it is refused, and links to folders outside are only mentioned.
import * as vscode from 'vscode';
import { isPathInside, realPathOf } from '../platform/realPaths';
import type * as RoadmapFinder from './roadmapFinder';
import type { FinderEntry, FinderFileSystem } from './roadmapFinder';

let loadedFinder: typeof RoadmapFinder | undefined;

/** The folder walk and its glob matcher (picomatch) are a bundle of their own (dist/roadmapFinder.js, see
 * esbuild.js), loaded when a workspace folder is first searched rather than at activation. */
function roadmapFinder(): typeof RoadmapFinder {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  loadedFinder ??= require('./roadmapFinder') as typeof RoadmapFinder;
  return loadedFinder;
}

export interface WorkspaceRoadmapFile {
  readonly uri: vscode.Uri;
  /** Why the file must not be read, when it leads out of the workspace. */
  readonly refusal?: string;
}

/** Links out of the workspace mentioned per search, at most. */
const MAX_LINK_NOTICES = 10;

function stoppedBy(reason: 'files' | 'directories' | 'depth' | 'time'): string {
  switch (reason) {
    case 'files':
      return vscode.l10n.t('more roadmap files than are read at once');
    case 'directories':
      return vscode.l10n.t('too many folders');
    case 'depth':
      return vscode.l10n.t('folders nested too deeply');
    case 'time':
      return vscode.l10n.t('the search took too long');
  }
}

export async function findWorkspaceRoadmapFiles(globs: readonly string[], notice: (message: string) => void): Promise<WorkspaceRoadmapFile[]> {
  const perFolder = await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => filesOf(folder, globs, notice)));
  const unique = new Map(perFolder.flat().map((file) => [file.uri.toString(), file]));
  return [...unique.values()].sort((a, b) => a.uri.path.localeCompare(b.uri.path));
}

async function filesOf(folder: vscode.WorkspaceFolder, globs: readonly string[], notice: (message: string) => void): Promise<WorkspaceRoadmapFile[]> {
  const result = await roadmapFinder().findRoadmapFiles(directoryReader(folder.uri), globs);
  if (result.stoppedBy) {
    notice(
      vscode.l10n.t(
        'The search for roadmap files in {0} stopped early ({1}); {2} were found. Narrow the roadmapTracker.workspaceRoadmaps setting to the folders that hold them.',
        folder.name,
        stoppedBy(result.stoppedBy),
        result.files.length,
      ),
    );
  }
  const realRoot = await realPathOf(folder.uri);
  for (const linked of result.linkedFolders.slice(0, MAX_LINK_NOTICES)) {
    const real = await realPathOf(vscode.Uri.joinPath(folder.uri, linked));
    if (realRoot && real && isPathInside(realRoot, real)) continue;
    notice(linkedFolderNotice(folder.name, linked, realRoot, real));
  }
  return Promise.all(
    result.files.map(async ({ path, symbolicLink }) => {
      const uri = vscode.Uri.joinPath(folder.uri, path);
      const refusal = await refusalOf(uri, symbolicLink, realRoot);
      return refusal ? { uri, refusal } : { uri };
    }),
  );
}

/**
 * Why a linked folder is not searched, saying only what is known: where real paths cannot be resolved
 * (realPathOf gives none for the workspace folder: VS Code for the Web, a virtual file system) nobody can
 * tell where the link leads.
 */
function linkedFolderNotice(folderName: string, linked: string, realRoot: string | undefined, real: string | undefined): string {
  if (realRoot === undefined) {
    return vscode.l10n.t(
      'Not searched for roadmap files: {0}/{1} is a symbolic link, and where it leads cannot be checked here (VS Code for the Web, or a virtual file system), so it is not followed.',
      folderName,
      linked,
    );
  }
  return real
    ? vscode.l10n.t('Not searched for roadmap files: {0}/{1} is a symbolic link to a folder outside the workspace ({2}).', folderName, linked, real)
    : vscode.l10n.t('Not searched for roadmap files: {0}/{1} is a symbolic link whose target cannot be found.', folderName, linked);
}

async function refusalOf(uri: vscode.Uri, symbolicLink: boolean, realRoot: string | undefined): Promise<string | undefined> {
  if (uri.scheme !== 'file' || !realRoot) {
    return symbolicLink
      ? vscode.l10n.t('this file is a symbolic link, and links are not followed in this workspace; roadmaps are only read from inside it')
      : undefined;
  }
  const real = await realPathOf(uri);
  if (real === undefined || isPathInside(realRoot, real)) return undefined; // gone: the read will say so
  return vscode.l10n.t('this file is a symbolic link to {0}, outside the workspace folder; roadmaps are only read from inside the workspace', real);
}

function directoryReader(root: vscode.Uri): FinderFileSystem {
  return {
    async readDirectory(relativePath) {
      const folder = relativePath ? vscode.Uri.joinPath(root, relativePath) : root;
      const children = await vscode.workspace.fs.readDirectory(folder);
      return children.map(([name, type]): FinderEntry => ({
        name,
        kind: type & vscode.FileType.Directory ? 'directory' : type & vscode.FileType.File ? 'file' : 'other',
        symbolicLink: (type & vscode.FileType.SymbolicLink) !== 0,
      }));
    },
  };
}

// Where new roadmap files go: a workspace folder, a file name nothing else uses, an id no roadmap has.
import * as vscode from 'vscode';
import { fileExists } from '../platform/fileExists';
import type { RoadmapCatalog } from './roadmapCatalog';
import type { ProgressStore } from '../store/progressStore';

export const ROADMAP_FILE_SUFFIX = '.roadmap.yaml';

/** The folder to write into: the only one, or the one the user picks; undefined without a folder. */
export async function pickWorkspaceFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Folder for the roadmap file') });
}

/**
 * `base`, or `base-2`, `base-3`, … : the first id that no loaded roadmap uses and that has no saved
 * progress. Progress of a deleted roadmap file is kept for the file's return; a new roadmap that took
 * its id would start with that old progress.
 */
export function unusedRoadmapId(catalog: RoadmapCatalog, store: ProgressStore, base: string): string {
  const taken = new Set([...catalog.loaded().map((entry) => entry.roadmap.id), ...store.roadmapIds()]);
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** `<folder>/<name>.roadmap.yaml`, numbered when that file exists already: never overwrites. */
export async function unusedRoadmapFile(folder: vscode.Uri, name: string): Promise<vscode.Uri> {
  for (let suffix = 1; ; suffix++) {
    const uri = vscode.Uri.joinPath(folder, `${suffix === 1 ? name : `${name}-${suffix}`}${ROADMAP_FILE_SUFFIX}`);
    if (!(await fileExists(uri))) return uri;
  }
}

/** Writes the file, opens it beside the tree and reloads the roadmaps so it shows at once. */
export async function writeAndOpen(catalog: RoadmapCatalog, uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  await catalog.refresh([uri]);
  await vscode.window.showTextDocument(uri, { preview: false });
}

// Finds a topic's files in the workspace: its practice folder, its personal notes file, and files named
// by links. Every answer has been checked to stay inside a workspace folder, symbolic links included.
import * as vscode from 'vscode';
import { fileExists } from '../platform/fileExists';
import type { RoadmapNode } from '../model/roadmap';
import type { LoadedRoadmap } from '../roadmaps/roadmapCatalog';
import { settings } from '../platform/settings';
import { resolveInFolder } from './folderPaths';
import { expandPathTemplate, globBaseFolder, notesFilePath } from './topicPaths';

export type Located =
  | {
      readonly ok: true;
      readonly uri: vscode.Uri;
      readonly folder: vscode.WorkspaceFolder;
      readonly segments: readonly string[];
      /** Relative to the workspace folder, forward slashes. */
      readonly relativePath: string;
      readonly exists: boolean;
    }
  | { readonly ok: false; readonly reason: string };

function noFolderReason(): string {
  return vscode.l10n.t('Open a folder to keep practice files and notes for a topic.');
}

/** The folder a roadmap's topic files go to: the one holding a workspace roadmap, else the first. */
export function workspaceFolderFor(entry: LoadedRoadmap): vscode.WorkspaceFolder | undefined {
  return (
    (entry.origin === 'workspace' ? vscode.workspace.getWorkspaceFolder(entry.uri) : undefined) ?? vscode.workspace.workspaceFolders?.[0]
  );
}

/** `folder/segments…`, refused when it leads out of the folder (by its real path where the host has one). */
export async function locateInFolder(folder: vscode.WorkspaceFolder, segments: readonly string[]): Promise<Located> {
  const uri = vscode.Uri.joinPath(folder.uri, ...segments);
  const relativePath = segments.join('/');
  const resolved = await resolveInFolder(folder.uri, segments);
  return resolved.ok
    ? { ok: true, uri, folder, segments, relativePath, exists: resolved.exists }
    : { ok: false, reason: `"${relativePath}": ${resolved.reason}` };
}

export async function practiceFolderOf(entry: LoadedRoadmap, topic: RoadmapNode): Promise<Located> {
  const folder = workspaceFolderFor(entry);
  if (!folder) return { ok: false, reason: noFolderReason() };
  const declared = topic.practice.map(globBaseFolder).find((check) => check?.ok);
  if (declared?.ok) return locateInFolder(folder, declared.segments);
  const path = expandPathTemplate(settings().practiceFolder, { roadmapId: entry.roadmap.id, topicId: topic.id });
  if (!path.ok) return { ok: false, reason: vscode.l10n.t('The setting roadmapTracker.practiceFolder cannot be used: {0}.', path.reason) };
  return locateInFolder(folder, path.segments);
}

export async function notesFileOf(entry: LoadedRoadmap, topic: RoadmapNode): Promise<Located> {
  const folder = workspaceFolderFor(entry);
  if (!folder) return { ok: false, reason: noFolderReason() };
  const path = notesFilePath(settings().notesFolder, { roadmapId: entry.roadmap.id, topicId: topic.id });
  if (!path.ok) return { ok: false, reason: vscode.l10n.t('The setting roadmapTracker.notesFolder cannot be used: {0}.', path.reason) };
  return locateInFolder(folder, path.segments);
}

/** The first workspace folder in which the path names an existing file that stays inside it. */
export async function findInWorkspace(segments: readonly string[]): Promise<Located> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return { ok: false, reason: vscode.l10n.t('no folder is open') };
  let refusal: string | undefined;
  for (const folder of folders) {
    const located = await locateInFolder(folder, segments);
    if (located.ok && located.exists) return located;
    if (!located.ok) refusal ??= located.reason;
  }
  return { ok: false, reason: refusal ?? vscode.l10n.t('"{0}" was not found in the workspace', segments.join('/')) };
}

/** Whether a file found by a search (which may follow symbolic links) really lies in its workspace folder. */
export async function isInsideWorkspace(uri: vscode.Uri): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
  const segments = relative.split('/').filter((segment) => segment.length > 0);
  if (segments.includes('..')) return false;
  const resolved = await resolveInFolder(folder.uri, segments);
  return resolved.ok && resolved.exists;
}

/** Writes a file only where nothing exists yet, creating its folders. */
export async function createFile(uri: vscode.Uri, content: string): Promise<void> {
  if (await fileExists(uri)) throw new Error(vscode.l10n.t('{0} already exists', vscode.workspace.asRelativePath(uri)));
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
}

// A path inside a workspace folder, checked against symbolic links with the means the host has: real
// paths for `file:` folders in the Node extension host, otherwise (the web worker host, virtual file
// systems) VS Code's stat, which marks links, and any link on the way is refused.
import * as vscode from 'vscode';
import { realPathFileSystem } from '../platform/realPaths';
import { resolveInside, resolveInsideByStat, type Resolved, type StatKind } from './safePaths';

export function resolveInFolder(folder: vscode.Uri, segments: readonly string[]): Promise<Resolved> {
  if (folder.scheme === 'file' && realPathFileSystem) return resolveInside(folder.fsPath, segments, realPathFileSystem);
  return resolveInsideByStat(folder.path, segments, (prefix) => statKind(vscode.Uri.joinPath(folder, ...prefix)));
}

async function statKind(uri: vscode.Uri): Promise<StatKind> {
  try {
    const { type } = await vscode.workspace.fs.stat(uri);
    if (type & vscode.FileType.SymbolicLink) return 'link';
    return type & vscode.FileType.Directory ? 'folder' : 'file';
  } catch (failure) {
    const code = (failure as { code?: unknown } | undefined)?.code;
    if (code === 'FileNotFound' || code === 'FileNotADirectory') return 'missing';
    throw failure;
  }
}

// Real locations on disk (symbolic links resolved), for checks that must not be fooled by a link. Only
// `file:` URIs have one here; for other schemes the caller treats a link as unresolvable.
import { promises as nodeFs } from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode';

/** The real path of a `file:` URI; undefined for other schemes or when it does not exist. */
export async function realPathOf(uri: vscode.Uri): Promise<string | undefined> {
  if (uri.scheme !== 'file') return undefined;
  try {
    return await nodeFs.realpath(uri.fsPath);
  } catch {
    return undefined;
  }
}

/** True when `candidate` is `root` or below it; both real, absolute paths. */
export function isPathInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  if (relative === '') return true;
  if (path.isAbsolute(relative)) return false; // another drive on Windows
  return relative.split(path.sep)[0] !== '..';
}

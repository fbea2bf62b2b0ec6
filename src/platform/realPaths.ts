// Real locations on disk (symbolic links resolved), for checks that must not be fooled by a link. Only
// `file:` URIs have one here; for other schemes the caller treats a link as unresolvable.
// The Node extension host's side of a seam: the web worker host builds realPaths.web.ts instead (see
// esbuild.js), which has no real paths.
import { promises as nodeFs } from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode';

/** The OS path operations of `file:` URIs' fsPath on this host. */
export type HostPath = Pick<typeof path, 'join' | 'dirname' | 'basename' | 'relative' | 'isAbsolute'> & { readonly sep: string };

export interface RealPathFileSystem {
  realpath(target: string): Promise<string>;
  /** Succeeds for a symbolic link even when what it points at is missing. */
  lstat(target: string): Promise<unknown>;
}

export const hostPath: HostPath = path;

/** The file system that resolves real paths; undefined where the host cannot. */
export const realPathFileSystem: RealPathFileSystem | undefined = nodeFs;

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

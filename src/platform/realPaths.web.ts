// realPaths.ts for the web worker host: a browser cannot resolve symbolic links (no realpath), so no
// URI has a real path here. Callers then refuse anything that is a link (the workspace file system's
// stat marks links with FileType.SymbolicLink) instead of following it.
import type { HostPath, RealPathFileSystem } from './realPaths';
import { posixPath } from './posixPath';

export type { HostPath, RealPathFileSystem } from './realPaths';

export const hostPath: HostPath = posixPath;

export const realPathFileSystem: RealPathFileSystem | undefined = undefined;

/** Never known on the web (see above). */
export function realPathOf(): Promise<string | undefined> {
  return Promise.resolve(undefined);
}

export function isPathInside(root: string, candidate: string): boolean {
  const relative = posixPath.relative(root, candidate);
  return relative === '' || (!posixPath.isAbsolute(relative) && relative.split('/')[0] !== '..');
}

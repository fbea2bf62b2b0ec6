// Paths with forward slashes (the `path` of a vscode.Uri), for every host: Node's own posix path module
// here; the web worker host builds posixPath.web.ts instead (path-browserify, the same module without
// Node). For a `file:` URI's OS path, see realPaths.ts (hostPath).
import { posix } from 'node:path';

export type PosixPath = Pick<typeof posix, 'basename' | 'dirname' | 'extname' | 'isAbsolute' | 'join' | 'normalize' | 'relative'> & {
  readonly sep: string;
};

export const posixPath: PosixPath = posix;

// posixPath.ts for the web worker host: path-browserify is Node's posix path module, packaged without Node.
import browserPath from 'path-browserify';
import type { PosixPath } from './posixPath';

export type { PosixPath } from './posixPath';

export const posixPath: PosixPath = browserPath;

// Paths with forward slashes (the `path` of a vscode.Uri), the same on every host: path-browserify is
// Node's own posix path module, packaged without Node. For a `file:` URI's OS path, see hostPath.ts.
import posixPath from 'path-browserify';

export { posixPath };

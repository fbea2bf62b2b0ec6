// Bundles the extension-host test suites for VS Code to load: for each of test/host/suite/ (the main
// suite) and test/host/sync/ (the two-machine Settings Sync suite), its index.ts (the runner) and every
// *.test.ts, one CommonJS file each, into dist-test/host/<folder>/.
// `vscode` is provided by the extension host; mocha is loaded from node_modules at run time.
// The same suite is also built for the web worker extension host (see buildWebSuite below).
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');
const { webExtensionBundle } = require('../esbuild.js');

for (const folder of ['suite', 'sync']) {
  const suiteDir = path.join(__dirname, '..', 'test', 'host', folder);
  const outdir = path.join(__dirname, '..', 'dist-test', 'host', folder);

  const entryPoints = fs
    .readdirSync(suiteDir)
    .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
    .map((name) => path.join(suiteDir, name));

  fs.rmSync(outdir, { recursive: true, force: true });
  esbuild
    .build({
      entryPoints,
      outdir,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      sourcemap: 'inline',
      external: ['vscode', 'mocha'],
      logLevel: 'warning',
    })
    .catch(() => process.exit(1));
}

/**
 * test/host/suite for the web worker extension host: one browser bundle (dist-test/host/web/index.js)
 * of the web runner (test/host/web/index.ts), mocha's browser build and every *.test.ts, with the
 * extension's web variants. Node modules the tests import become test/host/web/shims: node:path is
 * path-browserify, node:assert the `assert` package, and node:fs and node:os throw when used, which the
 * runner reports as a skipped test with the reason.
 */
function buildWebSuite() {
  const root = path.join(__dirname, '..');
  const suiteDir = path.join(root, 'test', 'host', 'suite');
  const shims = path.join(root, 'test', 'host', 'web', 'shims');
  const outdir = path.join(root, 'dist-test', 'host', 'web');
  const testFiles = fs
    .readdirSync(suiteDir)
    .filter((name) => name.endsWith('.test.ts'))
    .sort();
  const testFilesPlugin = {
    name: 'host-test-files',
    setup(build) {
      build.onResolve({ filter: /^\.\/testFiles$/ }, () => ({ path: 'testFiles', namespace: 'host-test-files' }));
      build.onLoad({ filter: /.*/, namespace: 'host-test-files' }, () => ({
        contents: `module.exports.testFiles = [${testFiles
          .map((name) => `[${JSON.stringify(name)}, () => require(${JSON.stringify(path.join(suiteDir, name))})]`)
          .join(',\n')}];`,
        loader: 'js',
        resolveDir: suiteDir,
      }));
    },
  };
  fs.rmSync(outdir, { recursive: true, force: true });
  return esbuild.build({
    entryPoints: [path.join(root, 'test', 'host', 'web', 'index.ts')],
    outfile: path.join(outdir, 'index.js'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'inline',
    external: ['vscode'],
    alias: {
      'node:assert/strict': path.join(shims, 'assertStrict.ts'),
      'node:assert': 'assert',
      'node:path': 'path-browserify',
      'node:fs': path.join(shims, 'fs.ts'),
      'node:os': path.join(shims, 'os.ts'),
    },
    inject: [path.join(shims, 'process.ts')],
    plugins: [testFilesPlugin, ...webExtensionBundle.plugins],
    logLevel: 'warning',
  });
}

buildWebSuite().catch(() => process.exit(1));

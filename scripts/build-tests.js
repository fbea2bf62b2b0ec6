// Bundles the extension-host test suite for VS Code to load: test/host/suite/index.ts (the runner) and
// every test/host/suite/*.test.ts, one CommonJS file each, into dist-test/host/suite/.
// `vscode` is provided by the extension host; mocha is loaded from node_modules at run time.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const suiteDir = path.join(__dirname, '..', 'test', 'host', 'suite');
const outdir = path.join(__dirname, '..', 'dist-test', 'host', 'suite');

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

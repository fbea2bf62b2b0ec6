// Bundles the extension-host test suites for VS Code to load: for each of test/host/suite/ (the main
// suite) and test/host/sync/ (the two-machine Settings Sync suite), its index.ts (the runner) and every
// *.test.ts, one CommonJS file each, into dist-test/host/<folder>/.
// `vscode` is provided by the extension host; mocha is loaded from node_modules at run time.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

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

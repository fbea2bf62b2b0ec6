// Layer 3 runner: mocha over test/e2e/*.e2e.ts with the spec reporter, then the closing line
// `e2e: N passed, N failed`. Expects the VSIX from `npm run package` and code-server from
// scripts/install-test-vscode.sh. Exits non-zero on any failure or when no test ran.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { e2eResultsDir } from './session';
import { runLayer } from '../support/summary';

async function main(): Promise<number> {
  // Cleared once per run: every session of the run adds its screenshots and logs.
  fs.rmSync(e2eResultsDir, { recursive: true, force: true });
  const mocha = new Mocha({ reporter: 'spec', timeout: 90_000, color: process.stdout.isTTY });
  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.e2e.ts'))
    .sort()
    .map((name) => path.join(__dirname, name));
  files.forEach((file) => mocha.addFile(file));
  await mocha.loadFilesAsync();
  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats ?? ({ passes: 0, failures: 1 } as Mocha.Stats)));
  });
  const ranNothing = stats.passes + stats.failures === 0;
  const failed = stats.failures + (ranNothing ? 1 : 0);
  if (ranNothing) console.log('\n  ✘ no test ran');
  console.log(`\ne2e: ${stats.passes} passed, ${failed} failed${stats.pending ? `, ${stats.pending} skipped` : ''}`);
  return failed === 0 ? 0 : 1;
}

runLayer('e2e', main);

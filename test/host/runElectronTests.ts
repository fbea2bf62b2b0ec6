// `npm run test:electron`: the same extension-host suite (test/host/suite) in VS Code desktop, downloaded
// by @vscode/test-electron (needs internet, e.g. a contributor's laptop; CI uses runHostTests.ts with
// code-server instead). Each phase is one launch over the same user-data-dir, so the second launch is
// the "after reload" window. VSCODE_TEST_VERSION picks the version (default: stable);
// VSCODE_EXECUTABLE_PATH uses an installed VS Code instead of downloading one.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from '../support/paths';
import { printPhaseResults, runLayer } from '../support/summary';
import { controlFileEnvVar, phaseResultFile, phases, type HostTestControl, type PhaseResult } from './protocol';

const layer = 'host (electron)';

async function main(): Promise<number> {
  const suiteEntry = path.join(repoRoot, 'dist-test', 'host', 'suite', 'index.js');
  if (!fs.existsSync(suiteEntry)) throw new Error('dist-test/host/suite/index.js is missing: run `npm run build:test` first.');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-electron-tests-'));
  const workspace = path.join(tmp, 'workspace');
  const resultsDir = path.join(tmp, 'results');
  const controlFile = path.join(tmp, 'control.json');
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  const control: HostTestControl = { resultsDir, reloadBetweenPhases: false };
  fs.writeFileSync(controlFile, JSON.stringify(control));

  const problems: string[] = [];
  for (const phase of phases) {
    try {
      await runTests({
        ...(process.env.VSCODE_EXECUTABLE_PATH ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH } : {}),
        version: process.env.VSCODE_TEST_VERSION ?? 'stable',
        extensionDevelopmentPath: repoRoot,
        extensionTestsPath: suiteEntry,
        extensionTestsEnv: { [controlFileEnvVar]: controlFile },
        launchArgs: [
          workspace,
          '--user-data-dir',
          path.join(tmp, 'user-data'),
          '--extensions-dir',
          path.join(tmp, 'extensions'),
          '--disable-workspace-trust',
          '--skip-welcome',
          '--skip-release-notes',
        ],
      });
    } catch (error) {
      // A run with failing tests also rejects; the result file tells those apart from a failed start.
      if (!fs.existsSync(phaseResultFile(resultsDir, phase))) {
        problems.push(`phase ${phase}: VS Code did not run the suite: ${error instanceof Error ? error.message : String(error)}`);
        break;
      }
    }
  }

  const results = phases
    .map((phase) => phaseResultFile(resultsDir, phase))
    .filter((file) => fs.existsSync(file))
    .map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as PhaseResult);
  const totals = printPhaseResults(layer, results, problems);
  fs.rmSync(tmp, { recursive: true, force: true });
  return totals.failed === 0 ? 0 : 1;
}

runLayer(layer, main);

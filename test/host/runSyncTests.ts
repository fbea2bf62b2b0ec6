// Two-machine harness for Settings Sync: two user-data folders (and two copies of the fixture workspace)
// stand for two machines, each run in code-server (VS Code for the web) driven by headless chromium, one
// after the other: machine B, then machine A, then B again (twice, with a window reload between). VS Code
// for the web keeps global and workspace state in the browser (IndexedDB, per origin), so each machine
// keeps its own chromium profile and its own port across its runs. The
// suite in test/host/sync/ plays each side; the synced keys A uploads are handed to B through a shared
// folder, standing in for the Settings Sync service. Expects `npm run build` and
// `node scripts/build-tests.js` to have run. Exits non-zero on any failure or time-out.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../support/chromium';
import { findFreePort, remoteUri, startCodeServer, workbenchUrl, writeUserSettings } from '../support/codeServer';
import { chromiumBinary, extensionMain, freshDir, repoRoot, requireBuilt, testResultsDir } from '../support/paths';
import { printPhaseResults, runLayer } from '../support/summary';
import type { PhaseResult } from './protocol';
import { stepResultFile, syncControlFileEnvVar, type SyncTestControl } from './sync/protocol';

const layer = 'host (two machines)';
const timeoutMs = Number(process.env.HOST_TEST_TIMEOUT_MS ?? 240_000);
const suiteEntry = path.join(repoRoot, 'dist-test', 'host', 'sync', 'index.js');
const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');
const logDir = path.join(testResultsDir, 'host-sync');

/** Machine B first, so that A's changes are the later ones; then B receives A's synced keys. */
const RUNS: ReadonlyArray<{ machine: string; steps: string[] }> = [
  { machine: 'b', steps: ['b-own'] },
  { machine: 'a', steps: ['a-changes'] },
  { machine: 'b', steps: ['b-receives', 'b-after-reload'] },
];

/** One port per machine for all its runs: the browser's storage belongs to the origin. */
const ports = new Map<string, number>();

async function runMachine(tmp: string, machine: string, steps: string[], runIndex: number, problems: string[]): Promise<PhaseResult[]> {
  const port = ports.get(machine) ?? (await findFreePort());
  ports.set(machine, port);
  const machineDir = path.join(tmp, `machine-${machine}`);
  const workspace = path.join(machineDir, 'workspace');
  if (!fs.existsSync(workspace)) fs.cpSync(fixtureWorkspace, workspace, { recursive: true });
  const userDataDir = path.join(machineDir, 'user-data');
  if (!fs.existsSync(userDataDir)) writeUserSettings(userDataDir);
  const resultsDir = path.join(tmp, `results-${runIndex}`);
  const control: SyncTestControl = { machine, steps, resultsDir, exchangeDir: path.join(tmp, 'exchange') };
  const controlFile = path.join(tmp, `control-${runIndex}.json`);
  fs.writeFileSync(controlFile, JSON.stringify(control));

  const server = await startCodeServer({
    userDataDir,
    port,
    extensionsDir: path.join(machineDir, 'extensions'),
    env: { [syncControlFileEnvVar]: controlFile },
    logFile: path.join(logDir, `code-server-${runIndex}-${machine}.log`),
  });
  // The machine's own browser profile: its global and workspace state live there.
  const browser = await chromium.launchPersistentContext(path.join(machineDir, 'browser-profile'), {
    executablePath: chromiumBinary,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
  });
  const consoleLines: string[] = [];
  try {
    const page = await browser.newPage();
    page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
    let hostExitCode: number | undefined;
    await page.exposeFunction('codeAutomationExit', (code: number) => (hostExitCode = code));
    await page.goto(
      workbenchUrl(server, workspace, [
        ['extensionDevelopmentPath', remoteUri(server.authority, repoRoot)],
        ['extensionTestsPath', remoteUri(server.authority, suiteEntry)],
      ]),
    );
    const started = Date.now();
    // Done when every step wrote its result and the window reloaded after the last one (its storage is
    // saved), found nothing left to run and ended the test run.
    const allWritten = (): boolean => steps.every((step) => fs.existsSync(stepResultFile(resultsDir, step)));
    while (!(allWritten() && hostExitCode !== undefined)) {
      if (hostExitCode !== undefined) {
        problems.push(`machine ${machine}: the extension host ended (exit code ${hostExitCode}) before every step ran`);
        break;
      }
      if (Date.now() - started > timeoutMs) {
        problems.push(`machine ${machine}: timed out after ${timeoutMs / 1000} s waiting for ${steps.join(', ')}`);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    fs.writeFileSync(path.join(logDir, `browser-console-${runIndex}-${machine}.log`), consoleLines.join('\n'));
    await browser.close().catch(() => undefined);
    await server.stop();
  }
  return steps
    .map((step) => stepResultFile(resultsDir, step))
    .filter((file) => fs.existsSync(file))
    .map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as PhaseResult);
}

async function main(): Promise<number> {
  requireBuilt([
    { file: extensionMain, buildWith: 'npm run build' },
    { file: suiteEntry, buildWith: 'node scripts/build-tests.js' },
  ]);
  freshDir(logDir);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-sync-tests-'));
  const problems: string[] = [];
  const results: PhaseResult[] = [];
  for (const [index, { machine, steps }] of RUNS.entries()) {
    const stepResults = await runMachine(tmp, machine, steps, index, problems);
    results.push(...stepResults);
    // A later run builds on an earlier one: stop at the first run that did not pass.
    if (problems.length > 0 || stepResults.some((result) => result.runnerError || result.tests.some((test) => test.state === 'failed')))
      break;
  }
  const totals = printPhaseResults(layer, results, problems);
  if (totals.failed === 0) fs.rmSync(tmp, { recursive: true, force: true });
  else console.log(`(machines' folders kept in ${tmp})`);
  return totals.failed === 0 ? 0 : 1;
}

runLayer(layer, main);

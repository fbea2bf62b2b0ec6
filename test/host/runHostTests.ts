// Layer 2 harness: runs the mocha suite of test/host/suite inside the extension host of a real VS Code
// (code-server, driven by headless chromium), with the extension loaded from this repository
// (extensionDevelopmentPath) and a copy of the fixture workspace. Expects `npm run build` and
// `node scripts/build-tests.js` to have run. Exits non-zero on any failure, on a time-out, or when no
// test ran. runWebHostTests.ts runs the same suite in the web worker extension host through runHostLayer.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchChromium } from '../support/chromium';
import { remoteUri, startCodeServer, workbenchUrl, writeUserSettings, type RunningCodeServer } from '../support/codeServer';
import { extensionMain, freshDir, repoRoot, requireBuilt, testResultsDir } from '../support/paths';
import { printPhaseResults, runLayer } from '../support/summary';
import { controlFileEnvVar, phaseResultFile, phases, type HostTestControl, type PhaseResult } from './protocol';

const timeoutMs = Number(process.env.HOST_TEST_TIMEOUT_MS ?? 240_000);
const verbose = process.env.HOST_TEST_VERBOSE === '1';

const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');

interface LogEntry {
  relativePath: string;
  contents: string;
}

export interface HostLayer {
  /** The layer's name in its closing line and its folder under test-results/. */
  readonly layer: string;
  /** The built suite entry (extensionTestsPath). */
  readonly suiteEntry: string;
  /** What the suite reads: written to control.json beside the workspace folder. */
  readonly control: (resultsDir: string) => unknown;
  readonly userSettings?: Readonly<Record<string, unknown>>;
  /** Changes to the copied workspace before VS Code opens it (`tmp` holds it, outside the workspace). */
  readonly prepareWorkspace?: (workspace: string, tmp: string) => void;
}

export async function runHostLayer({ layer, suiteEntry, control, userSettings, prepareWorkspace }: HostLayer): Promise<number> {
  const logDir = path.join(testResultsDir, layer);
  requireBuilt([
    { file: extensionMain, buildWith: 'npm run build' },
    { file: suiteEntry, buildWith: 'node scripts/build-tests.js' },
  ]);
  freshDir(logDir);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `roadmap-${layer}-tests-`));
  const workspace = path.join(tmp, 'workspace');
  const userDataDir = path.join(tmp, 'user-data');
  const resultsDir = path.join(tmp, 'results');
  const controlFile = path.join(tmp, 'control.json');
  fs.cpSync(fixtureWorkspace, workspace, { recursive: true });
  prepareWorkspace?.(workspace, tmp);
  fs.writeFileSync(controlFile, JSON.stringify(control(resultsDir)));
  writeUserSettings(userDataDir, userSettings);

  const problems: string[] = [];
  let server: RunningCodeServer | undefined;
  const browser = await launchChromium();
  const consoleLines: string[] = [];
  try {
    server = await startCodeServer({
      userDataDir,
      extensionsDir: path.join(tmp, 'extensions'),
      env: { [controlFileEnvVar]: controlFile, ...(process.env.HOST_TEST_GREP ? { HOST_TEST_GREP: process.env.HOST_TEST_GREP } : {}) },
      logFile: path.join(logDir, 'code-server.log'),
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (message) => {
      const line = `[${message.type()}] ${message.text()}`;
      consoleLines.push(line);
      if (verbose) console.log(line);
    });
    page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.stack ?? error.message}`));

    // The workbench calls window.codeAutomationExit(code, logs) when the test run has ended (or could not
    // start) and the extension host was stopped. The binding survives the reload between phases.
    let hostExitCode: number | undefined;
    await page.exposeFunction('codeAutomationExit', (code: number, logs?: LogEntry[]) => {
      hostExitCode = code;
      saveWorkbenchLogs(logDir, logs);
    });

    const url = workbenchUrl(server, workspace, [
      ['extensionDevelopmentPath', remoteUri(server.authority, repoRoot)],
      ['extensionTestsPath', remoteUri(server.authority, suiteEntry)],
    ]);
    const started = Date.now();
    await page.goto(url);

    const allWritten = (): boolean => phases.every((phase) => fs.existsSync(phaseResultFile(resultsDir, phase)));
    while (!allWritten()) {
      if (hostExitCode !== undefined) {
        problems.push(
          `the extension host ended the test run (exit code ${hostExitCode}) before every phase ran; see ${path.relative(repoRoot, logDir)}/`,
        );
        break;
      }
      if (Date.now() - started > timeoutMs) {
        problems.push(`timed out after ${timeoutMs / 1000} s waiting for the test phases; see ${path.relative(repoRoot, logDir)}/`);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (problems.length > 0) await page.screenshot({ path: path.join(logDir, 'failure.png') }).catch(() => undefined);
  } finally {
    fs.writeFileSync(path.join(logDir, 'browser-console.log'), consoleLines.join('\n'));
    await browser.close().catch(() => undefined);
    await server?.stop();
  }

  const results: PhaseResult[] = phases
    .map((phase) => phaseResultFile(resultsDir, phase))
    .filter((file) => fs.existsSync(file))
    .map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as PhaseResult);
  const totals = printPhaseResults(layer, results, problems);
  if (totals.failed === 0) fs.rmSync(tmp, { recursive: true, force: true });
  else console.log(`(workspace and results kept in ${tmp})`);
  return totals.failed === 0 ? 0 : 1;
}

function saveWorkbenchLogs(logDir: string, logs: LogEntry[] | undefined): void {
  for (const log of logs ?? []) {
    const target = path.join(logDir, 'workbench-logs', log.relativePath);
    if (!target.startsWith(logDir)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, log.contents);
  }
}

if (require.main === module) {
  const control: (resultsDir: string) => HostTestControl = (resultsDir) => ({ resultsDir, reloadBetweenPhases: true });
  runLayer('host', () =>
    runHostLayer({ layer: 'host', suiteEntry: path.join(repoRoot, 'dist-test', 'host', 'suite', 'index.js'), control }),
  );
}

// The Turkish layer: the suite of test/host/l10n/ inside a real VS Code (code-server + headless chromium)
// whose display language is Turkish. code-server takes the language from `locale` in its config file
// (the same as its --locale flag); no language pack is installed (there is no marketplace here): VS Code's
// own menus stay English, and vscode.env.language is "tr", so the extension's package.nls.tr.json and
// l10n/bundle.l10n.tr.json are used. One phase, no reload, to keep the run short. Expects `npm run build`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { pollUntil } from '../support/poll';
import { remoteUri, startCodeServer, workbenchUrl, writeUserSettings, type RunningCodeServer } from '../support/codeServer';
import { extensionMain, freshDir, repoRoot, requireBuilt, testResultsDir } from '../support/paths';
import { printPhaseResults, runLayer } from '../support/summary';
import { controlFileEnvVar, phaseResultFile, type HostTestControl, type PhaseResult } from './protocol';

const layer = 'host (Turkish)';
const locale = 'tr';
const timeoutMs = Number(process.env.HOST_TEST_TIMEOUT_MS ?? 180_000);
const suiteDir = path.join(repoRoot, 'test', 'host', 'l10n');
const outDir = path.join(repoRoot, 'dist-test', 'host', 'l10n');
const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');
const logDir = path.join(testResultsDir, 'host-l10n');

async function buildSuite(): Promise<string> {
  const entryPoints = fs
    .readdirSync(suiteDir)
    .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
    .map((name) => path.join(suiteDir, name));
  fs.rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return path.join(outDir, 'index.js');
}

/**
 * VS Code switches its display language only to one a language pack provides; without one it stays
 * English whatever the locale says. There is no marketplace here, so the run registers an empty pack for
 * Turkish in languagepacks.json, as installing a pack would: VS Code's own texts stay English (the pack
 * translates none), vscode.env.language becomes "tr", and the extension's own translations apply.
 */
function registerEmptyLanguagePack(userDataDir: string): void {
  const translations = path.join(userDataDir, 'test-language-pack', `${locale}.i18n.json`);
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const packs = {
    [locale]: {
      hash: `roadmap-tracker-test-${locale}`,
      extensions: [{ extensionIdentifier: { id: 'roadmap-tracker.test-language-pack' }, version: '0.0.0' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
}

/** A sentence only the Turkish walkthrough page (media/walkthrough/choose.tr.md) holds. */
const TURKISH_WALKTHROUGH_TEXT = 'Roadmap Tracker altı backend yol haritasıyla gelir.';

/**
 * The suite leaves the walkthrough open on its first step; its page is Markdown that VS Code renders in a
 * webview of the workbench, out of the extension host's sight, so it is looked for here, in every frame.
 */
async function walkthroughShowsTurkishPage(page: Page): Promise<string | undefined> {
  const frameTexts = (): Promise<string[]> =>
    Promise.all(page.frames().map((frame) => frame.evaluate<string>('document.body ? document.body.innerText : ""').catch(() => '')));
  try {
    await pollUntil('the Turkish walkthrough page', frameTexts, (texts) => texts.some((text) => text.includes(TURKISH_WALKTHROUGH_TEXT)), {
      timeoutMs: 30_000,
      intervalMs: 250,
    });
    return undefined;
  } catch (failure) {
    return `the walkthrough did not show its Turkish page (choose.tr.md): ${String(failure).slice(0, 300)}`;
  }
}

async function main(): Promise<number> {
  requireBuilt([{ file: extensionMain, buildWith: 'npm run build' }]);
  freshDir(logDir);
  const suiteEntry = await buildSuite();

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-l10n-tests-'));
  const workspace = path.join(tmp, 'workspace');
  const userDataDir = path.join(tmp, 'user-data');
  const resultsDir = path.join(tmp, 'results');
  const controlFile = path.join(tmp, 'control.json');
  fs.cpSync(fixtureWorkspace, workspace, { recursive: true });
  const control: HostTestControl = { resultsDir, reloadBetweenPhases: false };
  fs.writeFileSync(controlFile, JSON.stringify(control));
  writeUserSettings(userDataDir);
  // startCodeServer passes this file as --config; code-server reads the display language from it.
  fs.writeFileSync(path.join(userDataDir, 'code-server.yaml'), `locale: ${locale}\n`);
  registerEmptyLanguagePack(userDataDir);

  const problems: string[] = [];
  const resultFile = phaseResultFile(resultsDir, 'before-reload');
  let server: RunningCodeServer | undefined;
  const browser = await launchChromium();
  const consoleLines: string[] = [];
  try {
    server = await startCodeServer({
      userDataDir,
      extensionsDir: path.join(tmp, 'extensions'),
      env: { [controlFileEnvVar]: controlFile },
      logFile: path.join(logDir, 'code-server.log'),
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.stack ?? error.message}`));
    let hostExitCode: number | undefined;
    await page.exposeFunction('codeAutomationExit', (code: number) => {
      hostExitCode = code;
    });
    await page.goto(
      workbenchUrl(server, workspace, [
        ['extensionDevelopmentPath', remoteUri(server.authority, repoRoot)],
        ['extensionTestsPath', remoteUri(server.authority, suiteEntry)],
      ]),
    );
    const started = Date.now();
    while (!fs.existsSync(resultFile)) {
      if (hostExitCode !== undefined && !fs.existsSync(resultFile)) {
        problems.push(`the extension host ended the run (exit code ${hostExitCode}) before the tests wrote their results`);
        break;
      }
      if (Date.now() - started > timeoutMs) {
        problems.push(`timed out after ${timeoutMs / 1000} s waiting for the tests; see ${path.relative(repoRoot, logDir)}/`);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (problems.length === 0) {
      const walkthroughProblem = await walkthroughShowsTurkishPage(page);
      if (walkthroughProblem) problems.push(walkthroughProblem);
    }
    if (problems.length > 0) await page.screenshot({ path: path.join(logDir, 'failure.png') }).catch(() => undefined);
  } finally {
    fs.writeFileSync(path.join(logDir, 'browser-console.log'), consoleLines.join('\n'));
    await browser.close().catch(() => undefined);
    await server?.stop();
  }

  const results: PhaseResult[] = fs.existsSync(resultFile) ? [JSON.parse(fs.readFileSync(resultFile, 'utf8')) as PhaseResult] : [];
  const totals = printPhaseResults(layer, results, problems);
  if (totals.failed === 0) fs.rmSync(tmp, { recursive: true, force: true });
  else console.log(`(workspace and results kept in ${tmp})`);
  return totals.failed === 0 ? 0 : 1;
}

runLayer(layer, main);

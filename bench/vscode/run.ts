// npm run bench:vscode: Roadmap Tracker's packaged VSIX against a minimal extension (one tree view of 7
// rows), each installed from its VSIX into its own code-server (same version, same settings), driven by
// headless chromium. Each pair is one fresh window load of each, back to back (the order alternates), in
// three cases: a workspace without roadmaps; a 10,000-topic workspace roadmap whose text was just
// changed (cold: nothing keyed by its content can answer); the same file again (warm).
// `npm run bench:vscode -- --pairs N` sets the number of pairs (default 5).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../../test/support/chromium';
import { installVsix, startCodeServer, workbenchUrl, writeUserSettings, type RunningCodeServer } from '../../test/support/codeServer';
import { packagedVsix } from '../../test/e2e/session';
import { testResultsDir } from '../../test/support/paths';
import { describeMachine, formatMs, formatRatio, printTable } from '../format';
import { median } from '../measure';
import { syntheticRoadmapYaml } from '../syntheticRoadmap';
import { MINIMAL_CONTAINER_ID, MINIMAL_CONTAINER_TITLE, MINIMAL_NAME } from './minimalExtension/identity';
import { packageMinimalExtension } from './minimalExtension/package';
import { measureWindowLoad, type WindowLoadFigures } from './windowLoad';

const RESULTS_DIR = path.join(testResultsDir, 'bench-vscode');
const SYNTHETIC_TOPICS = 10_000;
const SYNTHETIC_TITLE = `Synthetic ${SYNTHETIC_TOPICS}`;

interface Subject {
  readonly name: string;
  /** The package name, which names its row in Show Running Extensions. */
  readonly extensionName: string;
  readonly container: { readonly id: string; readonly title: string };
  readonly vsix: string;
}

/** A subject installed in its own code-server, with the browser context its windows load in. */
interface RunningSubject {
  readonly subject: Subject;
  readonly server: RunningCodeServer;
  readonly context: BrowserContext;
}

type Case = 'no workspace roadmap' | '10,000-topic roadmap, cold' | '10,000-topic roadmap, warm';
const CASES: readonly Case[] = ['no workspace roadmap', '10,000-topic roadmap, cold', '10,000-topic roadmap, warm'];

function parsePairs(argv: readonly string[]): number {
  const at = argv.indexOf('--pairs');
  if (at === -1) return 5;
  const pairs = Number(argv[at + 1]);
  if (!Number.isInteger(pairs) || pairs < 1) throw new Error(`--pairs needs a whole number ≥ 1, not "${argv[at + 1]}"`);
  return pairs;
}

async function startSubject(subject: Subject, tmp: string, browser: Browser): Promise<RunningSubject> {
  const home = path.join(tmp, subject.name.replace(/\W+/g, '-'));
  const userDataDir = path.join(home, 'user-data');
  const extensionsDir = path.join(home, 'extensions');
  writeUserSettings(userDataDir);
  await installVsix(subject.vsix, extensionsDir);
  const server = await startCodeServer({
    userDataDir,
    extensionsDir,
    logFile: path.join(RESULTS_DIR, `code-server-${path.basename(home)}.log`),
  });
  try {
    // Tall, so that Show Running Extensions lists every activated extension without scrolling.
    const context = await browser.newContext({ viewport: { width: 1280, height: 1400 } });
    return { subject, server, context };
  } catch (failure) {
    await server.stop();
    throw failure;
  }
}

function load(
  { subject, server, context }: RunningSubject,
  folder: string,
  label?: string,
  setUpCommand?: string,
): Promise<WindowLoadFigures> {
  return measureWindowLoad(context, {
    url: workbenchUrl(server, folder),
    container: subject.container,
    extensionName: subject.extensionName,
    label,
    setUpCommand,
    failureScreenshot: path.join(RESULTS_DIR, `failed-${path.basename(folder)}-${subject.extensionName}.png`),
  });
}

async function main(): Promise<void> {
  const pairs = parsePairs(process.argv);
  console.log(`# npm run bench:vscode, ${pairs} pairs: ${describeMachine()}`);
  fs.rmSync(RESULTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-bench-vscode-'));
  const emptyFolder = path.join(tmp, 'workspace-without-roadmaps');
  const syntheticFolder = path.join(tmp, 'workspace-with-10000-topics');
  const syntheticFile = path.join(syntheticFolder, 'synthetic.roadmap.yaml');
  fs.mkdirSync(emptyFolder, { recursive: true });
  fs.mkdirSync(syntheticFolder, { recursive: true });
  fs.writeFileSync(path.join(emptyFolder, 'README.md'), '# A workspace without roadmaps\n');
  fs.writeFileSync(syntheticFile, syntheticRoadmapYaml(SYNTHETIC_TOPICS, 0));

  const tracker: Subject = {
    name: 'Roadmap Tracker',
    extensionName: 'roadmap-tracker',
    container: { id: 'roadmapTracker', title: 'Roadmap Tracker' },
    vsix: packagedVsix(),
  };
  const minimal: Subject = {
    name: 'minimal extension',
    extensionName: MINIMAL_NAME,
    container: { id: MINIMAL_CONTAINER_ID, title: MINIMAL_CONTAINER_TITLE },
    vsix: await packageMinimalExtension(path.join(tmp, 'minimal-extension')),
  };
  const browser = await launchChromium();
  const running: RunningSubject[] = [];
  const figures = new Map<Case, { tracker: WindowLoadFigures[]; minimal: WindowLoadFigures[] }>(
    CASES.map((name) => [name, { tracker: [], minimal: [] }]),
  );
  try {
    for (const subject of [tracker, minimal]) {
      const started = await startSubject(subject, tmp, browser);
      running.push(started);
      // Unmeasured: the first load of a server fills caches (the browser's, the server's) every later load finds full.
      // A first run of Roadmap Tracker shows a welcome and no rows until the learner picks roadmaps: in the
      // workspace without roadmaps the set-up load shows all bundled ones (kept in its workspace state), as a
      // returning learner's window does. A workspace roadmap is followed on sight.
      for (const folder of [emptyFolder, syntheticFolder])
        await load(started, folder, undefined, subject === tracker && folder === emptyFolder ? 'Roadmap: Show All Roadmaps' : undefined);
    }
    for (let pair = 0; pair < pairs; pair++) {
      // Alternating which goes first, so neither always loads right after the other.
      const ordered = pair % 2 === 0 ? running : [...running].reverse();
      const record = async (name: Case, folder: string): Promise<void> => {
        for (const started of ordered) {
          const { subject } = started;
          const figure = await load(started, folder, subject === tracker && folder === syntheticFolder ? SYNTHETIC_TITLE : undefined);
          figures.get(name)?.[subject === tracker ? 'tracker' : 'minimal'].push(figure);
          console.log(
            `pair ${pair + 1}, ${name}, ${subject.name}: activation ${formatMs(figure.activationMs)}, first row ${formatMs(figure.firstRowMs)}${figure.labelledRowMs === undefined ? '' : `, "${SYNTHETIC_TITLE}" ${formatMs(figure.labelledRowMs)}`}`,
          );
        }
      };
      await record('no workspace roadmap', emptyFolder);
      // A text no earlier load has seen: every summary differs from the last variant's.
      fs.writeFileSync(syntheticFile, syntheticRoadmapYaml(SYNTHETIC_TOPICS, pair + 1));
      await record('10,000-topic roadmap, cold', syntheticFolder);
      await record('10,000-topic roadmap, warm', syntheticFolder);
    }
  } finally {
    await browser.close().catch(() => undefined);
    for (const { server } of running) await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  printFigures(figures, pairs);
  console.log(`\nfinished; ${describeMachine()}`);
}

function printFigures(figures: Map<Case, { tracker: WindowLoadFigures[]; minimal: WindowLoadFigures[] }>, pairs: number): void {
  const ratio = (tracker: readonly number[], minimal: readonly number[]): string =>
    formatRatio(median(tracker.map((value, index) => value / minimal[index]!)));
  const range = (values: readonly number[]): string => `${formatMs(Math.min(...values))}–${formatMs(Math.max(...values))}`;
  const rows: string[][] = [];
  for (const [name, { tracker, minimal }] of figures) {
    const trackerActivation = tracker.map((figure) => figure.activationMs);
    const minimalActivation = minimal.map((figure) => figure.activationMs);
    // The row a person waits for: the 10,000-topic roadmap's own row when there is one.
    const trackerRow = tracker.map((figure) => figure.labelledRowMs ?? figure.firstRowMs);
    const minimalRow = minimal.map((figure) => figure.firstRowMs);
    rows.push([
      name,
      `${formatMs(median(trackerActivation))} (${range(trackerActivation)})`,
      `${formatMs(median(minimalActivation))} (${range(minimalActivation)})`,
      ratio(trackerActivation, minimalActivation),
      `${formatMs(median(trackerRow))}${name === 'no workspace roadmap' ? '' : ` (first row ${formatMs(median(tracker.map((figure) => figure.firstRowMs)))})`}`,
      formatMs(median(minimalRow)),
      ratio(trackerRow, minimalRow),
    ]);
  }
  printTable(
    `Window loads in code-server (medians of ${pairs} pairs of fresh window loads, range in brackets; ratios are medians of the per-pair ratios)`,
    [
      'case',
      'activation: Roadmap Tracker',
      'activation: minimal',
      'ratio',
      'navigation → roadmap row: Roadmap Tracker',
      'navigation → first row: minimal',
      'ratio',
    ],
    rows,
  );
}

main().catch((failure) => {
  console.error(failure);
  process.exit(1);
});

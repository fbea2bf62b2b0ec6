// Entry of the extension-host test run in the web worker extension host (`extensionTestsPath`, built by
// scripts/build-tests.js into one browser bundle with mocha's browser build and every test file of
// ../suite). It runs the same phases as ../suite/index.ts, but with what a web worker has: no node:fs and
// no process.env. The harness (../runWebHostTests.ts) writes control.json next to the workspace folder;
// results go back through vscode.workspace.fs, which in code-server reaches the server's disk.
import * as vscode from 'vscode';
import { afterReloadTag, phases, type PhaseName, type PhaseResult, type TestOutcome } from '../protocol';
import { NotOnTheWeb } from './shims/nodeOnly';
import { testFiles } from './testFiles';

/** What the harness passes (control.json beside the workspace folder). */
export interface WebHostTestControl {
  /** Absolute path on the server of the folder that receives `<phase>.json`. */
  resultsDir: string;
  /** Only tests whose title contains this (HOST_TEST_GREP). */
  grep?: string;
}

interface MochaRunner {
  on(event: 'pass' | 'pending', listener: (test: MochaTest) => void): void;
  on(event: 'fail', listener: (test: MochaTest, error: unknown) => void): void;
}
interface MochaTest {
  title: string;
  fullTitle(): string;
  duration?: number;
  type?: string;
  state?: string;
  pending?: boolean;
  parent?: MochaSuite;
}
interface MochaSuite {
  title: string;
  fullTitle(): string;
  tests: MochaTest[];
  suites: MochaSuite[];
  emit(event: string, ...args: unknown[]): void;
}
interface MochaInstance {
  suite: MochaSuite;
  grep(pattern: RegExp): void;
  run(done: () => void): MochaRunner;
}
type MochaClass = (new (options: Record<string, unknown>) => MochaInstance) & { reporters: { Base: unknown } };

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the web host tests need the fixture workspace open');
  const control = JSON.parse(
    new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '..', 'control.json'))),
  ) as WebHostTestControl;
  const resultsDir = folder.uri.with({ path: control.resultsDir });
  const phaseIndex = await firstPhaseWithoutResult(resultsDir);
  const phase = phases[phaseIndex];
  if (phase === undefined) return;

  const before = phaseIndex > 0 ? await readResult(resultsDir, phases[phaseIndex - 1]!) : undefined;
  const result = await runPhase(phase, control.grep, new Set(before?.nodeOnlyBlocks ?? []));
  await vscode.workspace.fs.writeFile(
    vscode.Uri.joinPath(resultsDir, `${phase}.json`),
    new TextEncoder().encode(JSON.stringify(result, null, 2)),
  );

  if (phaseIndex + 1 < phases.length) {
    await vscode.commands.executeCommand('workbench.action.reloadWindow');
    await new Promise<never>(() => undefined);
  }
}

async function readResult(resultsDir: vscode.Uri, phase: PhaseName): Promise<PhaseResult | undefined> {
  try {
    return JSON.parse(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(resultsDir, `${phase}.json`))),
    ) as PhaseResult;
  } catch {
    return undefined;
  }
}

async function firstPhaseWithoutResult(resultsDir: vscode.Uri): Promise<number> {
  for (const [index, phase] of phases.entries()) {
    const written = await vscode.workspace.fs.stat(vscode.Uri.joinPath(resultsDir, `${phase}.json`)).then(
      () => true,
      () => false,
    );
    if (!written) return index;
  }
  return phases.length;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function phaseFilter(phase: PhaseName, only: string | undefined): RegExp {
  const tag = escapeRegExp(afterReloadTag);
  const narrowed = only ? `(?=.*${escapeRegExp(only)})` : '';
  return new RegExp(phase === 'after-reload' ? `^(?=.*${tag})${narrowed}` : `^(?!.*${tag})${narrowed}`);
}

/** Where this code runs: the layer is void unless it is the web worker host, which has no Node `process`. */
function hostCheck(): string | undefined {
  const nodeProcess = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return nodeProcess?.versions?.node
    ? `the tests ran in a Node extension host (Node ${nodeProcess.versions.node}), not the web worker host`
    : undefined;
}

/**
 * `nodeOnlyBlocks`: blocks in which a test of the phase before needed Node; their tests after the reload
 * check what those left behind, so they are skipped too.
 */
async function runPhase(phase: PhaseName, grep: string | undefined, nodeOnlyBlocks: ReadonlySet<string>): Promise<PhaseResult> {
  const started = Date.now();
  const tests: TestOutcome[] = [];
  const base = { phase, vscodeVersion: vscode.version };
  const wrongHost = hostCheck();
  if (wrongHost) return { ...base, durationMs: 0, tests, runnerError: wrongHost };
  try {
    // mocha's browser build: a UMD script that defines the global Mocha.
    require('mocha/mocha.js');
    const Mocha = (globalThis as unknown as { Mocha: MochaClass }).Mocha;
    const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: Mocha.reporters.Base });
    mocha.grep(phaseFilter(phase, grep));
    mocha.suite.emit('pre-require', globalThis, 'host-tests', mocha);
    for (const [name, load] of testFiles) mocha.suite.emit('require', load(), name, mocha);

    const reported = new Set<MochaTest>();
    const skipReasons = new Map<MochaTest, string>();
    const blocksNeedingNode = new Set<string>();
    for (const test of allTests(mocha.suite)) {
      if (test.parent && nodeOnlyBlocks.has(test.parent.fullTitle())) {
        test.pending = true;
        skipReasons.set(test, 'builds on tests before the reload that were skipped in the web worker extension host');
      }
    }
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => {
        reported.add(test);
        tests.push({ fullTitle: test.fullTitle(), state: 'passed', durationMs: test.duration });
      });
      runner.on('pending', (test) => {
        reported.add(test);
        const skipReason = skipReasons.get(test);
        tests.push({ fullTitle: test.fullTitle(), state: 'pending', ...(skipReason ? { skipReason } : {}) });
      });
      runner.on('fail', (test, error) => {
        reported.add(test);
        if (error instanceof NotOnTheWeb) {
          if (test.type === 'hook') {
            // A hook of the block: none of its tests ran; each is reported below with this reason.
            for (const skipped of test.parent ? allTests(test.parent) : []) skipReasons.set(skipped, error.message);
            if (test.parent) blocksNeedingNode.add(test.parent.fullTitle());
            return;
          }
          tests.push({ fullTitle: test.fullTitle(), state: 'pending', skipReason: error.message });
          if (test.parent) blocksNeedingNode.add(test.parent.fullTitle());
          // The tests of a block build on each other (one story per block): the rest of it would fail for
          // want of what this one did, so they are skipped too, saying which test they build on.
          for (const later of laterSiblings(test)) {
            later.pending = true;
            skipReasons.set(later, `builds on "${test.title}", skipped here: ${error.message}`);
          }
          return;
        }
        const failure = error instanceof Error ? error : new Error(String(error));
        tests.push({ fullTitle: test.fullTitle(), state: 'failed', error: { message: failure.message, stack: failure.stack } });
      });
    });
    // Tests that never ran because a hook of their block could not run here.
    for (const test of allTests(mocha.suite)) {
      if (!reported.has(test) && test.state === undefined && phaseFilter(phase, grep).test(test.fullTitle())) {
        tests.push({
          fullTitle: test.fullTitle(),
          state: 'pending',
          skipReason: skipReasons.get(test) ?? 'not run: a hook of its block cannot run in the web worker extension host',
        });
      }
    }
    return { ...base, durationMs: Date.now() - started, tests, nodeOnlyBlocks: [...blocksNeedingNode] };
  } catch (error) {
    const runnerError = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { ...base, durationMs: Date.now() - started, tests, runnerError };
  }
}

function laterSiblings(test: MochaTest): MochaTest[] {
  const siblings = test.parent?.tests ?? [];
  const index = siblings.indexOf(test);
  return index < 0 ? [] : siblings.slice(index + 1);
}

function allTests(suite: MochaSuite): MochaTest[] {
  return [...suite.tests, ...suite.suites.flatMap(allTests)];
}

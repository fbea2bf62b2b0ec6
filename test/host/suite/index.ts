// Entry of the extension-host test run (`extensionTestsPath`): VS Code loads this file inside the
// extension host and awaits run(). It runs the mocha tests of one phase and writes their outcomes where
// the harness reads them (see ../protocol.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type MochaType from 'mocha';
import {
  afterReloadTag,
  controlFileEnvVar,
  phaseResultFile,
  phases,
  type HostTestControl,
  type PhaseName,
  type PhaseResult,
  type TestOutcome,
} from '../protocol';

export async function run(): Promise<void> {
  const control = readControl();
  const phaseIndex = phases.findIndex((candidate) => !fs.existsSync(phaseResultFile(control.resultsDir, candidate)));
  const phase = phases[phaseIndex];
  if (phase === undefined) return;

  const result = await runPhase(phase);
  writeJsonAtomically(phaseResultFile(control.resultsDir, phase), result);

  const hasNextPhase = phaseIndex + 1 < phases.length;
  if (hasNextPhase && control.reloadBetweenPhases) {
    // A reload as a person does it (storage is flushed first). The window and this host go away, and the
    // reloaded window runs this file again for the next phase; stay pending so no exit is reported now.
    await vscode.commands.executeCommand('workbench.action.reloadWindow');
    await new Promise<never>(() => undefined);
  }
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The tests of a phase (tagged for after the reload, or not), narrowed to titles containing `only` when given. */
function phaseFilter(phase: PhaseName, only: string | undefined): RegExp {
  const tag = escapeRegExp(afterReloadTag);
  const narrowed = only ? `(?=.*${escapeRegExp(only)})` : '';
  return new RegExp(phase === 'after-reload' ? `^(?=.*${tag})${narrowed}` : `^(?!.*${tag})${narrowed}`);
}

function readControl(): HostTestControl {
  const file = process.env[controlFileEnvVar];
  if (!file) throw new Error(`${controlFileEnvVar} is not set: start the tests through the harness (npm run test:host).`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as HostTestControl;
}

async function runPhase(phase: PhaseName): Promise<PhaseResult> {
  const started = Date.now();
  const tests: TestOutcome[] = [];
  const base = { phase, vscodeVersion: vscode.version };
  try {
    // mocha is an ES module; import() works in every extension host (require of ESM needs Node >= 20.19).
    const { default: Mocha } = (await import('mocha')) as unknown as { default: typeof MochaType };
    const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: Mocha.reporters.Base });
    mocha.grep(phaseFilter(phase, process.env.HOST_TEST_GREP));
    loadTestFiles(mocha);

    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => tests.push({ fullTitle: test.fullTitle(), state: 'passed', durationMs: test.duration }));
      runner.on('pending', (test) => tests.push({ fullTitle: test.fullTitle(), state: 'pending' }));
      runner.on('fail', (test, error: Error) =>
        tests.push({
          fullTitle: test.fullTitle(),
          state: 'failed',
          error: { message: String(error?.message ?? error), stack: error?.stack },
        }),
      );
    });
    return { ...base, durationMs: Date.now() - started, tests };
  } catch (error) {
    const runnerError = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { ...base, durationMs: Date.now() - started, tests, runnerError };
  }
}

/** Every `*.test.js` next to this file (the bundled test files), in name order. */
function loadTestFiles(mocha: MochaType): void {
  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => path.join(__dirname, name));
  // Define describe/it/... as globals, then load the files with the extension host's require (which
  // answers `require('vscode')`).
  mocha.suite.emit('pre-require', globalThis, 'host-tests', mocha);
  for (const file of files) {
    mocha.suite.emit('require', require(file), file, mocha);
  }
}

function writeJsonAtomically(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(value, null, 2));
  fs.renameSync(`${file}.tmp`, file);
}

// Entry of the two-machine run inside the extension host (`extensionTestsPath`): runs the tests of the
// current step (see protocol.ts), writes their outcomes and reloads the window — also after the last
// step, because a reload is what makes the workbench save its storage; the reloaded window then finds
// nothing left to run and ends the test run, which tells the harness this machine may be shut down.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type MochaType from 'mocha';
import type { PhaseResult, TestOutcome } from '../protocol';
import { readSyncControl, stepResultFile, stepTag } from './protocol';

export async function run(): Promise<void> {
  const control = readSyncControl();
  const step = control.steps.find((candidate) => !fs.existsSync(stepResultFile(control.resultsDir, candidate)));
  if (step === undefined) return;

  const started = Date.now();
  const tests: TestOutcome[] = [];
  let runnerError: string | undefined;
  try {
    const { default: Mocha } = (await import('mocha')) as unknown as { default: typeof MochaType };
    const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: Mocha.reporters.Base });
    mocha.grep(new RegExp(`${stepTag(step)}\\b`));
    mocha.suite.emit('pre-require', globalThis, 'sync-tests', mocha);
    for (const name of fs
      .readdirSync(__dirname)
      .filter((file) => file.endsWith('.test.js'))
      .sort()) {
      const file = path.join(__dirname, name);
      mocha.suite.emit('require', require(file), file, mocha);
    }
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => tests.push({ fullTitle: test.fullTitle(), state: 'passed', durationMs: test.duration }));
      runner.on('fail', (test, error: Error) =>
        tests.push({
          fullTitle: test.fullTitle(),
          state: 'failed',
          error: { message: String(error?.message ?? error), stack: error?.stack },
        }),
      );
    });
  } catch (error) {
    runnerError = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  // The summary printer labels results by phase; here a phase is "<machine>:<step>".
  const result = {
    phase: `machine ${control.machine}: ${step}`,
    vscodeVersion: vscode.version,
    durationMs: Date.now() - started,
    tests,
    runnerError,
  } as unknown as PhaseResult;
  const file = stepResultFile(control.resultsDir, step);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(result, null, 2));
  fs.renameSync(`${file}.tmp`, file);

  await vscode.commands.executeCommand('workbench.action.reloadWindow');
  await new Promise<never>(() => undefined);
}

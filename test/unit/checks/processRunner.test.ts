// The check runner in plain Node: exit codes, output, and the whole process group ended at the time
// limit and on cancel, including a grandchild that ignores SIGTERM.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processGroupAlive, runProcess, type ProcessRunOutcome } from '../../../src/checks/processRunner';
import { pollUntil } from '../../support/poll';

const posix = process.platform !== 'win32';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('check runner', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'roadmap-runner-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const run = (
    command: string,
    timeoutMs = 60_000,
    signal = new AbortController().signal,
  ): Promise<{ outcome: ProcessRunOutcome; output: string }> => {
    let output = '';
    return runProcess({ command, cwd: folder, timeoutMs, signal, onOutput: (chunk) => (output += chunk) }).then((outcome) => ({
      outcome,
      output,
    }));
  };

  it('reports the exit code and the output of both streams, in the folder it was given', async () => {
    writeFileSync(join(folder, 'check.js'), 'console.log("out " + process.cwd()); console.error("err"); process.exit(3);');
    const { outcome, output } = await run('node check.js');
    assert.deepEqual(outcome, { kind: 'exited', exitCode: 3, signal: null });
    assert.match(output, /out .*roadmap-runner-/);
    assert.match(output, /err/);
  });

  it('passes on exit code 0', async () => {
    const { outcome } = await run('node -e "process.exit(0)"');
    assert.deepEqual(outcome, { kind: 'exited', exitCode: 0, signal: null });
  });

  (posix ? it : it.skip)('ends a command at its time limit with every process it started, even one that ignores SIGTERM', async () => {
    const pidFile = join(folder, 'grandchild.pid');
    writeFileSync(
      join(folder, 'grandchild.js'),
      `process.on('SIGTERM', () => undefined); require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => undefined, 1000);`,
    );
    writeFileSync(
      join(folder, 'sleeper.js'),
      `require('child_process').spawn(process.execPath, ['grandchild.js'], { stdio: 'inherit' }); setInterval(() => undefined, 1000);`,
    );
    const started = run('node sleeper.js', 1500);
    const grandchild = await pollUntil(
      'the grandchild started',
      () => (readFileSafe(pidFile) ? Number(readFileSafe(pidFile)) : 0),
      (pid) => pid > 0,
      { timeoutMs: 10_000 },
    );
    const { outcome } = await started;
    assert.deepEqual(outcome, { kind: 'timedOut' });
    await pollUntil(
      'the grandchild is gone',
      () => isAlive(grandchild),
      (alive) => !alive,
      { timeoutMs: 10_000 },
    );
  });

  (posix ? it : it.skip)('ends the command and its children on cancel', async () => {
    const pidFile = join(folder, 'child.pid');
    writeFileSync(
      join(folder, 'child.js'),
      `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => undefined, 1000);`,
    );
    const controller = new AbortController();
    const started = run('node child.js & node child.js; wait', 60_000, controller.signal);
    const child = await pollUntil(
      'a child started',
      () => Number(readFileSafe(pidFile) ?? 0),
      (pid) => pid > 0,
      { timeoutMs: 10_000 },
    );
    controller.abort();
    const { outcome } = await started;
    assert.deepEqual(outcome, { kind: 'cancelled' });
    await pollUntil(
      'the child is gone',
      () => isAlive(child),
      (alive) => !alive,
      { timeoutMs: 10_000 },
    );
  });

  (posix ? it : it.skip)('leaves nothing running that a passing command started in the background', async () => {
    const pidFile = join(folder, 'background.pid');
    writeFileSync(
      join(folder, 'background.js'),
      `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => undefined, 1000);`,
    );
    // Exits once the background process has written its pid, however slow the machine is.
    const { outcome } = await run('node background.js & while [ ! -s background.pid ]; do sleep 0.05; done; exit 0');
    assert.deepEqual(outcome, { kind: 'exited', exitCode: 0, signal: null });
    const pid = Number(readFileSafe(pidFile));
    assert.ok(pid > 0);
    await pollUntil(
      'the background process is gone',
      () => isAlive(pid) || processGroupAlive(pid),
      (alive) => !alive,
      { timeoutMs: 10_000 },
    );
  });

  it('reports a folder that does not exist instead of throwing', async () => {
    const outcome = await runProcess({
      command: 'node -v',
      cwd: join(folder, 'missing'),
      timeoutMs: 10_000,
      signal: new AbortController().signal,
      onOutput: () => undefined,
    });
    assert.equal(outcome.kind, 'failedToStart');
  });
});

function readFileSafe(file: string): string | undefined {
  try {
    const text = readFileSync(file, 'utf8');
    return text.length > 0 ? text : undefined;
  } catch {
    return undefined;
  }
}

// Runs one check command: a shell command in its own process group (POSIX) so that it and every process
// it started can be ended together, at the time limit, on cancel, and once the command itself exits.
// No vscode here, so the runner is tested in plain Node.
import { spawn } from 'node:child_process';

export interface ProcessRunRequest {
  readonly command: string;
  readonly cwd: string;
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
  /** Output as it arrives, stdout and stderr interleaved. */
  readonly onOutput: (chunk: string) => void;
}

export type ProcessRunOutcome =
  | { readonly kind: 'exited'; readonly exitCode: number | null; readonly signal: NodeJS.Signals | null }
  | { readonly kind: 'timedOut' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failedToStart'; readonly message: string };

/** Time a command gets to end after SIGTERM before its group gets SIGKILL. */
const KILL_GRACE_MS = 1500;
/**
 * Time to wait for the output pipes to close once the command exited and its group was killed: the rest
 * of the output is still read meanwhile. Only a process that left the group (a daemon that called
 * setsid) keeps the pipes open this long; the run then ends without waiting for it.
 */
const CLOSE_GRACE_MS = 15_000;

const isWindows = process.platform === 'win32';

/** Signals the process group (or, on Windows, the process tree); quiet when nothing is left. */
export function signalProcessTree(pid: number, signal: NodeJS.Signals): void {
  if (isWindows) {
    spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { windowsHide: true, stdio: 'ignore' }).on('error', () => undefined);
    return;
  }
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is gone already.
  }
}

/** Whether any process of the group is still alive (POSIX). */
export function processGroupAlive(pid: number): boolean {
  if (isWindows) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch (failure) {
    return (failure as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function runProcess(request: ProcessRunRequest): Promise<ProcessRunOutcome> {
  return new Promise((resolve) => {
    if (request.signal.aborted) {
      resolve({ kind: 'cancelled' });
      return;
    }
    const child = spawn(request.command, {
      cwd: request.cwd,
      shell: true,
      detached: !isWindows,
      windowsHide: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // CI keeps test runners out of watch mode and interactive prompts.
      env: { ...process.env, CI: process.env.CI ?? 'true', FORCE_COLOR: '0' },
    });
    let ending: 'timedOut' | 'cancelled' | undefined;
    let exit: { exitCode: number | null; signal: NodeJS.Signals | null } | undefined;
    let settled = false;
    const timers: ReturnType<typeof setTimeout>[] = [];

    const settle = (outcome: ProcessRunOutcome): void => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      request.signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const stop = (reason: 'timedOut' | 'cancelled'): void => {
      if (ending || exit || child.pid === undefined) return;
      ending = reason;
      const pid = child.pid;
      signalProcessTree(pid, 'SIGTERM');
      timers.push(setTimeout(() => signalProcessTree(pid, 'SIGKILL'), KILL_GRACE_MS));
    };
    const onAbort = (): void => stop('cancelled');
    const finish = (): void => {
      if (exit === undefined) return;
      settle(ending ? { kind: ending } : { kind: 'exited', ...exit });
    };

    request.signal.addEventListener('abort', onAbort);
    timers.push(setTimeout(() => stop('timedOut'), request.timeoutMs));
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => request.onOutput(chunk));
    }
    child.on('error', (failure) => {
      if (child.pid !== undefined) signalProcessTree(child.pid, 'SIGKILL');
      settle({ kind: 'failedToStart', message: failure.message });
    });
    child.on('exit', (exitCode, signal) => {
      exit = { exitCode, signal };
      // Whatever the command left running in the background ends with it.
      if (child.pid !== undefined) signalProcessTree(child.pid, 'SIGKILL');
      timers.push(
        setTimeout(() => {
          child.stdout.destroy();
          child.stderr.destroy();
          finish();
        }, CLOSE_GRACE_MS),
      );
    });
    child.on('close', finish);
  });
}

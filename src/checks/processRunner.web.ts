// processRunner.ts for the web worker host, which cannot start programs: every run ends as "failed to
// start" with the reason. Checks never get here on the web (processSupport() says they are unavailable
// first, and the Testing view shows why); this keeps node:child_process out of the browser bundle.
import { noProcessesReason } from '../platform/processes';
import type { ProcessRunOutcome } from './processRunner';

export type { ProcessRunOutcome, ProcessRunRequest } from './processRunner';

export function signalProcessTree(): void {
  // No process was started.
}

export function processGroupAlive(): boolean {
  return false;
}

export function runProcess(): Promise<ProcessRunOutcome> {
  return Promise.resolve({ kind: 'failedToStart', message: noProcessesReason() });
}

// The contract between runSyncTests.ts (the harness) and the suite in this folder, which runs inside
// the extension host of each simulated machine. Plain data through files.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Names the control file; set on the code-server process, so its extension hosts inherit it. */
export const syncControlFileEnvVar = 'ROADMAP_TRACKER_SYNC_TEST_CONTROL';

export interface SyncTestControl {
  /** This machine ("a" or "b"): the tests read it to know which side they play. */
  machine: string;
  /** Steps this run executes in order, the window reloaded between two steps. A test runs in the step named by its `@step:<name>` tag. */
  steps: string[];
  /** Where each step writes `<step>.json`; the first step without a file is the one to run. */
  resultsDir: string;
  /** Shared by both machines: where one machine leaves the synced keys for the other (the "server"). */
  exchangeDir: string;
}

export function stepTag(step: string): string {
  return `@step:${step}`;
}

export function stepResultFile(resultsDir: string, step: string): string {
  return path.join(resultsDir, `${step}.json`);
}

/** The synced keys machine A uploaded, as Settings Sync would carry them to machine B. */
export function uploadedStateFile(exchangeDir: string, machine: string): string {
  return path.join(exchangeDir, `synced-state-${machine}.json`);
}

export function readSyncControl(): SyncTestControl {
  const file = process.env[syncControlFileEnvVar];
  if (!file) throw new Error(`${syncControlFileEnvVar} is not set: start these tests through test/host/runSyncTests.ts.`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SyncTestControl;
}

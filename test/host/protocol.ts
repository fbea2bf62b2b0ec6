// The contract between the harness (runHostTests.ts, runElectronTests.ts) and the suite that runs inside
// the extension host (suite/index.ts). Plain data through files: the two sides live in different processes.
import * as path from 'node:path';

/** Names the control file; set on the VS Code process, so every extension host it starts inherits it. */
export const controlFileEnvVar = 'ROADMAP_TRACKER_HOST_TEST_CONTROL';

/**
 * Tests whose title holds this tag run in the second phase, after the window was reloaded over the same
 * workspace and storage; every other test runs in the first phase.
 */
export const afterReloadTag = '@after-reload';

export type PhaseName = 'before-reload' | 'after-reload';
export const phases: readonly PhaseName[] = ['before-reload', 'after-reload'];

export interface HostTestControl {
  /** Folder where each phase writes `<phase>.json`; the first phase without a file is the one to run. */
  resultsDir: string;
  /**
   * true: after a phase the suite reloads the window itself (`workbench.action.reloadWindow`), which runs
   * the tests again in the next phase (the web workbench keeps its URL). false: the suite returns and
   * the harness starts VS Code again over the same user-data-dir (desktop).
   */
  reloadBetweenPhases: boolean;
}

export interface TestOutcome {
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: { message: string; stack?: string };
  /** Why a skipped test did not run (the web worker host: it needs Node). */
  skipReason?: string;
}

export interface PhaseResult {
  phase: PhaseName;
  vscodeVersion: string;
  durationMs: number;
  tests: TestOutcome[];
  /** Set when the suite could not even run (e.g. a test file threw while loading). */
  runnerError?: string;
  /** Blocks (describe titles) in which a test was skipped for needing Node (the web worker host only). */
  nodeOnlyBlocks?: string[];
}

/** The web worker host's link out of the workspace, relative to the workspace folder (under node_modules: the roadmap search skips it), made by runWebHostTests.ts. */
export const WEB_LINK_OUT = 'node_modules/linked-out';
/** What it points at, beside the workspace folder. */
export const WEB_LINK_TARGET = 'outside-the-workspace';
/** A second link to it, at the top of the workspace folder, where the roadmap search meets it. */
export const WEB_LINKED_FOLDER = 'linked-roadmaps';

export function phaseResultFile(resultsDir: string, phase: PhaseName): string {
  return path.join(resultsDir, `${phase}.json`);
}

// What runs checks: the executor (processes, approvals, bounded output) and the Testing view's controller.
// A bundle of its own (dist/checkRuns.js, see esbuild.js): registerChecks.ts requires it when the roadmaps
// have first loaded (the Testing view lists their checks then) or a check is first run or described.
import type * as vscode from 'vscode';
import type { RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import { CheckApprovals } from './checkApprovals';
import { CheckExecutor, type CheckEnvironment } from './checkExecution';
import type { CheckResolver } from './checkResolver';
import type { CheckResultStore } from './checkResultStore';
import { CheckTestController } from './checkTestController';
import { shareL10nBundle } from '../platform/sharedL10n';

// This bundle's own copy of @vscode/l10n (the test-command detection's reasons) speaks the display language.
shareL10nBundle();

export interface CheckRuns {
  readonly executor: CheckExecutor;
  readonly controller: CheckTestController;
}

export interface CheckRunSources {
  readonly workspaceState: vscode.Memento;
  readonly catalog: RoadmapCatalog;
  readonly resolver: CheckResolver;
  readonly results: CheckResultStore;
  readonly environment: CheckEnvironment;
  readonly log: vscode.LogOutputChannel;
}

export function createCheckRuns({ workspaceState, catalog, resolver, results, environment, log }: CheckRunSources): CheckRuns {
  const executor = new CheckExecutor(resolver, new CheckApprovals(workspaceState), results, environment, log);
  return { executor, controller: new CheckTestController(catalog, resolver, executor, log) };
}

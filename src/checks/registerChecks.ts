// Wires the checks feature: where checks come from, what runs them, the Testing view's controller, the
// results and "verified" marks, and the Mark Done offer. What other features use is ChecksFeature. What
// runs checks (executor, Testing view controller) is a bundle of its own, created on first need (checkRuns.ts).
import * as vscode from 'vscode';
import type { TopicRef } from '../contracts/topicRef';
import { affectsChecks } from '../platform/checkSettings';
import { processSupport } from '../platform/processes';
import type { ProgressTracker } from '../progress/progressTracker';
import type { RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import type { Availability } from './checkExecution';
import { CheckResolver, type CheckResolution } from './checkResolver';
import { CheckResultStore, type CheckResult } from './checkResultStore';
import type { ReportedState } from './checkTestController';
import type * as CheckRunsModule from './checkRuns';
import type { CheckRuns } from './checkRuns';
import { ChecksFileStore } from './checksFileStore';
import { offerMarkDone } from './markDoneOffer';
import { checkSourceLabel } from './checkSourceLabel';

/** What the tree and the panel show about a topic's check. */
export interface TopicCheckView {
  /** Why no check can run here (Restricted Mode, the web); absent when checks can run. */
  readonly unavailable?: string;
  readonly command?: string;
  /** Where the command comes from, and for the convention why it was chosen. */
  readonly source?: string;
  /** The folder it runs in, relative to the workspace folder. */
  readonly folder?: string;
  /** Why the topic's check cannot be used (its folder is missing, say). */
  readonly problem?: string;
  readonly running: boolean;
  readonly last?: CheckResult;
  readonly verifiedAt?: number;
}

export interface ChecksTestHooks {
  reportedState(ref: TopicRef): ReportedState | undefined;
  itemTree(): { label: string; children: unknown[] }[];
  /** Stands in for Restricted Mode (false) until set back to undefined. */
  overrideTrust(trusted: boolean | undefined): void;
  rebuilt(): Promise<void>;
  startContinuousRun(refs: readonly TopicRef[]): vscode.Disposable;
}

export class ChecksFeature implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TopicRef | undefined>();
  /** A topic's check view changed (undefined: any topic's). */
  readonly onDidChange = this.changed.event;
  private trustOverride: boolean | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  readonly checksFile: ChecksFileStore;
  readonly resolver: CheckResolver;
  readonly results: CheckResultStore;
  private loadedRuns: CheckRuns | undefined;
  private disposed = false;

  constructor(
    private readonly extensionContext: vscode.ExtensionContext,
    private readonly catalog: RoadmapCatalog,
    private readonly tracker: ProgressTracker,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.checksFile = new ChecksFileStore(log);
    this.resolver = new CheckResolver(catalog, this.checksFile);
    this.results = new CheckResultStore(extensionContext.workspaceState);
    const changedAll = (): void => {
      if (!this.disposed) this.runs().controller.rebuildSoon();
      this.changed.fire(undefined);
    };
    this.disposables.push(
      this.checksFile,
      this.changed,
      this.results,
      catalog.onDidChange(changedAll),
      this.checksFile.onDidChange(changedAll),
      vscode.workspace.onDidChangeConfiguration((event) => affectsChecks(event) && changedAll()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.changed.fire(undefined)),
      this.results.onDidChange((ref) => this.changed.fire(ref)),
      // A status changed by hand after a check marked it done is no longer the check's.
      tracker.onDidChange(({ roadmapId, nodeIds }) => {
        for (const topicId of nodeIds) {
          const ref = { roadmapId, topicId };
          if (this.results.verifiedAt(ref) !== undefined && tracker.statusOf(roadmapId, topicId) !== 'done')
            void this.results.clearVerified(ref);
        }
      }),
    );
  }

  /** Runs the topics' checks as one run in the Testing view. */
  runChecks(refs: readonly TopicRef[]): Promise<void> {
    return this.runs().controller.runTopics(refs);
  }

  /** Whether checks can run here at all (processes, workspace trust), and why not. */
  availability(): Availability {
    return this.runs().executor.availability();
  }

  resolve(ref: TopicRef): Promise<CheckResolution> {
    return this.resolver.resolve(ref);
  }

  /** The last result and verified mark, synchronously, for the tree's rows. */
  markOf(ref: TopicRef): { readonly last?: CheckResult; readonly verifiedAt?: number } | undefined {
    const last = this.results.resultOf(ref);
    const verifiedAt = this.results.verifiedAt(ref);
    return last || verifiedAt !== undefined ? { last, verifiedAt } : undefined;
  }

  async describe(ref: TopicRef): Promise<TopicCheckView> {
    const { executor } = this.runs();
    const availability = executor.availability();
    const resolution = await this.resolver.resolve(ref);
    const base = {
      unavailable: availability.ok ? undefined : availability.reason,
      running: executor.isRunning(ref),
      last: this.results.resultOf(ref),
      verifiedAt: this.results.verifiedAt(ref),
    };
    if (resolution.kind === 'none') return base;
    if (resolution.kind === 'problem') return { ...base, problem: resolution.message };
    const { check } = resolution;
    const source = check.reason ? vscode.l10n.t('{0} ({1})', checkSourceLabel(check.source), check.reason) : checkSourceLabel(check.source);
    return { ...base, command: check.command, source, folder: check.folderLabel };
  }

  testHooks(): ChecksTestHooks {
    return {
      reportedState: (ref) => this.runs().controller.reportedState(ref),
      itemTree: () => this.runs().controller.itemTree(),
      overrideTrust: (trusted) => {
        this.trustOverride = trusted;
        this.changed.fire(undefined);
      },
      rebuilt: () => this.runs().controller.rebuild(),
      startContinuousRun: (refs) => this.runs().controller.startContinuousRun(refs),
    };
  }

  dispose(): void {
    this.disposed = true;
    this.disposables.forEach((disposable) => disposable.dispose());
  }

  /** The executor and the Testing view's controller, created the first time they are needed. */
  private runs(): CheckRuns {
    if (this.loadedRuns) return this.loadedRuns;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle of its own, loaded on first use
    const { createCheckRuns } = require('./checkRuns') as typeof CheckRunsModule;
    const runs = createCheckRuns({
      workspaceState: this.extensionContext.workspaceState,
      catalog: this.catalog,
      resolver: this.resolver,
      results: this.results,
      environment: { isTrusted: () => this.trustOverride ?? vscode.workspace.isTrusted, processSupport },
      log: this.log,
    });
    this.loadedRuns = runs;
    this.disposables.push(
      runs.controller,
      runs.executor,
      runs.executor.onDidChangeRunning((ref) => this.changed.fire(ref)),
      runs.executor.onDidPass(
        (check) =>
          void offerMarkDone(check, this.tracker, this.results).catch((failure) =>
            this.log.error('Checks: marking the topic done failed', failure),
          ),
      ),
    );
    return runs;
  }
}

export function registerChecks(
  extensionContext: vscode.ExtensionContext,
  catalog: RoadmapCatalog,
  tracker: ProgressTracker,
  log: vscode.LogOutputChannel,
): ChecksFeature {
  const checks = new ChecksFeature(extensionContext, catalog, tracker, log);
  extensionContext.subscriptions.push(checks);
  return checks;
}

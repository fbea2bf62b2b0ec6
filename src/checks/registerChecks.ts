// Wires the checks feature: where checks come from, what runs them, the Testing view's controller, the
// results and "verified" marks, and the Mark Done offer. What other features use is ChecksFeature.
import * as vscode from 'vscode';
import type { TopicRef } from '../contracts/topicRef';
import { affectsChecks } from '../platform/checkSettings';
import { processSupport } from '../platform/processes';
import type { ProgressTracker } from '../progress/progressTracker';
import type { RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import { CheckApprovals } from './checkApprovals';
import { CheckExecutor, type Availability } from './checkExecution';
import { CheckResolver, type CheckResolution } from './checkResolver';
import { CheckResultStore, type CheckResult } from './checkResultStore';
import { CheckTestController, type ReportedState } from './checkTestController';
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
  private readonly executor: CheckExecutor;
  private readonly controller: CheckTestController;

  constructor(extensionContext: vscode.ExtensionContext, catalog: RoadmapCatalog, tracker: ProgressTracker, log: vscode.LogOutputChannel) {
    this.checksFile = new ChecksFileStore(log);
    this.resolver = new CheckResolver(catalog, this.checksFile);
    this.results = new CheckResultStore(extensionContext.workspaceState);
    this.executor = new CheckExecutor(
      this.resolver,
      new CheckApprovals(extensionContext.workspaceState),
      this.results,
      { isTrusted: () => this.trustOverride ?? vscode.workspace.isTrusted, processSupport },
      log,
    );
    this.controller = new CheckTestController(catalog, this.resolver, this.executor, log);
    const changedAll = (): void => {
      this.controller.rebuildSoon();
      this.changed.fire(undefined);
    };
    this.disposables.push(
      this.checksFile,
      this.controller,
      this.executor,
      this.changed,
      this.results,
      catalog.onDidChange(changedAll),
      this.checksFile.onDidChange(changedAll),
      vscode.workspace.onDidChangeConfiguration((event) => affectsChecks(event) && changedAll()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.changed.fire(undefined)),
      this.results.onDidChange((ref) => this.changed.fire(ref)),
      this.executor.onDidChangeRunning((ref) => this.changed.fire(ref)),
      this.executor.onDidPass(
        (check) =>
          void offerMarkDone(check, tracker, this.results).catch((failure) => log.error('Checks: marking the topic done failed', failure)),
      ),
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
    return this.controller.runTopics(refs);
  }

  /** Whether checks can run here at all (processes, workspace trust), and why not. */
  availability(): Availability {
    return this.executor.availability();
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
    const availability = this.executor.availability();
    const resolution = await this.resolver.resolve(ref);
    const base = {
      unavailable: availability.ok ? undefined : availability.reason,
      running: this.executor.isRunning(ref),
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
      reportedState: (ref) => this.controller.reportedState(ref),
      itemTree: () => this.controller.itemTree(),
      overrideTrust: (trusted) => {
        this.trustOverride = trusted;
        this.changed.fire(undefined);
      },
      rebuilt: () => this.controller.rebuild(),
      startContinuousRun: (refs) => this.controller.startContinuousRun(refs),
    };
  }

  dispose(): void {
    this.disposables.forEach((disposable) => disposable.dispose());
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

// Runs one topic's check from start to end: it must be allowed here (processes, workspace trust), the
// learner must have approved the command, then it runs with a time limit, its output is streamed and
// bounded, and the result is recorded. A failing check never changes a status.
import * as vscode from 'vscode';
import { BoundedOutput } from '../model/boundedOutput';
import type { TopicRef } from '../contracts/topicRef';
import type { ProcessSupport } from '../platform/processes';
import type { CheckApprovals } from './checkApprovals';
import type { CheckResolver, ResolvedCheck } from './checkResolver';
import type { CheckOutcome, CheckResultStore } from './checkResultStore';
import { runProcess, type ProcessRunOutcome } from './processRunner';
import { displayFormat } from '../platform/displayLanguage';

/** Where a run's progress goes: a test run of the Testing view. */
export interface CheckReport {
  started(): void;
  output(text: string): void;
  passed(durationMs: number): void;
  failed(message: string, durationMs: number): void;
  errored(message: string): void;
  skipped(reason: string): void;
}

export interface CheckEnvironment {
  isTrusted(): boolean;
  processSupport(): ProcessSupport;
}

export type Availability = { readonly ok: true } | { readonly ok: false; readonly reason: string };

function restrictedReason(): string {
  return vscode.l10n.t(
    'Restricted Mode: checks run commands written in workspace files, so they run only in a trusted workspace. Trust this folder to run them.',
  );
}

export type RunEnd = CheckOutcome | 'cancelled' | 'skipped';

export class CheckExecutor {
  private readonly running = new Set<string>();
  private readonly passedEmitter = new vscode.EventEmitter<ResolvedCheck>();
  private readonly runningEmitter = new vscode.EventEmitter<TopicRef>();
  /** A check passed (the Mark Done offer listens). */
  readonly onDidPass = this.passedEmitter.event;
  /** A check started or ended. */
  readonly onDidChangeRunning = this.runningEmitter.event;

  constructor(
    private readonly resolver: CheckResolver,
    private readonly approvals: CheckApprovals,
    private readonly results: CheckResultStore,
    private readonly environment: CheckEnvironment,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Whether checks can run here at all, and why not. */
  availability(): Availability {
    const processes = this.environment.processSupport();
    if (!processes.available) return { ok: false, reason: processes.reason };
    if (!this.environment.isTrusted()) return { ok: false, reason: restrictedReason() };
    return { ok: true };
  }

  isRunning(ref: TopicRef): boolean {
    return this.running.has(keyOf(ref));
  }

  async run(ref: TopicRef, report: CheckReport, signal: AbortSignal): Promise<RunEnd> {
    const availability = this.availability();
    if (!availability.ok) {
      report.errored(availability.reason);
      return 'skipped';
    }
    const resolution = await this.resolver.resolve(ref);
    if (resolution.kind === 'none') {
      report.skipped(vscode.l10n.t('This topic has no check. Use Set Check… to give it one.'));
      return 'skipped';
    }
    if (resolution.kind === 'problem') {
      report.errored(resolution.message);
      return 'error';
    }
    const check = resolution.check;
    if (this.running.has(keyOf(ref))) {
      report.skipped(vscode.l10n.t('This check is running already.'));
      return 'skipped';
    }
    if (!(await this.approvals.ensureApproved(check))) {
      report.skipped(vscode.l10n.t('Not run: the command was not approved.'));
      return 'skipped';
    }
    if (signal.aborted) {
      report.skipped(vscode.l10n.t('Cancelled.'));
      return 'cancelled';
    }
    this.running.add(keyOf(ref));
    this.runningEmitter.fire(ref);
    try {
      return await this.execute(check, report, signal);
    } finally {
      this.running.delete(keyOf(ref));
      this.runningEmitter.fire(ref);
    }
  }

  dispose(): void {
    this.passedEmitter.dispose();
    this.runningEmitter.dispose();
  }

  private async execute(check: ResolvedCheck, report: CheckReport, signal: AbortSignal): Promise<RunEnd> {
    report.started();
    const output = new BoundedOutput();
    const where = check.folderLabel === '.' ? vscode.l10n.t('the workspace folder') : check.folderLabel;
    const runsIn = check.reason ? vscode.l10n.t('(in {0}; {1})', where, check.reason) : vscode.l10n.t('(in {0})', where);
    report.output(terminalText(`$ ${check.command}\n${runsIn}\n`));
    this.log.info(`Checks: running "${check.command}" in ${check.cwd.fsPath} for ${keyOf(check.ref)}`);
    const started = Date.now();
    const outcome = await runProcess({
      command: check.command,
      cwd: check.cwd.fsPath,
      timeoutMs: check.timeoutSeconds * 1000,
      signal,
      onOutput: (chunk) => {
        const shown = output.append(chunk);
        if (shown.length > 0) report.output(terminalText(shown));
      },
    });
    const duration = Date.now() - started;
    const ended = describeOutcome(outcome, check);
    if (ended.outcome === 'cancelled') {
      report.skipped(vscode.l10n.t('Cancelled; the command and the processes it started were ended.'));
      return 'cancelled';
    }
    const tail = output.tail().trimEnd();
    if (ended.outcome === 'passed') report.passed(duration);
    else if (ended.outcome === 'error') report.errored(ended.summary);
    else report.failed(tail ? `${ended.summary}\n\n${tail}` : ended.summary, duration);
    await this.results.record(check.ref, { outcome: ended.outcome, at: Date.now(), command: check.command, summary: ended.summary });
    if (ended.outcome === 'passed') this.passedEmitter.fire(check);
    return ended.outcome;
  }
}

function describeOutcome(outcome: ProcessRunOutcome, check: ResolvedCheck): { outcome: CheckOutcome | 'cancelled'; summary: string } {
  switch (outcome.kind) {
    case 'exited':
      if (outcome.exitCode === 0) return { outcome: 'passed', summary: vscode.l10n.t('Passed (exit code 0).') };
      return {
        outcome: 'failed',
        summary:
          outcome.exitCode === null
            ? vscode.l10n.t('Failed: ended by signal {0}.', outcome.signal ?? vscode.l10n.t('unknown'))
            : vscode.l10n.t('Failed with exit code {0}.', outcome.exitCode),
      };
    case 'timedOut':
      return {
        outcome: 'timedOut',
        summary: vscode.l10n.t(
          'Stopped after {0} s, its time limit; the command and the processes it started were ended.',
          displayFormat().number(check.timeoutSeconds),
        ),
      };
    case 'cancelled':
      return { outcome: 'cancelled', summary: vscode.l10n.t('Cancelled.') };
    case 'failedToStart':
      return { outcome: 'error', summary: vscode.l10n.t('The command could not start: {0}.', outcome.message) };
  }
}

/** The Testing view's output is a terminal: lines end in CRLF. */
function terminalText(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

function keyOf(ref: TopicRef): string {
  return `${ref.roadmapId}/${ref.topicId}`;
}

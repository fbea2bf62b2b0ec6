// The check's mark on a topic row: "check passed" / "check failed" in the description, and in the
// tooltip the result, when it ran and whether a passing check marked the topic done.
import * as vscode from 'vscode';
import type { CheckOutcome, CheckResult } from '../../checks/checkResultStore';
import type { TopicRef } from '../../contracts/topicRef';
import { displayFormat } from '../../platform/displayLanguage';

export interface TopicCheckMark {
  readonly last?: CheckResult;
  readonly verifiedAt?: number;
}

/** Where the tree reads marks from, and hears that one changed. */
export interface CheckMarkSource {
  markOf(ref: TopicRef): TopicCheckMark | undefined;
  readonly onDidChange: vscode.Event<TopicRef | undefined>;
}

const MARK_ICONS: Readonly<Record<CheckOutcome, string>> = {
  passed: 'pass',
  failed: 'error',
  timedOut: 'watch',
  error: 'warning',
};

/** The outcome in the row's description ("check passed"). */
function shortText(outcome: CheckOutcome): string {
  switch (outcome) {
    case 'passed':
      return vscode.l10n.t('check passed');
    case 'failed':
      return vscode.l10n.t('check failed');
    case 'timedOut':
      return vscode.l10n.t('check timed out');
    case 'error':
      return vscode.l10n.t('check could not run');
  }
}

/** The outcome as the tooltip's line starts ("Check passed · <when>"). */
function tooltipLine(outcome: CheckOutcome, when: string): string {
  switch (outcome) {
    case 'passed':
      return vscode.l10n.t('Check passed · {0}', when);
    case 'failed':
      return vscode.l10n.t('Check failed · {0}', when);
    case 'timedOut':
      return vscode.l10n.t('Check timed out · {0}', when);
    case 'error':
      return vscode.l10n.t('Check could not run · {0}', when);
  }
}

export function applyCheckMark(item: vscode.TreeItem, tooltip: vscode.MarkdownString, mark: TopicCheckMark | undefined): void {
  if (!mark?.last && mark?.verifiedAt === undefined) return;
  if (mark.last) {
    const short = shortText(mark.last.outcome);
    item.description = [typeof item.description === 'string' ? item.description : undefined, short].filter(Boolean).join(' · ');
    const line = tooltipLine(mark.last.outcome, displayFormat().dateTime(mark.last.at));
    tooltip.appendMarkdown(`\n\n$(${MARK_ICONS[mark.last.outcome]}) ${line}`);
  }
  if (mark.verifiedAt !== undefined) {
    const line = vscode.l10n.t('Marked done by its passing check · {0}', displayFormat().dateTime(mark.verifiedAt));
    tooltip.appendMarkdown(`\n\n$(verified) ${line}`);
  }
  if (item.accessibilityInformation && mark.last) {
    item.accessibilityInformation = { label: vscode.l10n.t('{0}, {1}', item.accessibilityInformation.label, shortText(mark.last.outcome)) };
  }
}

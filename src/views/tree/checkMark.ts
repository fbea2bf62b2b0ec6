// The check's mark on a topic row: "check passed" / "check failed" in the description, and in the
// tooltip the result, when it ran and whether a passing check marked the topic done.
import type * as vscode from 'vscode';
import type { CheckOutcome, CheckResult } from '../../checks/checkResultStore';
import type { TopicRef } from '../../contracts/topicRef';

export interface TopicCheckMark {
  readonly last?: CheckResult;
  readonly verifiedAt?: number;
}

/** Where the tree reads marks from, and hears that one changed. */
export interface CheckMarkSource {
  markOf(ref: TopicRef): TopicCheckMark | undefined;
  readonly onDidChange: vscode.Event<TopicRef | undefined>;
}

const MARK_TEXT: Readonly<Record<CheckOutcome, { readonly short: string; readonly icon: string }>> = {
  passed: { short: 'check passed', icon: 'pass' },
  failed: { short: 'check failed', icon: 'error' },
  timedOut: { short: 'check timed out', icon: 'watch' },
  error: { short: 'check could not run', icon: 'warning' },
};

export function applyCheckMark(item: vscode.TreeItem, tooltip: vscode.MarkdownString, mark: TopicCheckMark | undefined): void {
  if (!mark?.last && mark?.verifiedAt === undefined) return;
  if (mark.last) {
    const { short, icon } = MARK_TEXT[mark.last.outcome];
    item.description = [typeof item.description === 'string' ? item.description : undefined, short].filter(Boolean).join(' · ');
    tooltip.appendMarkdown(`\n\n$(${icon}) ${capitalize(short)} · ${new Date(mark.last.at).toLocaleString()}`);
  }
  if (mark.verifiedAt !== undefined)
    tooltip.appendMarkdown(`\n\n$(verified) Marked done by its passing check · ${new Date(mark.verifiedAt).toLocaleString()}`);
  if (item.accessibilityInformation && mark.last) {
    item.accessibilityInformation = { label: `${item.accessibilityInformation.label}, ${MARK_TEXT[mark.last.outcome].short}` };
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

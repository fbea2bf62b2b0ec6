// A passing check on a topic that is not done offers Mark Done, once per pass; with
// roadmapTracker.checks.markDoneOnPass it marks the topic done at once. Either way the change is recorded
// as coming from the check (CheckResultStore.markVerified). A failing check never changes a status.
import * as vscode from 'vscode';
import { CommandId } from '../contracts/commandIds';
import { checkSettings } from '../platform/checkSettings';
import type { ProgressTracker } from '../progress/progressTracker';
import type { CheckResultStore } from './checkResultStore';
import type { ResolvedCheck } from './checkResolver';

export async function offerMarkDone(check: ResolvedCheck, tracker: ProgressTracker, results: CheckResultStore): Promise<void> {
  const { ref } = check;
  if (tracker.statusOf(ref.roadmapId, ref.topicId) === 'done') return;
  if (!checkSettings(check.cwd).markDoneOnPass) {
    const markDone = vscode.l10n.t('Mark Done');
    const answer = await vscode.window.showInformationMessage(
      vscode.l10n.t('The check of "{0}" passed. Mark the topic done?', check.title),
      markDone,
    );
    if (answer !== markDone) return;
    // It may have been marked done meanwhile; then the check did not make the change.
    if (tracker.statusOf(ref.roadmapId, ref.topicId) === 'done') return;
  }
  await vscode.commands.executeCommand(CommandId.MarkDone, ref);
  if (tracker.statusOf(ref.roadmapId, ref.topicId) === 'done') await results.markVerified(ref, Date.now());
}

// A passing check on a topic that is not done offers Mark Done, once per pass; with
// roadmapTracker.checks.markDoneOnPass it marks the topic done at once. Either way the change is recorded
// as coming from the check (CheckResultStore.markVerified). A failing check never changes a status.
import * as vscode from 'vscode';
import { CommandId } from '../contracts/commandIds';
import { checkSettings } from '../platform/checkSettings';
import type { ProgressTracker } from '../progress/progressTracker';
import type { CheckResultStore } from './checkResultStore';
import type { ResolvedCheck } from './checkResolver';

export const MARK_DONE_ACTION = 'Mark Done';

export async function offerMarkDone(check: ResolvedCheck, tracker: ProgressTracker, results: CheckResultStore): Promise<void> {
  const { ref } = check;
  if (tracker.statusOf(ref.roadmapId, ref.topicId) === 'done') return;
  if (!checkSettings(check.cwd).markDoneOnPass) {
    const answer = await vscode.window.showInformationMessage(
      `The check of "${check.title}" passed. Mark the topic done?`,
      MARK_DONE_ACTION,
    );
    if (answer !== MARK_DONE_ACTION) return;
    // It may have been marked done meanwhile; then the check did not make the change.
    if (tracker.statusOf(ref.roadmapId, ref.topicId) === 'done') return;
  }
  await vscode.commands.executeCommand(CommandId.MarkDone, ref);
  if (tracker.statusOf(ref.roadmapId, ref.topicId) === 'done') await results.markVerified(ref, Date.now());
}

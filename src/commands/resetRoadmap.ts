// Reset every topic of a roadmap to todo, after a modal confirmation; the notification that follows
// offers Undo, which puts the statuses back stamped anew (so the undo wins wherever the reset synced to).
import * as vscode from 'vscode';
import type { Status } from '../model/status';
import type { CommandContext } from './commandContext';
import { orderedRoadmaps, roadmapIdOf } from './targets';

export const RESET_CONFIRM_ACTION = 'Reset Progress';
export const UNDO_RESET_ACTION = 'Undo';

async function pickRoadmapId(context: CommandContext): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(
    orderedRoadmaps(context).map((roadmap) => ({ label: roadmap.title, roadmapId: roadmap.id })),
    { title: 'Reset Roadmap Progress', placeHolder: 'Which roadmap?' },
  );
  return picked?.roadmapId;
}

export function resetRoadmapHandler(context: CommandContext) {
  return async (target?: unknown): Promise<void> => {
    const roadmapId = roadmapIdOf(target) ?? (await pickRoadmapId(context));
    const roadmap = roadmapId ? context.catalog.get(roadmapId)?.roadmap : undefined;
    const counter = roadmap ? context.tracker.counter(roadmap.id) : undefined;
    if (!roadmap || !counter) return;
    const { done, inProgress, skipped } = counter.countsOf();
    if (done + inProgress + skipped === 0) {
      void vscode.window.showInformationMessage(`"${roadmap.title}" has no progress to reset.`);
      return;
    }
    const answer = await vscode.window.showWarningMessage(
      `Reset all progress of "${roadmap.title}"?`,
      {
        modal: true,
        detail: `${done} done, ${inProgress} in progress and ${skipped} skipped topics go back to To Do. The notification that follows offers Undo.`,
      },
      RESET_CONFIRM_ACTION,
    );
    if (answer !== RESET_CONFIRM_ACTION) return;
    const before = new Map<string, Status>();
    for (const [topicId, entry] of context.store.progressOf(roadmap.id)) if (entry.status !== 'todo') before.set(topicId, entry.status);
    await context.store.resetRoadmap(roadmap.id);
    // Not awaited: the notification stays until the learner answers or dismisses it.
    void vscode.window
      .showInformationMessage(`The progress of "${roadmap.title}" was reset.`, UNDO_RESET_ACTION)
      .then(async (choice) => {
        if (choice !== UNDO_RESET_ACTION) return;
        await context.store.restore(roadmap.id, before);
        void vscode.window.showInformationMessage(`The progress of "${roadmap.title}" is back as it was before the reset.`);
      })
      .then(undefined, () => undefined); // A failed save is reported through the store's onDidFailToSave.
  };
}

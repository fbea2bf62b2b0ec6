// Reset every topic of a roadmap to todo, after a modal confirmation; the notification that follows
// offers Undo, which puts the statuses back stamped anew (so the undo wins wherever the reset synced to).
import * as vscode from 'vscode';
import type { Status } from '../model/status';
import type { CommandContext } from './commandContext';
import { orderedRoadmaps, roadmapIdOf } from './targets';
import { displayFormat } from '../platform/displayLanguage';

async function pickRoadmapId(context: CommandContext): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(
    orderedRoadmaps(context).map((roadmap) => ({ label: roadmap.title, roadmapId: roadmap.id })),
    { title: vscode.l10n.t('Reset Roadmap Progress'), placeHolder: vscode.l10n.t('Which roadmap?') },
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
      void vscode.window.showInformationMessage(vscode.l10n.t('"{0}" has no progress to reset.', roadmap.title));
      return;
    }
    const format = displayFormat();
    const resetAction = vscode.l10n.t('Reset Progress');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('Reset all progress of "{0}"?', roadmap.title),
      {
        modal: true,
        detail: vscode.l10n.t(
          '{0} done, {1} in progress and {2} skipped topics go back to To Do. The notification that follows offers Undo.',
          format.number(done),
          format.number(inProgress),
          format.number(skipped),
        ),
      },
      resetAction,
    );
    if (answer !== resetAction) return;
    const before = new Map<string, Status>();
    for (const [topicId, entry] of context.store.progressOf(roadmap.id)) if (entry.status !== 'todo') before.set(topicId, entry.status);
    await context.store.resetRoadmap(roadmap.id);
    const undoAction = vscode.l10n.t('Undo');
    // Not awaited: the notification stays until the learner answers or dismisses it.
    void vscode.window
      .showInformationMessage(vscode.l10n.t('The progress of "{0}" was reset.', roadmap.title), undoAction)
      .then(async (choice) => {
        if (choice !== undoAction) return;
        await context.store.restore(roadmap.id, before);
        void vscode.window.showInformationMessage(
          vscode.l10n.t('The progress of "{0}" is back as it was before the reset.', roadmap.title),
        );
      })
      .then(undefined, () => undefined); // A failed save is reported through the store's onDidFailToSave.
  };
}

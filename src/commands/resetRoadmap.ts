// Reset every topic of a roadmap to todo, after a modal confirmation.
import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import { orderedRoadmaps, roadmapIdOf } from './targets';

export const RESET_CONFIRM_ACTION = 'Reset Progress';

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
        detail: `${done} done, ${inProgress} in progress and ${skipped} skipped topics go back to To Do. This cannot be undone.`,
      },
      RESET_CONFIRM_ACTION,
    );
    if (answer !== RESET_CONFIRM_ACTION) return;
    await context.store.resetRoadmap(roadmap.id);
  };
}

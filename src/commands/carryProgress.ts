// Carry Progress to Roadmap…: gives a roadmap's topics still to do the status their subject has in the
// learner's other roadmaps, after saying how many would change. Also offered when a roadmap is followed.
import * as vscode from 'vscode';
import { statusesToCarry } from '../progress/carryProgress';
import type { CommandContext } from './commandContext';
import { roadmapIdOf } from './targets';

export const CARRY_ACTION = 'Carry Progress';

/** Carries after asking; resolves with how many topics changed. `quiet`: say nothing when none would. */
export async function carryProgressTo(context: CommandContext, roadmapId: string, quiet = false): Promise<number> {
  const roadmap = context.catalog.get(roadmapId)?.roadmap;
  if (!roadmap) return 0;
  const carried = statusesToCarry(roadmap, context.subjects.current, (id) => context.store.progressOf(id));
  if (carried.length === 0) {
    if (!quiet)
      void vscode.window.showInformationMessage(
        `Nothing to carry: no topic of "${roadmap.title}" still to do has a status in your other roadmaps.`,
      );
    return 0;
  }
  const count = `${carried.length} topic${carried.length === 1 ? '' : 's'}`;
  const answer = await vscode.window.showInformationMessage(
    `${count} of "${roadmap.title}" already ${carried.length === 1 ? 'has' : 'have'} a status in your other roadmaps. Carry it over?`,
    { modal: true, detail: "Only topics still to do change; each gets its subject's latest status." },
    CARRY_ACTION,
  );
  if (answer !== CARRY_ACTION) return 0;
  for (const status of ['done', 'in-progress', 'skipped'] as const) {
    const topicIds = carried.filter((entry) => entry.status === status).map((entry) => entry.topicId);
    if (topicIds.length > 0) await context.store.setStatus(roadmap.id, topicIds, status);
  }
  return carried.length;
}

export function carryProgressHandler(context: CommandContext) {
  return async (target?: unknown): Promise<void> => {
    let roadmapId = roadmapIdOf(target);
    if (!roadmapId) {
      const picks = context.followed.followed().map(({ roadmap }) => ({ label: roadmap.title, roadmapId: roadmap.id }));
      roadmapId = (
        await vscode.window.showQuickPick(picks, { title: 'Carry Progress to Roadmap', placeHolder: 'Which roadmap gets the statuses?' })
      )?.roadmapId;
    }
    if (roadmapId) await carryProgressTo(context, roadmapId);
  };
}

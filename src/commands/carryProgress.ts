// Carry Progress to Roadmap…: gives a roadmap's topics still to do the status their subject has in the
// learner's other roadmaps, after saying how many would change. Also offered when a roadmap is followed.
import * as vscode from 'vscode';
import { statusesToCarry } from '../progress/carryProgress';
import type { CommandContext } from './commandContext';
import { roadmapIdOf } from './targets';
import { displayFormat } from '../platform/displayLanguage';

/** Carries after asking; resolves with how many topics changed. `quiet`: say nothing when none would. */
export async function carryProgressTo(context: CommandContext, roadmapId: string, quiet = false): Promise<number> {
  const roadmap = context.catalog.get(roadmapId)?.roadmap;
  if (!roadmap) return 0;
  const carried = statusesToCarry(roadmap, context.subjects.current, (id) => context.store.progressOf(id));
  if (carried.length === 0) {
    if (!quiet)
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Nothing to carry: no topic of "{0}" still to do has a status in your other roadmaps.', roadmap.title),
      );
    return 0;
  }
  const carryAction = vscode.l10n.t('Carry Progress');
  const answer = await vscode.window.showInformationMessage(
    displayFormat().plural(carried.length, {
      one: (n) => vscode.l10n.t('{0} topic of "{1}" already has a status in your other roadmaps. Carry it over?', n, roadmap.title),
      other: (n) => vscode.l10n.t('{0} topics of "{1}" already have a status in your other roadmaps. Carry it over?', n, roadmap.title),
    }),
    { modal: true, detail: vscode.l10n.t("Only topics still to do change; each gets its subject's latest status.") },
    carryAction,
  );
  if (answer !== carryAction) return 0;
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
        await vscode.window.showQuickPick(picks, {
          title: vscode.l10n.t('Carry Progress to Roadmap'),
          placeHolder: vscode.l10n.t('Which roadmap gets the statuses?'),
        })
      )?.roadmapId;
    }
    if (roadmapId) await carryProgressTo(context, roadmapId);
  };
}

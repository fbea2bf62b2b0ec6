// Choose a Roadmap…, Follow, Stop Following, and Show All / Followed Roadmaps.
import * as vscode from 'vscode';
import { introOf, RECOMMENDED_ROADMAP_ID, sizeOf } from '../progress/roadmapIntros';
import type { LoadedRoadmap } from '../roadmaps/roadmapCatalog';
import type { CommandContext } from './commandContext';
import { carryProgressTo } from './carryProgress';
import { roadmapIdOf } from './targets';
import { displayFormat } from '../platform/displayLanguage';

type RoadmapPick = vscode.QuickPickItem & { readonly roadmapId: string };

/** One row per loaded roadmap, the recommended one first, then the catalog's order. */
export function roadmapPicks(context: CommandContext): RoadmapPick[] {
  const loaded = context.catalog.loaded();
  const ordered = [
    ...loaded.filter((entry) => entry.roadmap.id === RECOMMENDED_ROADMAP_ID),
    ...loaded.filter((entry) => entry.roadmap.id !== RECOMMENDED_ROADMAP_ID),
  ];
  return ordered.map((entry) => roadmapPick(context, entry));
}

function roadmapPick(context: CommandContext, entry: LoadedRoadmap): RoadmapPick {
  const { roadmap, origin } = entry;
  const where = origin === 'workspace' ? vscode.l10n.t('in this workspace ({0})', vscode.workspace.asRelativePath(entry.uri)) : undefined;
  const recommended = roadmap.id === RECOMMENDED_ROADMAP_ID ? `$(star-full) ${vscode.l10n.t('Recommended start')}` : undefined;
  return {
    roadmapId: roadmap.id,
    label: roadmap.title,
    description: [recommended, sizeOf(roadmap, displayFormat()), where].filter((part) => part !== undefined).join(' · '),
    detail: introOf(roadmap, origin),
    picked: context.followed.isFollowed(entry),
  };
}

export function chooseRoadmapHandler(context: CommandContext) {
  return async (): Promise<void> => {
    const picks = roadmapPicks(context);
    if (picks.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No roadmap is loaded yet.'));
      return;
    }
    const chosen = await vscode.window.showQuickPick(picks, {
      title: vscode.l10n.t('Choose a Roadmap'),
      placeHolder: vscode.l10n.t('Tick the roadmaps you follow; the view shows them'),
      canPickMany: true,
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!chosen) return;
    const before = new Set(context.followed.followed().map((entry) => entry.roadmap.id));
    await context.followed.followOnly(chosen.map((pick) => pick.roadmapId));
    // A roadmap followed now may teach subjects the learner has already worked on elsewhere.
    for (const pick of chosen) if (!before.has(pick.roadmapId)) await carryProgressTo(context, pick.roadmapId, true);
  };
}

export function followRoadmapHandler(context: CommandContext) {
  return async (target?: unknown): Promise<void> => {
    const roadmapId = roadmapIdOf(target);
    if (!roadmapId || !context.catalog.get(roadmapId)) return;
    await context.followed.follow(roadmapId);
    await carryProgressTo(context, roadmapId, true);
  };
}

export function stopFollowingHandler(context: CommandContext) {
  return async (target?: unknown): Promise<void> => {
    const roadmapId = roadmapIdOf(target) ?? (await pickFollowed(context));
    if (roadmapId) await context.followed.stopFollowing(roadmapId);
  };
}

async function pickFollowed(context: CommandContext): Promise<string | undefined> {
  const picks = context.followed.followed().map((entry) => roadmapPick(context, entry));
  const picked = await vscode.window.showQuickPick(picks, {
    title: vscode.l10n.t('Stop Following'),
    placeHolder: vscode.l10n.t('The roadmap to stop following'),
  });
  return picked?.roadmapId;
}

export function showAllRoadmapsHandler(context: CommandContext, showAll: boolean) {
  return (): Promise<void> => context.followed.setShowAll(showAll);
}

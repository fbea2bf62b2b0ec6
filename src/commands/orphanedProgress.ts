// Move to Topic… and Drop for orphaned progress (entries no topic claims). Both are ordinary changes
// with a new time, so they sync like any status change: moving writes the status under the chosen
// topic's id and resets the orphan to todo; dropping resets it to todo (a todo entry is not an orphan).
import * as vscode from 'vscode';
import type { OrphanedEntry } from '../model/orphans';
import { isTopicRef, type TopicRef } from '../contracts/topicRef';
import type { CommandContext } from './commandContext';
import { pickTopic, topicRefOf } from './targets';
import { displayFormat } from '../platform/displayLanguage';
import { statusLabel } from '../platform/statusLabels';

interface Orphan extends OrphanedEntry {
  readonly roadmapId: string;
}

function allOrphans(context: CommandContext): Orphan[] {
  const roadmapIds = new Set([...context.catalog.loaded().map((entry) => entry.roadmap.id), ...context.store.roadmapIds()]);
  return [...roadmapIds].flatMap((roadmapId) => context.tracker.orphans(roadmapId).map((orphan) => ({ roadmapId, ...orphan })));
}

function findOrphan(context: CommandContext, ref: TopicRef): Orphan | undefined {
  const orphan = context.tracker.orphans(ref.roadmapId).find(({ topicId }) => topicId === ref.topicId);
  return orphan && { roadmapId: ref.roadmapId, ...orphan };
}

function describe(orphan: Orphan): string {
  return vscode.l10n.t('{0}, changed {1}', statusLabel(orphan.entry.status), displayFormat().date(orphan.entry.changedAt));
}

async function pickOrphans(context: CommandContext, title: string, canPickMany: boolean): Promise<Orphan[]> {
  const orphans = allOrphans(context);
  if (orphans.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There is no orphaned progress: every saved status belongs to a topic.'));
    return [];
  }
  const items = orphans.map((orphan) => ({ label: orphan.topicId, description: orphan.roadmapId, detail: describe(orphan), orphan }));
  if (canPickMany) {
    const picked = await vscode.window.showQuickPick(items, {
      title,
      canPickMany: true,
      placeHolder: vscode.l10n.t('Which orphaned progress?'),
    });
    return picked?.map((item) => item.orphan) ?? [];
  }
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Which orphaned progress?') });
  return picked ? [picked.orphan] : [];
}

/** The orphans a command acts on: the multi-selection, the clicked row, a reference, or a pick. */
async function resolveOrphans(
  context: CommandContext,
  clicked: unknown,
  selected: unknown,
  title: string,
  canPickMany: boolean,
): Promise<Orphan[]> {
  const refs =
    Array.isArray(selected) && selected.length > 1 && selected.includes(clicked) ? selected.map(topicRefOf) : [topicRefOf(clicked)];
  const found = refs.flatMap((ref) => (ref ? [findOrphan(context, ref)] : [])).filter((orphan): orphan is Orphan => orphan !== undefined);
  if (found.length > 0 || clicked !== undefined) return canPickMany ? found : found.slice(0, 1);
  return pickOrphans(context, title, canPickMany);
}

function pickTargetTopic(context: CommandContext, orphan: Orphan): Promise<TopicRef | undefined> {
  return pickTopic(context, {
    title: vscode.l10n.t('Move "{0}" ({1}) to Topic', orphan.topicId, statusLabel(orphan.entry.status)),
    placeHolder: vscode.l10n.t('The topic that should carry this progress'),
    firstRoadmapId: orphan.roadmapId,
    describe: (roadmap, topicId) => vscode.l10n.t('{0} · now {1}', topicId, statusLabel(context.tracker.statusOf(roadmap.id, topicId))),
  });
}

/** Arguments: an orphan element or { roadmapId, topicId }, optionally the target { roadmapId, topicId } (for tests). */
export function moveOrphanedProgressHandler(context: CommandContext) {
  return async (clicked?: unknown, targetOrSelection?: unknown): Promise<void> => {
    const [orphan] = await resolveOrphans(context, clicked, targetOrSelection, vscode.l10n.t('Move Orphaned Progress'), false);
    if (!orphan) return;
    const target = isTopicRef(targetOrSelection) ? targetOrSelection : await pickTargetTopic(context, orphan);
    const node = target && context.catalog.get(target.roadmapId)?.roadmap.nodesById.get(target.topicId);
    if (!target || node?.kind !== 'topic') return;
    await context.store.setStatus(target.roadmapId, [target.topicId], orphan.entry.status);
    await context.store.setStatus(orphan.roadmapId, [orphan.topicId], 'todo');
  };
}

/** Arguments: an orphan element or { roadmapId, topicId }, optionally the multi-selection. Always asks first. */
export function dropOrphanedProgressHandler(context: CommandContext) {
  return async (clicked?: unknown, selected?: unknown): Promise<void> => {
    const orphans = await resolveOrphans(context, clicked, selected, vscode.l10n.t('Drop Orphaned Progress'), true);
    if (orphans.length === 0) return;
    const [only] = orphans;
    const question =
      only && orphans.length === 1
        ? vscode.l10n.t('Drop the progress saved for "{0}" ({1})?', only.topicId, describe(only))
        : vscode.l10n.t('Drop the progress saved for {0} topics that are gone?', displayFormat().number(orphans.length));
    const drop = vscode.l10n.t('Drop');
    const answer = await vscode.window.showWarningMessage(
      question,
      { modal: true, detail: vscode.l10n.t('It is reset to To Do here and on your other machines. This cannot be undone.') },
      drop,
    );
    if (answer !== drop) return;
    const byRoadmap = new Map<string, string[]>();
    for (const { roadmapId, topicId } of orphans) byRoadmap.set(roadmapId, [...(byRoadmap.get(roadmapId) ?? []), topicId]);
    for (const [roadmapId, topicIds] of byRoadmap) await context.store.setStatus(roadmapId, topicIds, 'todo');
  };
}

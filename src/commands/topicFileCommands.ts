// Open Notes, New Practice File and Show Practice Folder: on the clicked topic, else the topic in the panel, else the tree's
// selection or a pick.
import * as vscode from 'vscode';
import { createPracticeFile, openPersonalNotes, openPracticeFolder } from '../workspaceFiles/topicFiles';
import type { TopicRef } from '../contracts/topicRef';
import type { CommandContext } from './commandContext';
import { resolveTopicTargets } from './targets';

async function topicFor(context: CommandContext, clicked: unknown, pickTitle: string): Promise<TopicRef | undefined> {
  if (clicked === undefined && context.topicPanels.currentTopic) return context.topicPanels.currentTopic;
  const [target] = await resolveTopicTargets(context, clicked, undefined, pickTitle);
  const topicId = target?.topicIds[0];
  return target && topicId ? { roadmapId: target.roadmapId, topicId } : undefined;
}

export function openNotesHandler(context: CommandContext) {
  return async (clicked?: unknown): Promise<void> => {
    const ref = await topicFor(context, clicked, vscode.l10n.t('Open Notes'));
    if (!ref) return;
    await openPersonalNotes(context.catalog, ref, context.topicPanels.editorColumn());
    await context.topicPanels.refresh();
  };
}

export function newPracticeFileHandler(context: CommandContext) {
  return async (clicked?: unknown): Promise<void> => {
    const ref = await topicFor(context, clicked, vscode.l10n.t('New Practice File'));
    if (!ref) return;
    const created = await createPracticeFile(context.catalog, ref, context.topicPanels.editorColumn());
    if (created) await context.topicPanels.refresh();
  };
}

export function openPracticeFolderHandler(context: CommandContext) {
  return async (clicked?: unknown): Promise<vscode.Uri | undefined> => {
    const ref = await topicFor(context, clicked, vscode.l10n.t('Show Practice Folder'));
    if (!ref) return undefined;
    const folder = await openPracticeFolder(context.catalog, ref, context.topicPanels.editorColumn());
    await context.topicPanels.refresh();
    return folder;
  };
}

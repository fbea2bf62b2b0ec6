// Open Topic: shows a topic in the topic panel, reusing the open panel. From the tree (click or Enter)
// the focus stays in the tree; from the palette it moves to the panel.
import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import { resolveTopicTargets } from './targets';

export function openTopicHandler(context: CommandContext) {
  return async (clicked?: unknown): Promise<void> => {
    const [target] = await resolveTopicTargets(context, clicked, undefined, vscode.l10n.t('Open Topic'));
    const topicId = target?.topicIds[0];
    if (!target || !topicId) return;
    // Opening a topic does not make its roadmap the one in use: only a status change does.
    context.topicPanels.open({ roadmapId: target.roadmapId, topicId }, { preserveFocus: clicked !== undefined });
  };
}

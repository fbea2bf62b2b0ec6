// Reveal the next topic to work on (first in progress, else first to do) in the Roadmaps view.
import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import { roadmapIdOf } from './targets';
import { revealTopicRow } from './revealTopicRow';

export function revealNextTopicHandler(context: CommandContext) {
  // The status bar passes a roadmap id, a roadmap row's context menu its element, the palette nothing.
  return async (target?: unknown): Promise<void> => {
    const roadmapId = roadmapIdOf(target) ?? context.activeRoadmap.id;
    const roadmap = roadmapId ? context.catalog.get(roadmapId)?.roadmap : undefined;
    const next = roadmap ? context.tracker.counter(roadmap.id)?.nextTopic() : undefined;
    if (!roadmap) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No roadmap is loaded yet.'));
      return;
    }
    if (!next) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Every topic of "{0}" is done or skipped.', roadmap.title));
      return;
    }
    await revealTopicRow(context, { roadmapId: roadmap.id, topicId: next.id }, true);
  };
}

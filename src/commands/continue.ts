// Continue: opens the next topic of the roadmap in use (the topic in progress changed last, else the
// first to do) and reveals it in the view.
import * as vscode from 'vscode';
import { entryFor } from '../model/progress';
import { nextTopic } from '../progress/nextTopic';
import type { CommandContext } from './commandContext';
import { showTopic } from './goToTopic';
import { roadmapIdOf } from './targets';

export function continueHandler(context: CommandContext) {
  return async (target?: unknown): Promise<void> => {
    const roadmapId = roadmapIdOf(target) ?? context.activeRoadmap.id;
    const roadmap = roadmapId ? context.catalog.get(roadmapId)?.roadmap : undefined;
    if (!roadmap) {
      const choose = vscode.l10n.t('Choose a Roadmap…');
      const answer = await vscode.window.showInformationMessage(
        vscode.l10n.t('Follow a roadmap first: Continue opens its next topic.'),
        choose,
      );
      if (answer === choose) await vscode.commands.executeCommand('roadmapTracker.chooseRoadmap');
      return;
    }
    const progress = context.store.progressOf(roadmap.id);
    const next = nextTopic(
      roadmap,
      (topicId) => context.tracker.statusOf(roadmap.id, topicId),
      (topicId) => {
        const node = roadmap.nodesById.get(topicId);
        return node ? entryFor(progress, node)?.changedAt : undefined;
      },
    );
    if (!next) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Every topic of "{0}" is done or skipped.', roadmap.title));
      return;
    }
    await showTopic(context, { roadmapId: roadmap.id, topicId: next.id });
  };
}

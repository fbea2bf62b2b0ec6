// Reveal the next topic to work on (first in progress, else first to do) in the Roadmaps view.
import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';

export function revealNextTopicHandler(context: CommandContext) {
  return async (roadmapIdArgument?: unknown): Promise<void> => {
    const roadmapId = typeof roadmapIdArgument === 'string' ? roadmapIdArgument : context.activeRoadmap.id;
    const roadmap = roadmapId ? context.catalog.get(roadmapId)?.roadmap : undefined;
    const next = roadmap ? context.tracker.counter(roadmap.id)?.nextTopic() : undefined;
    if (!roadmap) {
      void vscode.window.showInformationMessage('No roadmap is loaded yet.');
      return;
    }
    if (!next) {
      void vscode.window.showInformationMessage(`Every topic of "${roadmap.title}" is done or skipped.`);
      return;
    }
    await context.treeView.reveal(context.treeProvider.nodeElement(roadmap.id, next.id), { select: true, focus: true, expand: true });
  };
}

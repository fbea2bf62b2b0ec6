// A status-bar item with the progress of the roadmap in use (named, so it says what it counts); clicking
// it continues with the next topic.
// Short text, details in the tooltip, as the status-bar UX guideline asks.
import * as vscode from 'vscode';
import { CommandId } from '../contracts/commandIds';
import { percentDone } from '../model/progress';
import type { ProgressTracker } from '../progress/progressTracker';
import type { RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import type { ActiveRoadmap } from '../progress/activeRoadmap';

/** A line for the tooltip (today's activity and the streak) and when it may have changed. */
export interface TooltipLine {
  text(): string;
  readonly onDidChange: (listener: () => void) => { dispose(): void };
}

export function registerProgressStatusBar(
  extensionContext: vscode.ExtensionContext,
  catalog: RoadmapCatalog,
  tracker: ProgressTracker,
  activeRoadmap: ActiveRoadmap,
  activityLine?: TooltipLine,
): void {
  const item = vscode.window.createStatusBarItem('roadmapTracker.progress', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Roadmap Progress';

  const update = (): void => {
    const roadmapId = activeRoadmap.id;
    const roadmap = roadmapId ? catalog.get(roadmapId)?.roadmap : undefined;
    const counter = roadmap ? tracker.counter(roadmap.id) : undefined;
    if (!roadmap || !counter) {
      item.hide();
      return;
    }
    const counts = counter.countsOf();
    item.text = `$(checklist) ${roadmap.title} ${counts.done}/${counts.total}`;
    item.accessibilityInformation = { label: `${roadmap.title}: ${counts.done} of ${counts.total} topics done` };
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${roadmap.title}: ${counts.done} of ${counts.total} topics done (${percentDone(counts)}%)`);
    tooltip.appendMarkdown('\n\n');
    if (activityLine) tooltip.appendMarkdown('\n\n').appendText(activityLine.text());
    tooltip.appendMarkdown('\n\n');
    tooltip.appendText(counts.done < counts.total ? 'Click to continue with the next topic.' : 'Every topic is done or skipped.');
    item.tooltip = tooltip;
    item.command = { command: CommandId.Continue, title: 'Continue', arguments: [roadmap.id] };
    item.show();
  };

  extensionContext.subscriptions.push(
    item,
    catalog.onDidChange(update),
    activeRoadmap.onDidChange(update),
    tracker.onDidChange(({ roadmapId }) => {
      if (roadmapId === activeRoadmap.id) update();
    }),
    ...(activityLine ? [activityLine.onDidChange(update)] : []),
  );
  update();
}

// A status-bar item with the progress of the roadmap in use (named, so it says what it counts); clicking
// it continues with the next topic.
// Short text, details in the tooltip, as the status-bar UX guideline asks.
import * as vscode from 'vscode';
import { CommandId } from '../contracts/commandIds';
import { percentDone } from '../model/progress';
import type { ProgressTracker } from '../progress/progressTracker';
import type { RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import type { ActiveRoadmap } from '../progress/activeRoadmap';
import { displayFormat } from '../platform/displayLanguage';

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
  item.name = vscode.l10n.t('Roadmap Progress');

  const update = (): void => {
    const roadmapId = activeRoadmap.id;
    const roadmap = roadmapId ? catalog.get(roadmapId)?.roadmap : undefined;
    const counter = roadmap ? tracker.counter(roadmap.id) : undefined;
    if (!roadmap || !counter) {
      item.hide();
      return;
    }
    const counts = counter.countsOf();
    const format = displayFormat();
    const [done, total] = [format.number(counts.done), format.number(counts.total)];
    item.text = `$(checklist) ${roadmap.title} ${done}/${total}`;
    item.accessibilityInformation = { label: vscode.l10n.t('{0}: {1} of {2} topics done', roadmap.title, done, total) };
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(vscode.l10n.t('{0}: {1} of {2} topics done ({3})', roadmap.title, done, total, format.percent(percentDone(counts))));
    tooltip.appendMarkdown('\n\n');
    if (activityLine) tooltip.appendMarkdown('\n\n').appendText(activityLine.text());
    tooltip.appendMarkdown('\n\n');
    tooltip.appendText(
      counts.done < counts.total
        ? vscode.l10n.t('Click to continue with the next topic.')
        : vscode.l10n.t('Every topic is done or skipped.'),
    );
    item.tooltip = tooltip;
    item.command = { command: CommandId.Continue, title: vscode.l10n.t('Continue'), arguments: [roadmap.id] };
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

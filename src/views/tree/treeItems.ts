// The whole look of a tree row, computed in one place from the model: icon, label, description,
// tooltip, contextValue (which drives the menus) and the stable id that keeps expansion across refreshes.
import * as vscode from 'vscode';
import { CommandId } from '../../contracts/commandIds';
import { formatProblem, type Problem } from '../../model/problems';
import { percentDone, type Counts } from '../../model/progress';
import type { Roadmap, RoadmapNode } from '../../model/roadmap';
import type { ProgressEntry, Status } from '../../model/status';
import { displayFormat } from '../../platform/displayLanguage';
import { statusLabel } from '../../platform/statusLabels';
import type { BrokenRoadmap } from '../../roadmaps/roadmapCatalog';
import { introOf } from '../../progress/roadmapIntros';
import { applyCheckMark, type TopicCheckMark } from './checkMark';

/** Shape differs per status, so it reads without colour; colours are theme colours defined in every theme. */
export const STATUS_ICONS: Readonly<Record<Status, { readonly icon: string; readonly color?: string }>> = {
  todo: { icon: 'circle-large-outline' },
  'in-progress': { icon: 'play-circle', color: 'charts.yellow' },
  done: { icon: 'pass-filled', color: 'testing.iconPassed' },
  skipped: { icon: 'circle-slash', color: 'disabledForeground' },
};

/** Status as a contextValue token (no dashes, so `when` regexes stay simple). */
export const STATUS_CONTEXT: Readonly<Record<Status, string>> = {
  todo: 'todo',
  'in-progress': 'inProgress',
  done: 'done',
  skipped: 'skipped',
};

export function statusIcon(status: Status): vscode.ThemeIcon {
  const { icon, color } = STATUS_ICONS[status];
  return new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
}

/** "3/12 · 25%": done of the topics that count (skipped ones are left out). */
export function describeCounts(counts: Counts): string {
  const format = displayFormat();
  return `${format.number(counts.done)}/${format.number(counts.total)} · ${format.percent(percentDone(counts))}`;
}

function countsSentence(counts: Counts): string {
  const format = displayFormat();
  const [done, total, percent, inProgress, skipped] = [
    format.number(counts.done),
    format.number(counts.total),
    format.percent(percentDone(counts)),
    format.number(counts.inProgress),
    format.number(counts.skipped),
  ];
  if (counts.inProgress > 0 && counts.skipped > 0)
    return vscode.l10n.t('{0} of {1} done ({2}), {3} in progress, {4} skipped', done, total, percent, inProgress, skipped);
  if (counts.inProgress > 0) return vscode.l10n.t('{0} of {1} done ({2}), {3} in progress', done, total, percent, inProgress);
  if (counts.skipped > 0) return vscode.l10n.t('{0} of {1} done ({2}), {3} skipped', done, total, percent, skipped);
  return vscode.l10n.t('{0} of {1} done ({2})', done, total, percent);
}

export function treeItemId(roadmapId: string, nodeId?: string): string {
  return nodeId === undefined ? `roadmap:${roadmapId}` : `node:${roadmapId}/${nodeId}`;
}

export interface RoadmapRowFacts {
  readonly origin: 'bundled' | 'workspace';
  readonly followed: boolean;
}

export function roadmapTreeItem(roadmap: Roadmap, counts: Counts, facts: RoadmapRowFacts): vscode.TreeItem {
  const item = new vscode.TreeItem(roadmap.title, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = treeItemId(roadmap.id);
  item.iconPath = new vscode.ThemeIcon(facts.followed ? 'book' : 'circle-small');
  item.description = describeCounts(counts);
  item.contextValue = facts.followed ? 'roadmap.followed' : 'roadmap.notFollowed';
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${escape(roadmap.title)}**\n\n${countsSentence(counts)}`);
  if (!facts.followed) tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Not followed: listed because Show All Roadmaps is on.')}`);
  const intro = introOf(roadmap, facts.origin);
  if (intro) tooltip.appendMarkdown(`\n\n${escape(intro)}`);
  // Where a bundled file came from is the maintainers' business; the learner's own file may say.
  if (roadmap.source && facts.origin === 'workspace')
    tooltip.appendMarkdown(`\n\n${vscode.l10n.t('*Source:* {0}', escape(roadmap.source))}`);
  item.tooltip = tooltip;
  item.accessibilityInformation = {
    label: facts.followed
      ? vscode.l10n.t('{0}, roadmap, {1}', roadmap.title, countsSentence(counts))
      : vscode.l10n.t('{0}, roadmap, not followed, {1}', roadmap.title, countsSentence(counts)),
  };
  return item;
}

/** The same subject in another roadmap, and its status there. */
export interface SameSubjectRow {
  readonly roadmapTitle: string;
  readonly status: Status;
}

export function nodeTreeItem(
  roadmap: Roadmap,
  node: RoadmapNode,
  status: Status,
  entry: ProgressEntry | undefined,
  counts: Counts,
  elsewhere: readonly SameSubjectRow[] = [],
  checkMark?: TopicCheckMark,
): vscode.TreeItem {
  const hasChildren = node.children.length > 0;
  const item = new vscode.TreeItem(
    node.title,
    hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
  );
  item.id = treeItemId(roadmap.id, node.id);
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`${escape([roadmap.title, ...node.path].join(' › '))}\n\n`);

  if (node.kind === 'group') {
    item.iconPath = new vscode.ThemeIcon('list-tree');
    item.description =
      counts.skipped > 0
        ? vscode.l10n.t('{0} · {1} skipped', describeCounts(counts), displayFormat().number(counts.skipped))
        : describeCounts(counts);
    item.contextValue = 'group';
    tooltip.appendMarkdown(countsSentence(counts));
    item.accessibilityInformation = { label: vscode.l10n.t('{0}, section, {1}', node.title, countsSentence(counts)) };
  } else {
    item.iconPath = statusIcon(status);
    item.contextValue = `topic.${STATUS_CONTEXT[status]}${hasChildren ? '.hasChildren' : ''}`;
    if (hasChildren) item.description = `${displayFormat().number(counts.done)}/${displayFormat().number(counts.total)}`;
    const label = `**${statusLabel(status)}**`;
    const statusLine = entry ? vscode.l10n.t('{0} · changed {1}', label, displayFormat().date(entry.changedAt)) : label;
    tooltip.appendMarkdown(`$(${STATUS_ICONS[status].icon}) ${statusLine}`);
    if (hasChildren) tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Sub-topics: {0}', countsSentence(counts))}`);
    if (elsewhere.length > 0) {
      const rows = elsewhere.map(
        ({ roadmapTitle, status: there }) => `- ${escape(roadmapTitle)}: $(${STATUS_ICONS[there].icon}) ${statusLabel(there)}`,
      );
      tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Also in:')}\n${rows.join('\n')}`);
    }
    item.accessibilityInformation = { label: vscode.l10n.t('{0}, {1}', node.title, statusLabel(status)) };
    // Click or Enter opens the topic panel (reused when open).
    item.command = {
      command: CommandId.OpenTopic,
      title: vscode.l10n.t('Open Topic'),
      arguments: [{ roadmapId: roadmap.id, topicId: node.id }],
    };
    applyCheckMark(item, tooltip, checkMark);
  }
  if (node.summary) tooltip.appendMarkdown(`\n\n${escape(node.summary)}`);
  tooltip.supportThemeIcons = true;
  item.tooltip = tooltip;
  return item;
}

export function brokenRoadmapTreeItem(entry: BrokenRoadmap): vscode.TreeItem {
  const item = new vscode.TreeItem(entry.title, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `broken:${entry.key}`;
  item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  const count = entry.problems.length;
  item.description = displayFormat().plural(count, {
    one: (n) => vscode.l10n.t('{0} problem', n),
    other: (n) => vscode.l10n.t('{0} problems', n),
  });
  item.contextValue = 'brokenRoadmap';
  item.resourceUri = entry.uri;
  item.tooltip = vscode.l10n.t('{0} could not be loaded', vscode.workspace.asRelativePath(entry.uri));
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Open File'), arguments: [entry.uri] };
  return item;
}

export function problemTreeItem(entry: BrokenRoadmap, problem: Problem, index: number): vscode.TreeItem {
  const item = new vscode.TreeItem(problem.message, vscode.TreeItemCollapsibleState.None);
  item.id = `broken:${entry.key}#${index}`;
  item.description = vscode.l10n.t('line {0}', problem.range.start.line);
  item.iconPath = new vscode.ThemeIcon('circle-small-filled', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  item.tooltip = formatProblem(vscode.workspace.asRelativePath(entry.uri), problem);
  item.contextValue = 'problem';
  const { line, column } = problem.range.start;
  const position = new vscode.Position(line - 1, column - 1);
  item.command = {
    command: 'vscode.open',
    title: vscode.l10n.t('Go to Problem'),
    arguments: [entry.uri, { selection: new vscode.Range(position, position) } satisfies vscode.TextDocumentShowOptions],
  };
  return item;
}

/** Roadmap text is shown as text: Markdown syntax and theme-icon syntax in it is escaped. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>$]/g, '\\$&');
}

// The look of orphaned progress in the Roadmaps view: progress kept for topics (or whole roadmaps) that
// are gone, with Move to Topic… and Drop on each entry (menus match contextValue `orphan.<status>`).
import * as vscode from 'vscode';
import type { OrphanedEntry } from '../../model/orphans';
import { displayFormat } from '../../platform/displayLanguage';
import { statusLabel } from '../../platform/statusLabels';
import { STATUS_CONTEXT, statusIcon } from './treeItems';

export function orphanGroupLabel(): string {
  return vscode.l10n.t('Orphaned progress');
}

function countLabel(count: number): string {
  return displayFormat().plural(count, {
    one: (n) => vscode.l10n.t('{0} topic', n),
    other: (n) => vscode.l10n.t('{0} topics', n),
  });
}

/** The group under a roadmap (roadmapId given) or at the top for roadmaps that are not loaded. */
export function orphanGroupTreeItem(roadmapId: string | undefined, count: number): vscode.TreeItem {
  const item = new vscode.TreeItem(orphanGroupLabel(), vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `orphans:${roadmapId ?? ''}`;
  item.iconPath = new vscode.ThemeIcon('archive');
  item.description =
    roadmapId === undefined
      ? displayFormat().plural(count, {
          one: (n) => vscode.l10n.t('{0} roadmap not loaded', n),
          other: (n) => vscode.l10n.t('{0} roadmaps not loaded', n),
        })
      : countLabel(count);
  item.contextValue = 'orphanGroup';
  item.tooltip =
    roadmapId === undefined
      ? vscode.l10n.t('Progress saved for roadmaps that are not loaded any more. It is kept: move it to a topic or drop it.')
      : vscode.l10n.t('Progress saved for topics that are no longer in this roadmap. It is kept: move it to a topic or drop it.');
  return item;
}

export function vanishedRoadmapTreeItem(roadmapId: string, count: number): vscode.TreeItem {
  const item = new vscode.TreeItem(roadmapId, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `vanished:${roadmapId}`;
  item.iconPath = new vscode.ThemeIcon('book');
  item.description = vscode.l10n.t('not loaded · {0}', countLabel(count));
  item.contextValue = 'vanishedRoadmap';
  item.tooltip = vscode.l10n.t(
    'No loaded roadmap has the id "{0}" (its file was removed, renamed to another id, or does not load).',
    roadmapId,
  );
  return item;
}

export function orphanTreeItem(roadmapId: string, { topicId, entry }: OrphanedEntry): vscode.TreeItem {
  const item = new vscode.TreeItem(topicId, vscode.TreeItemCollapsibleState.None);
  item.id = `orphan:${roadmapId}/${topicId}`;
  item.iconPath = statusIcon(entry.status);
  const changed = displayFormat().date(entry.changedAt);
  const status = statusLabel(entry.status);
  item.description = `${status} · ${changed}`;
  item.contextValue = `orphan.${STATUS_CONTEXT[entry.status]}`;
  item.tooltip = vscode.l10n.t(
    '"{0}" in {1}: {2}, changed {3}. No topic has this id or lists it in formerIds.',
    topicId,
    roadmapId,
    status,
    changed,
  );
  item.accessibilityInformation = { label: vscode.l10n.t('{0}, orphaned progress, {1}', topicId, status) };
  return item;
}

// The look of orphaned progress in the Roadmaps view: progress kept for topics (or whole roadmaps) that
// are gone, with Move to Topic… and Drop on each entry (menus match contextValue `orphan.<status>`).
import * as vscode from 'vscode';
import type { OrphanedEntry } from '../../model/orphans';
import { STATUS_LABELS } from '../../model/status';
import { STATUS_CONTEXT, statusIcon } from './treeItems';

export const ORPHAN_GROUP_LABEL = 'Orphaned progress';

function countLabel(count: number): string {
  return `${count} topic${count === 1 ? '' : 's'}`;
}

/** The group under a roadmap (roadmapId given) or at the top for roadmaps that are not loaded. */
export function orphanGroupTreeItem(roadmapId: string | undefined, count: number): vscode.TreeItem {
  const item = new vscode.TreeItem(ORPHAN_GROUP_LABEL, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `orphans:${roadmapId ?? ''}`;
  item.iconPath = new vscode.ThemeIcon('archive');
  item.description = roadmapId === undefined ? `${count} roadmap${count === 1 ? '' : 's'} not loaded` : countLabel(count);
  item.contextValue = 'orphanGroup';
  item.tooltip =
    roadmapId === undefined
      ? 'Progress saved for roadmaps that are not loaded any more. It is kept: move it to a topic or drop it.'
      : 'Progress saved for topics that are no longer in this roadmap. It is kept: move it to a topic or drop it.';
  return item;
}

export function vanishedRoadmapTreeItem(roadmapId: string, count: number): vscode.TreeItem {
  const item = new vscode.TreeItem(roadmapId, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `vanished:${roadmapId}`;
  item.iconPath = new vscode.ThemeIcon('book');
  item.description = `not loaded · ${countLabel(count)}`;
  item.contextValue = 'vanishedRoadmap';
  item.tooltip = `No loaded roadmap has the id "${roadmapId}" (its file was removed, renamed to another id, or does not load).`;
  return item;
}

export function orphanTreeItem(roadmapId: string, { topicId, entry }: OrphanedEntry): vscode.TreeItem {
  const item = new vscode.TreeItem(topicId, vscode.TreeItemCollapsibleState.None);
  item.id = `orphan:${roadmapId}/${topicId}`;
  item.iconPath = statusIcon(entry.status);
  const changed = new Date(entry.changedAt).toLocaleDateString();
  item.description = `${STATUS_LABELS[entry.status]} · ${changed}`;
  item.contextValue = `orphan.${STATUS_CONTEXT[entry.status]}`;
  item.tooltip = `"${topicId}" in ${roadmapId}: ${STATUS_LABELS[entry.status]}, changed ${changed}. No topic has this id or lists it in formerIds.`;
  item.accessibilityInformation = { label: `${topicId}, orphaned progress, ${STATUS_LABELS[entry.status]}` };
  return item;
}

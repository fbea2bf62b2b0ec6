// The rows a status key acts on: the row the learner sees focused (moved with the arrow keys), or the
// multi-selection when the focused row is inside it. VS Code's TreeView API tells the selection, not the
// focus; list.toggleSelection toggles exactly the focused row, so toggling twice names it and leaves
// the selection as it was, without opening anything.
import * as vscode from 'vscode';
import type { Status } from '../model/status';
import type { TreeElement } from '../views/tree/treeElements';
import type { CommandContext } from './commandContext';
import { sectionOf, setSectionStatus } from './sectionStatus';
import { topicRefOf, type TopicTargets } from './targets';

/** What the status keybindings pass as their argument (package.json "args"). */
export interface FocusedRowRequest {
  readonly focusedRow: true;
}

export function isFocusedRowRequest(value: unknown): value is FocusedRowRequest {
  return typeof value === 'object' && value !== null && (value as Partial<FocusedRowRequest>).focusedRow === true;
}

export async function focusedRows(treeView: vscode.TreeView<TreeElement>): Promise<readonly TreeElement[]> {
  const before = [...treeView.selection];
  await vscode.commands.executeCommand('list.toggleSelection');
  const toggled = [...treeView.selection];
  await vscode.commands.executeCommand('list.toggleSelection');
  const focused = toggled.find((element) => !before.includes(element)) ?? before.find((element) => !toggled.includes(element));
  if (!focused) return before;
  return before.length > 1 && before.includes(focused) ? before : [focused];
}

/**
 * Resolves a status key: the topics to change, or none when the key was on a section row, which is
 * then handled here (Mark All Done / In Progress / Reset Section, or a word on why not).
 */
export async function statusKeyTargets(context: CommandContext, status: Status | 'toggle'): Promise<TopicTargets[]> {
  const rows = await focusedRows(context.treeView);
  const section = rows.length === 1 ? sectionOf(context, rows[0]) : undefined;
  if (section) {
    if (status === 'skipped') {
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          'Mark Skipped works on topics: to skip "{0}", select its topics (Shift+Click) and press the key again.',
          section.section.title,
        ),
      );
      return [];
    }
    const counts = context.tracker.counter(section.roadmap.id)?.countsOf(section.section.id);
    const allDone = counts !== undefined && counts.total > 0 && counts.done === counts.total;
    await setSectionStatus(context, section, status === 'toggle' ? (allDone ? 'todo' : 'done') : status);
    return [];
  }
  const byRoadmap = new Map<string, string[]>();
  for (const ref of rows.map(topicRefOf)) {
    if (!ref || context.catalog.get(ref.roadmapId)?.roadmap.nodesById.get(ref.topicId)?.kind !== 'topic') continue;
    byRoadmap.set(ref.roadmapId, [...(byRoadmap.get(ref.roadmapId) ?? []), ref.topicId]);
  }
  return [...byRoadmap].map(([roadmapId, topicIds]) => ({ roadmapId, topicIds }));
}

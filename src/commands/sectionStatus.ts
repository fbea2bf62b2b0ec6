// A section's context menu (and the status keys on a section row): Mark All Done…, Mark All In
// Progress, Reset Section…. Mark All Done asks first when more than a few topics would change; Reset
// Section always asks, since it throws progress away.
import * as vscode from 'vscode';
import type { Roadmap, RoadmapNode } from '../model/roadmap';
import type { Status } from '../model/status';
import type { CommandContext } from './commandContext';
import { displayFormat } from '../platform/displayLanguage';

/** Changing more topics than this at once asks first. */
export const MARK_ALL_DONE_ASKS_ABOVE = 3;

export interface SectionRef {
  readonly roadmap: Roadmap;
  readonly section: RoadmapNode;
}

/** The section a command argument names: a section row, or { roadmapId, nodeId }. */
export function sectionOf(context: CommandContext, target: unknown): SectionRef | undefined {
  if (typeof target !== 'object' || target === null) return undefined;
  const { roadmapId, nodeId } = target as { readonly roadmapId?: unknown; readonly nodeId?: unknown };
  if (typeof roadmapId !== 'string' || typeof nodeId !== 'string') return undefined;
  const roadmap = context.catalog.get(roadmapId)?.roadmap;
  const section = roadmap?.nodesById.get(nodeId);
  return roadmap && section?.kind === 'group' ? { roadmap, section } : undefined;
}

function topicsUnder(node: RoadmapNode): RoadmapNode[] {
  const topics: RoadmapNode[] = [];
  const visit = (current: RoadmapNode): void => {
    for (const child of current.children) {
      if (child.kind === 'topic') topics.push(child);
      visit(child);
    }
  };
  visit(node);
  return topics;
}

/** Sets every topic under the section to `status`; resolves with how many changed (0 when declined). */
export async function setSectionStatus(context: CommandContext, { roadmap, section }: SectionRef, status: Status): Promise<number> {
  const changing = topicsUnder(section).filter((topic) => context.tracker.statusOf(roadmap.id, topic.id) !== status);
  if (changing.length === 0) {
    void vscode.window.showInformationMessage(alreadyMessage(section.title, status));
    return 0;
  }
  const confirm = confirmation(section, status, changing.length);
  if (confirm) {
    const answer = await vscode.window.showWarningMessage(confirm.message, { modal: true, detail: confirm.detail }, confirm.action);
    if (answer !== confirm.action) return 0;
  }
  await context.store.setStatus(
    roadmap.id,
    changing.map((topic) => topic.id),
    status,
  );
  return changing.length;
}

function alreadyMessage(title: string, status: Status): string {
  switch (status) {
    case 'todo':
      return vscode.l10n.t('Every topic of "{0}" is already to do.', title);
    case 'in-progress':
      return vscode.l10n.t('Every topic of "{0}" is already in progress.', title);
    case 'done':
      return vscode.l10n.t('Every topic of "{0}" is already done.', title);
    case 'skipped':
      return vscode.l10n.t('Every topic of "{0}" is already skipped.', title);
  }
}

function confirmation(
  section: RoadmapNode,
  status: Status,
  count: number,
): { message: string; detail: string; action: string } | undefined {
  const format = displayFormat();
  if (status === 'todo') {
    return {
      message: vscode.l10n.t('Reset "{0}"?', section.title),
      detail: format.plural(count, {
        one: (n) => vscode.l10n.t('{0} topic goes back to To Do. This cannot be undone.', n),
        other: (n) => vscode.l10n.t('{0} topics go back to To Do. This cannot be undone.', n),
      }),
      action: vscode.l10n.t('Reset Section'),
    };
  }
  if (status === 'done' && count > MARK_ALL_DONE_ASKS_ABOVE) {
    return {
      message: vscode.l10n.t('Mark all of "{0}" done?', section.title),
      detail: format.plural(count, {
        one: (n) => vscode.l10n.t('{0} topic will be marked done.', n),
        other: (n) => vscode.l10n.t('{0} topics will be marked done.', n),
      }),
      action: vscode.l10n.t('Mark All Done'),
    };
  }
  return undefined;
}

export function sectionStatusHandler(context: CommandContext, status: Status) {
  return async (target?: unknown): Promise<void> => {
    const section = sectionOf(context, target ?? context.treeView.selection[0]);
    if (section) await setSectionStatus(context, section, status);
  };
}

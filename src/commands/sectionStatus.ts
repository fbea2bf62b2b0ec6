// A section's context menu (and the status keys on a section row): Mark All Done…, Mark All In
// Progress, Reset Section…. Mark All Done asks first when more than a few topics would change; Reset
// Section always asks, since it throws progress away.
import * as vscode from 'vscode';
import type { Roadmap, RoadmapNode } from '../model/roadmap';
import type { Status } from '../model/status';
import type { CommandContext } from './commandContext';

/** Changing more topics than this at once asks first. */
export const MARK_ALL_DONE_ASKS_ABOVE = 3;
export const MARK_ALL_DONE_ACTION = 'Mark All Done';
export const RESET_SECTION_ACTION = 'Reset Section';

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
    void vscode.window.showInformationMessage(
      `Every topic of "${section.title}" is already ${status === 'todo' ? 'to do' : status.replace('-', ' ')}.`,
    );
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

function confirmation(
  section: RoadmapNode,
  status: Status,
  count: number,
): { message: string; detail: string; action: string } | undefined {
  const topics = `${count} topic${count === 1 ? '' : 's'}`;
  if (status === 'todo') {
    return {
      message: `Reset "${section.title}"?`,
      detail: `${topics} go back to To Do. This cannot be undone.`,
      action: RESET_SECTION_ACTION,
    };
  }
  if (status === 'done' && count > MARK_ALL_DONE_ASKS_ABOVE) {
    return { message: `Mark all of "${section.title}" done?`, detail: `${topics} will be marked done.`, action: MARK_ALL_DONE_ACTION };
  }
  return undefined;
}

export function sectionStatusHandler(context: CommandContext, status: Status) {
  return async (target?: unknown): Promise<void> => {
    const section = sectionOf(context, target ?? context.treeView.selection[0]);
    if (section) await setSectionStatus(context, section, status);
  };
}

// Works out which topics a status command acts on: the multi-selection, the clicked row, a
// { roadmapId, topicId } reference, the tree's selection (keys), or a pick from the palette.
import * as vscode from 'vscode';
import type { Roadmap } from '../model/roadmap';
import { statusLabel } from '../platform/statusLabels';
import { isTopicRef, type TopicRef } from '../contracts/topicRef';
import type { TreeElement } from '../views/tree/treeElements';
import type { CommandContext } from './commandContext';

/** The roadmap a command argument names: its id, a { roadmapId, topicId } reference, or a roadmap or node element. */
export function roadmapIdOf(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (isTopicRef(target)) return target.roadmapId;
  const element = target as TreeElement | undefined;
  return element?.kind === 'roadmap' || element?.kind === 'node' ? element.roadmapId : undefined;
}

export interface TopicTargets {
  readonly roadmapId: string;
  readonly topicIds: string[];
}

/** The topic a command argument names: a { roadmapId, topicId } reference, a topic row or an orphaned-progress row. */
export function topicRefOf(value: unknown): TopicRef | undefined {
  if (isTopicRef(value)) return value;
  const element = value as TreeElement | undefined;
  if (element?.kind === 'node') return { roadmapId: element.roadmapId, topicId: element.nodeId };
  if (element?.kind === 'orphan') return { roadmapId: element.roadmapId, topicId: element.topicId };
  return undefined;
}

/** Groups the referenced topics by roadmap, keeping only topics that exist. */
function group(context: CommandContext, refs: readonly TopicRef[]): TopicTargets[] {
  const byRoadmap = new Map<string, Set<string>>();
  for (const { roadmapId, topicId } of refs) {
    const node = context.catalog.get(roadmapId)?.roadmap.nodesById.get(topicId);
    if (node?.kind !== 'topic') continue;
    const ids = byRoadmap.get(roadmapId) ?? new Set<string>();
    ids.add(topicId);
    byRoadmap.set(roadmapId, ids);
  }
  return [...byRoadmap].map(([roadmapId, ids]) => ({ roadmapId, topicIds: [...ids] }));
}

export async function resolveTopicTargets(
  context: CommandContext,
  clicked: unknown,
  selected: unknown,
  pickTitle: string,
): Promise<TopicTargets[]> {
  const clickedRef = topicRefOf(clicked);
  if (Array.isArray(selected) && selected.length > 1 && selected.includes(clicked)) {
    return group(
      context,
      selected.map(topicRefOf).filter((ref): ref is TopicRef => ref !== undefined),
    );
  }
  if (clickedRef) return group(context, [clickedRef]);
  if (clicked === undefined) {
    const fromSelection = context.treeView.selection.map(topicRefOf).filter((ref): ref is TopicRef => ref !== undefined);
    if (fromSelection.length > 0) return group(context, fromSelection);
    const picked = await pickTopic(context, { title: pickTitle });
    return picked ? group(context, [picked]) : [];
  }
  return [];
}

export interface TopicPickOptions {
  readonly title: string;
  readonly placeHolder?: string;
  /** Roadmap listed first; the one in use when not given. */
  readonly firstRoadmapId?: string;
  /** Text beside each topic; its status when not given. */
  readonly describe?: (roadmap: Roadmap, topicId: string) => string;
}

/** A quick pick over every topic of every loaded roadmap, found by title or path. */
export async function pickTopic(context: CommandContext, options: TopicPickOptions): Promise<TopicRef | undefined> {
  const roadmaps = orderedRoadmaps(context, options.firstRoadmapId);
  const describe = options.describe ?? ((roadmap: Roadmap, topicId: string) => statusLabel(context.tracker.statusOf(roadmap.id, topicId)));
  type TopicPick = vscode.QuickPickItem & { ref?: TopicRef };
  const items: TopicPick[] = roadmaps.flatMap((roadmap) => [
    { label: roadmap.title, kind: vscode.QuickPickItemKind.Separator },
    ...roadmap.topics.map((topic) => ({
      label: topic.title,
      description: describe(roadmap, topic.id),
      detail: topic.path.slice(0, -1).join(' › ') || undefined,
      ref: { roadmapId: roadmap.id, topicId: topic.id },
    })),
  ]);
  const picked = await vscode.window.showQuickPick(items, {
    title: options.title,
    placeHolder: options.placeHolder ?? vscode.l10n.t('Type to find a topic'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.ref;
}

/** Loaded roadmaps, the given one (by default the one in use) first. */
export function orderedRoadmaps(context: CommandContext, firstRoadmapId: string | undefined = context.activeRoadmap.id): Roadmap[] {
  const active = firstRoadmapId;
  const roadmaps = context.catalog.loaded().map((entry) => entry.roadmap);
  return [...roadmaps.filter((roadmap) => roadmap.id === active), ...roadmaps.filter((roadmap) => roadmap.id !== active)];
}

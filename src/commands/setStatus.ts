// Mark Done / In Progress / Skipped / To Do, and Toggle Done, on one topic or a multi-selection.
//
// Statuses are read from the store, which holds the intended state (what it will hold once queued writes
// land), and every change is made before the next command can read: commands fired faster than the saves
// (keys held down, a script) each act on the result of the one before.
import * as vscode from 'vscode';
import { statusFor } from '../model/progress';
import type { Status } from '../model/status';
import type { CommandContext } from './commandContext';
import { resolveTopicTargets, type TopicTargets } from './targets';
import { isFocusedRowRequest, statusKeyTargets } from './focusedRow';
import { offerSubTopics } from './subTopicOffer';

async function apply(context: CommandContext, targets: TopicTargets[], statusOf: (target: TopicTargets) => Status): Promise<void> {
  // Every target's status is chosen and applied before the first await: the changes are made in order.
  const saves = targets.map((target) => context.store.setStatus(target.roadmapId, target.topicIds, statusOf(target)));
  await Promise.all(saves);
  const last = targets[targets.length - 1];
  if (last) await context.activeRoadmap.use(last.roadmapId);
  // Not awaited: the command is done; the offers wait for the learner.
  void offerSubTopics(context, targets);
}

/** The topic's status as the store will hold it once queued writes land (following former ids). */
function intendedStatus(context: CommandContext, roadmapId: string, topicId: string): Status {
  const node = context.catalog.get(roadmapId)?.roadmap.nodesById.get(topicId);
  return node ? statusFor(context.store.progressOf(roadmapId), node) : 'todo';
}

export function setStatusHandler(context: CommandContext, status: Status, pickTitle: string) {
  return async (clicked?: unknown, selected?: unknown): Promise<void> => {
    const targets = isFocusedRowRequest(clicked)
      ? await statusKeyTargets(context, status)
      : await resolveTopicTargets(context, clicked, selected, pickTitle);
    await apply(context, targets, () => status);
  };
}

/** Done ↔ todo. On a selection: all done → all todo, otherwise all done (like a checkbox). */
export function toggleDoneHandler(context: CommandContext) {
  return async (clicked?: unknown, selected?: unknown): Promise<void> => {
    const targets = isFocusedRowRequest(clicked)
      ? await statusKeyTargets(context, 'toggle')
      : await resolveTopicTargets(context, clicked, selected, vscode.l10n.t('Toggle Done'));
    await apply(context, targets, ({ roadmapId, topicIds }) =>
      topicIds.every((topicId) => intendedStatus(context, roadmapId, topicId) === 'done') ? 'todo' : 'done',
    );
  };
}

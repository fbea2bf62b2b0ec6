// Mark Done / In Progress / Skipped / To Do, and Toggle Done, on one topic or a multi-selection.
import type { Status } from '../model/status';
import type { CommandContext } from './commandContext';
import { resolveTopicTargets, type TopicTargets } from './targets';
import { isFocusedRowRequest, statusKeyTargets } from './focusedRow';
import { offerSubTopics } from './subTopicOffer';

async function apply(context: CommandContext, targets: TopicTargets[], statusFor: (target: TopicTargets) => Status): Promise<void> {
  for (const target of targets) {
    await context.store.setStatus(target.roadmapId, target.topicIds, statusFor(target));
  }
  const last = targets[targets.length - 1];
  if (last) await context.activeRoadmap.use(last.roadmapId);
  // Not awaited: the command is done; the offers wait for the learner.
  void offerSubTopics(context, targets);
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
      : await resolveTopicTargets(context, clicked, selected, 'Toggle Done');
    await apply(context, targets, ({ roadmapId, topicIds }) =>
      topicIds.every((topicId) => context.tracker.statusOf(roadmapId, topicId) === 'done') ? 'todo' : 'done',
    );
  };
}

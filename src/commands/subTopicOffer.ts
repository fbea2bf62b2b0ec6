// After a status command: a topic marked done with open sub-topics offers to mark them done, and the
// last open sub-topic marked done offers its parent. One notification per offer, never modal.
import * as vscode from 'vscode';
import { subTopicOffers, type SubTopicOffer } from '../progress/subTopicOffers';
import type { CommandContext } from './commandContext';
import type { TopicTargets } from './targets';

export const MARK_SUB_TOPICS_DONE = 'Mark Them Done';
export const MARK_PARENT_DONE = 'Mark Done';

function ask(offer: SubTopicOffer): { readonly question: string; readonly action: string; readonly topicIds: string[] } {
  if (offer.kind === 'closeParent') {
    return {
      question: `Every sub-topic of "${offer.parent.title}" is done. Mark "${offer.parent.title}" done too?`,
      action: MARK_PARENT_DONE,
      topicIds: [offer.parent.id],
    };
  }
  const count = offer.openSubTopics.length;
  return {
    question: `"${offer.parent.title}" is done; ${count} of its sub-topics ${count === 1 ? 'is' : 'are'} still open. Mark ${count === 1 ? 'it' : 'them'} done too?`,
    action: MARK_SUB_TOPICS_DONE,
    topicIds: offer.openSubTopics.map((topic) => topic.id),
  };
}

/** Shows the offers the targets' new statuses call for; resolves once each is answered or dismissed. */
export async function offerSubTopics(context: CommandContext, targets: readonly TopicTargets[]): Promise<void> {
  for (const { roadmapId, topicIds } of targets) {
    const roadmap = context.catalog.get(roadmapId)?.roadmap;
    if (!roadmap) continue;
    const offers = subTopicOffers(roadmap, topicIds, (topicId) => context.tracker.statusOf(roadmapId, topicId));
    await Promise.all(
      offers.map(async (offer) => {
        const { question, action, topicIds: toClose } = ask(offer);
        if ((await vscode.window.showInformationMessage(question, action)) === action)
          await context.store.setStatus(roadmapId, toClose, 'done');
      }),
    );
  }
}

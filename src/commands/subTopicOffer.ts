// After a status command: a topic marked done with open sub-topics offers to mark them done, and the
// last open sub-topic marked done offers its parent. One notification per offer, never modal.
import * as vscode from 'vscode';
import { subTopicOffers, type SubTopicOffer } from '../progress/subTopicOffers';
import type { CommandContext } from './commandContext';
import type { TopicTargets } from './targets';
import { displayFormat } from '../platform/displayLanguage';

function ask(offer: SubTopicOffer): { readonly question: string; readonly action: string; readonly topicIds: string[] } {
  if (offer.kind === 'closeParent') {
    return {
      question: vscode.l10n.t('Every sub-topic of "{0}" is done. Mark "{0}" done too?', offer.parent.title),
      action: vscode.l10n.t('Mark Done'),
      topicIds: [offer.parent.id],
    };
  }
  const count = offer.openSubTopics.length;
  return {
    question: displayFormat().plural(count, {
      one: (n) => vscode.l10n.t('"{0}" is done; {1} of its sub-topics is still open. Mark it done too?', offer.parent.title, n),
      other: (n) => vscode.l10n.t('"{0}" is done; {1} of its sub-topics are still open. Mark them done too?', offer.parent.title, n),
    }),
    action: vscode.l10n.t('Mark Them Done'),
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

// Same subject, several roadmaps: after a status change, offer to give the same subject that status in
// the other roadmaps the learner follows ("Always" and "Never" are kept in the roadmapTracker.sameSubject
// setting). Changes back to To Do are not offered: a reset stays where it was made.
import * as vscode from 'vscode';
import type { Status } from '../model/status';
import type { TopicRef } from '../contracts/topicRef';
import type { CommandContext } from './commandContext';
import { displayFormat } from '../platform/displayLanguage';

export const SAME_SUBJECT_SETTING = 'roadmapTracker.sameSubject';
export type SameSubjectChoice = 'ask' | 'always' | 'never';

interface Offer {
  readonly from: TopicRef;
  readonly to: TopicRef;
  readonly status: Status;
}

function choice(): SameSubjectChoice {
  const value = vscode.workspace.getConfiguration().get<string>(SAME_SUBJECT_SETTING);
  return value === 'always' || value === 'never' ? value : 'ask';
}

function offersFor(context: CommandContext, roadmapId: string, topicIds: readonly string[]): Offer[] {
  const followed = new Set(context.followed.followed().map((entry) => entry.roadmap.id));
  if (!followed.has(roadmapId)) return [];
  const offers: Offer[] = [];
  for (const topicId of topicIds) {
    const status = context.tracker.statusOf(roadmapId, topicId);
    if (status === 'todo') continue;
    const from = { roadmapId, topicId };
    for (const match of context.subjects.elsewhere(from)) {
      const counterpart = followed.has(match.roadmap.id) ? context.subjects.current.counterpart(from, match.roadmap.id) : undefined;
      if (counterpart && context.tracker.statusOf(match.roadmap.id, counterpart) !== status) {
        offers.push({ from, to: { roadmapId: match.roadmap.id, topicId: counterpart }, status });
      }
    }
  }
  return offers;
}

function question(context: CommandContext, offers: readonly Offer[]): string {
  const titleOf = (ref: TopicRef): string => context.catalog.get(ref.roadmapId)?.roadmap.nodesById.get(ref.topicId)?.title ?? ref.topicId;
  const roadmapTitles = [...new Set(offers.map((offer) => context.catalog.get(offer.to.roadmapId)?.roadmap.title ?? offer.to.roadmapId))];
  const where = roadmapTitles.map((title) => `"${title}"`).join(', ');
  const topics = new Set(offers.map((offer) => `${offer.from.roadmapId}/${offer.from.topicId}`));
  const [first] = offers;
  if (first && topics.size === 1) {
    const title = titleOf(first.from);
    switch (first.status) {
      case 'in-progress':
        return vscode.l10n.t('"{0}" is also in {1}. Mark it in progress there too?', title, where);
      case 'done':
        return vscode.l10n.t('"{0}" is also in {1}. Mark it done there too?', title, where);
      case 'skipped':
        return vscode.l10n.t('"{0}" is also in {1}. Mark it skipped there too?', title, where);
      case 'todo':
        return vscode.l10n.t('"{0}" is also in {1}. Mark it to do there too?', title, where);
    }
  }
  return vscode.l10n.t(
    '{0} of the topics you changed are also in {1}. Give them the same status there?',
    displayFormat().number(topics.size),
    where,
  );
}

async function apply(context: CommandContext, offers: readonly Offer[]): Promise<void> {
  for (const offer of offers) await context.store.setStatus(offer.to.roadmapId, [offer.to.topicId], offer.status);
}

/** Offers after every status change made here; resolves with the offer shown, for the tests. */
export function registerSameSubjectOffer(extensionContext: vscode.ExtensionContext, context: CommandContext): void {
  let applying = false;
  extensionContext.subscriptions.push(
    context.store.onDidChange(({ roadmapId, topicIds, origin }) => {
      if (origin !== 'local' || applying) return;
      const mode = choice();
      if (mode === 'never') return;
      const offers = offersFor(context, roadmapId, topicIds);
      if (offers.length === 0) return;
      const run = async (): Promise<void> => {
        const answers = { yes: vscode.l10n.t('Yes'), always: vscode.l10n.t('Always'), never: vscode.l10n.t('Never') };
        const shown =
          mode === 'always'
            ? answers.always
            : await vscode.window.showInformationMessage(question(context, offers), ...Object.values(answers));
        const answer = (Object.keys(answers) as (keyof typeof answers)[]).find((key) => answers[key] === shown);
        if ((answer === 'never' || answer === 'always') && mode !== answer)
          await vscode.workspace.getConfiguration().update(SAME_SUBJECT_SETTING, answer, vscode.ConfigurationTarget.Global);
        if (answer !== 'yes' && answer !== 'always') return;
        applying = true;
        try {
          await apply(context, offers);
        } finally {
          applying = false;
        }
      };
      void run();
    }),
  );
}

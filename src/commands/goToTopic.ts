// Go to Topic…: a quick pick over the topics of the followed roadmaps (or of all, through a button),
// matched on title, path and summary; the chosen topic is revealed in the view (its ancestors
// expanded, shown even if the filter hides it) and opened in the topic panel.
import * as vscode from 'vscode';
import type { TopicRef } from '../contracts/topicRef';
import { rankTopics, type SearchableTopic } from '../progress/topicSearch';
import { statusIcon } from '../views/tree/treeItems';
import type { CommandContext } from './commandContext';
import { topicRefOf } from './targets';
import { revealTopicRow } from './revealTopicRow';

/** Rows the pick shows at once; typing narrows the rest. */
const MAX_ROWS = 200;

type TopicItem = vscode.QuickPickItem & { readonly ref: TopicRef };

/**
 * Opens the topic's panel beside and reveals the topic in the Roadmaps view (when the view lists its
 * roadmap) with the keyboard focus on it, so the status keys apply to it at once.
 */
export async function showTopic(context: CommandContext, ref: TopicRef): Promise<void> {
  context.topicPanels.open(ref, { preserveFocus: true });
  if (!context.treeProvider.showsRoadmap(ref.roadmapId)) {
    const title = context.catalog.get(ref.roadmapId)?.roadmap.title ?? ref.roadmapId;
    const follow = vscode.l10n.t('Follow');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('You do not follow "{0}", so the Roadmaps view does not list it.', title), follow)
      .then(async (answer) => {
        if (answer !== follow) return;
        await context.followed.follow(ref.roadmapId);
        await revealTopic(context, ref);
      });
    return;
  }
  await revealTopic(context, ref);
}

async function revealTopic(context: CommandContext, ref: TopicRef): Promise<void> {
  context.treeProvider.keepVisible(ref.roadmapId, ref.topicId);
  await revealTopicRow(context, ref, false);
}

function searchable(context: CommandContext, everyRoadmap: boolean): SearchableTopic[] {
  const entries = everyRoadmap ? context.catalog.loaded() : context.followed.followed();
  return entries.flatMap(({ roadmap }) => roadmap.topics.map((topic) => ({ roadmap, topic })));
}

function itemsFor(context: CommandContext, topics: readonly SearchableTopic[], query: string): TopicItem[] {
  return rankTopics(topics, query, MAX_ROWS).map(({ roadmap, topic }) => {
    const status = context.tracker.statusOf(roadmap.id, topic.id);
    const section = topic.path.slice(0, -1).join(' › ');
    return {
      label: topic.title,
      iconPath: statusIcon(status),
      description: section ? `${roadmap.title} · ${section}` : roadmap.title,
      detail: topic.summary,
      // Ranked here, on title, path and summary: VS Code's own label filter must not drop a row.
      alwaysShow: true,
      ref: { roadmapId: roadmap.id, topicId: topic.id },
    } satisfies TopicItem;
  });
}

/** Lets the learner pick a topic; resolves undefined when the pick is dismissed. */
export function pickTopicToGoTo(context: CommandContext): Promise<TopicRef | undefined> {
  const everyRoadmapButton: vscode.QuickInputButton = {
    iconPath: new vscode.ThemeIcon('library'),
    tooltip: vscode.l10n.t('Search All Roadmaps'),
  };
  const followedButton: vscode.QuickInputButton = {
    iconPath: new vscode.ThemeIcon('bookmark'),
    tooltip: vscode.l10n.t('Search Followed Roadmaps Only'),
  };
  let everyRoadmap = context.followed.followed().length === 0;
  let topics = searchable(context, everyRoadmap);
  const pick = vscode.window.createQuickPick<TopicItem>();
  pick.title = vscode.l10n.t('Go to Topic');
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  const refresh = (): void => {
    pick.placeholder = everyRoadmap
      ? vscode.l10n.t('Find a topic in every roadmap (title, section or summary)')
      : vscode.l10n.t('Find a topic in the roadmaps you follow (title, section or summary)');
    pick.buttons = [everyRoadmap ? followedButton : everyRoadmapButton];
    pick.items = itemsFor(context, topics, pick.value);
  };
  refresh();
  return new Promise((resolve) => {
    let chosen: TopicRef | undefined;
    const subscriptions = [
      pick.onDidChangeValue(refresh),
      pick.onDidTriggerButton(() => {
        everyRoadmap = !everyRoadmap;
        topics = searchable(context, everyRoadmap);
        refresh();
      }),
      pick.onDidAccept(() => {
        chosen = pick.selectedItems[0]?.ref;
        pick.hide();
      }),
      pick.onDidHide(() => {
        subscriptions.forEach((subscription) => subscription.dispose());
        pick.dispose();
        resolve(chosen);
      }),
    ];
    pick.show();
  });
}

export function goToTopicHandler(context: CommandContext) {
  // A topic reference (another extension, a test) goes straight there; otherwise the learner picks.
  return async (target?: unknown): Promise<void> => {
    const ref = topicRefOf(target) ?? (await pickTopicToGoTo(context));
    if (ref && context.catalog.get(ref.roadmapId)?.roadmap.nodesById.get(ref.topicId)) await showTopic(context, ref);
  };
}

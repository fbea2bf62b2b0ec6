// Which topics the Roadmaps view hides: pure rules, no vscode. A topic shows when its status passes the
// filter, or when one of its sub-topics shows (so that sub-topic stays reachable); a section shows when
// anything under it shows, so a section whose topics are all hidden disappears.
import * as l10n from '@vscode/l10n';
import type { Roadmap, RoadmapNode } from '../model/roadmap';
import type { Status } from '../model/status';

export interface TopicFilter {
  readonly hideDone: boolean;
  readonly hideSkipped: boolean;
  readonly inProgressOnly: boolean;
}

export const NO_FILTER: TopicFilter = { hideDone: false, hideSkipped: false, inProgressOnly: false };

export function isFiltering(filter: TopicFilter): boolean {
  return filter.hideDone || filter.hideSkipped || filter.inProgressOnly;
}

export function passes(filter: TopicFilter, status: Status): boolean {
  if (filter.inProgressOnly && status !== 'in-progress') return false;
  if (filter.hideDone && status === 'done') return false;
  if (filter.hideSkipped && status === 'skipped') return false;
  return true;
}

/** A filter read from state another version wrote: anything unreadable is off. */
export function topicFilterFrom(value: unknown): TopicFilter {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return { hideDone: record.hideDone === true, hideSkipped: record.hideSkipped === true, inProgressOnly: record.inProgressOnly === true };
}

export interface Visibility {
  /** Ids of the nodes that show. */
  readonly visible: ReadonlySet<string>;
  /** Topics whose own status the filter shows (or kept), and all topics. */
  readonly shownTopics: number;
  readonly totalTopics: number;
}

/** One pass over the roadmap; `keep` are topics that show whatever their status (one just revealed). */
export function visibility(
  roadmap: Roadmap,
  statusOf: (topicId: string) => Status,
  filter: TopicFilter,
  keep: ReadonlySet<string> = new Set(),
): Visibility {
  const visible = new Set<string>();
  let shownTopics = 0;
  const visit = (node: RoadmapNode): boolean => {
    let anyChildShows = false;
    for (const child of node.children) anyChildShows = visit(child) || anyChildShows;
    const ownShows = node.kind === 'topic' && (passes(filter, statusOf(node.id)) || keep.has(node.id));
    const shows = ownShows || anyChildShows;
    if (shows) visible.add(node.id);
    // A topic kept only as the way to its sub-topics is not one the filter shows.
    if (ownShows) shownTopics++;
    return shows;
  };
  roadmap.nodes.forEach(visit);
  return { visible, shownTopics, totalTopics: roadmap.topics.length };
}

/** "Done topics hidden": what the filter hides, in words. */
export function describeHidden(filter: TopicFilter): string {
  if (filter.inProgressOnly) return l10n.t('Only topics in progress shown');
  if (filter.hideDone && filter.hideSkipped) return l10n.t('Done and skipped topics hidden');
  if (filter.hideDone) return l10n.t('Done topics hidden');
  if (filter.hideSkipped) return l10n.t('Skipped topics hidden');
  return '';
}

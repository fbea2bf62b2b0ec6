// Importing progress: turning a checklist into entries for a roadmap's topics, and working out what an
// import would change before it is merged (by the same rule as syncing: the later change wins).
import * as l10n from '@vscode/l10n';
import type { Checklist } from './progressExport';
import { mergeProgress, winningEntries } from '../merge';
import { topicsFedBy } from '../orphans';
import { statusFor } from '../progress';
import type { Roadmap, RoadmapNode } from '../roadmap';
import type { ProgressEntry, RoadmapProgress, Status } from '../status';

export interface UnmatchedItem {
  readonly line: number;
  readonly title: string;
  readonly reason: string;
}

export interface MatchedChecklist {
  /** Topic id → the status its line shows. */
  readonly statuses: Map<string, Status>;
  readonly unmatched: readonly UnmatchedItem[];
}

function normalized(title: string): string {
  return title.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** How many of the item's closest ancestors match the topic's (a tie-break for repeated titles). */
function sharedAncestry(itemAncestors: readonly string[], topic: RoadmapNode): number {
  const topicAncestors = topic.path.slice(0, -1);
  let shared = 0;
  for (;;) {
    const mine = itemAncestors.at(-1 - shared);
    const theirs = topicAncestors.at(-1 - shared);
    if (mine === undefined || theirs === undefined || normalized(mine) !== normalized(theirs)) return shared;
    shared++;
  }
}

/**
 * Finds the topic of every checked line by its title (case and spacing ignored), or by its id; a
 * title used by several topics is told apart by the enclosing items' titles.
 */
export function matchChecklist(roadmap: Roadmap, checklist: Checklist): MatchedChecklist {
  const byTitle = new Map<string, RoadmapNode[]>();
  for (const topic of roadmap.topics) {
    const key = normalized(topic.title);
    const topics = byTitle.get(key);
    if (topics) topics.push(topic);
    else byTitle.set(key, [topic]);
  }
  const statuses = new Map<string, Status>();
  const unmatched: UnmatchedItem[] = [];
  for (const item of checklist.items) {
    if (item.status === undefined) continue;
    let candidates = byTitle.get(normalized(item.title)) ?? [];
    if (candidates.length === 0) {
      const byId = roadmap.nodesById.get(item.title.trim());
      candidates = byId?.kind === 'topic' ? [byId] : [];
    }
    if (candidates.length > 1) {
      const scores = candidates.map((topic) => sharedAncestry(item.ancestors, topic));
      const best = Math.max(...scores);
      candidates = candidates.filter((_, index) => scores[index] === best);
    }
    const [only] = candidates;
    if (only && candidates.length === 1) statuses.set(only.id, item.status);
    else
      unmatched.push({
        line: item.line,
        title: item.title,
        reason: candidates.length === 0 ? l10n.t('no topic has this title') : l10n.t('several topics have this title'),
      });
  }
  return { statuses, unmatched };
}

export interface StatusChange {
  /** The topic whose status changes, or the saved id for progress no topic claims. */
  readonly topicId: string;
  readonly title: string;
  readonly from: Status;
  readonly to: Status;
  /** The saved ids whose incoming entries cause this change. */
  readonly savedIds: readonly string[];
  readonly orphan: boolean;
}

export interface ImportPreview {
  /** Incoming entries that win over the current ones: what merging the import writes. */
  readonly winners: Map<string, ProgressEntry>;
  /** The visible effect: topics whose status changes. */
  readonly changes: readonly StatusChange[];
  /** Incoming entries that lose to a later change already here. */
  readonly older: number;
}

/** What merging `incoming` into `current` would change, per topic, following former ids. */
export function previewImport(roadmap: Roadmap | undefined, current: RoadmapProgress, incoming: RoadmapProgress): ImportPreview {
  const winners = winningEntries(current, incoming);
  const merged = mergeProgress(current, winners);
  const changes = new Map<string, StatusChange>();
  for (const savedId of winners.keys()) {
    const topics = roadmap ? topicsFedBy(roadmap, savedId) : [];
    if (topics.length === 0) {
      const from = current.get(savedId)?.status ?? 'todo';
      const to = merged.get(savedId)!.status;
      if (from !== to) changes.set(`orphan:${savedId}`, { topicId: savedId, title: savedId, from, to, savedIds: [savedId], orphan: true });
      continue;
    }
    for (const topic of topics) {
      const from = statusFor(current, topic);
      const to = statusFor(merged, topic);
      if (from === to) continue;
      const known = changes.get(topic.id);
      changes.set(topic.id, {
        topicId: topic.id,
        title: topic.title,
        from,
        to,
        savedIds: [...(known?.savedIds ?? []), savedId],
        orphan: false,
      });
    }
  }
  const order = new Map((roadmap?.topics ?? []).map((topic, index) => [topic.id, index]));
  const sorted = [...changes.values()].sort(
    (a, b) =>
      (order.get(a.topicId) ?? Infinity) - (order.get(b.topicId) ?? Infinity) ||
      (a.topicId < b.topicId ? -1 : a.topicId > b.topicId ? 1 : 0),
  );
  return { winners, changes: sorted, older: incoming.size - winners.size };
}

export interface RestorePreview {
  /** Saved id → status: what restoring writes, every one stamped now (unchanged ones too, so they win everywhere). */
  readonly statuses: Map<string, Status>;
  /** The visible effect: topics whose status changes. */
  readonly changes: readonly StatusChange[];
}

/**
 * What restoring `incoming` would change: every topic it names (by its id or a former id) takes the
 * status it has there, whatever the times; ids no topic has are restored as saved. Topics it does not
 * name keep their status.
 */
export function previewRestore(roadmap: Roadmap | undefined, current: RoadmapProgress, incoming: RoadmapProgress): RestorePreview {
  const statuses = new Map<string, Status>();
  const changes: StatusChange[] = [];
  const claimed = new Set<string>();
  for (const topic of roadmap?.topics ?? []) {
    const savedIds = [topic.id, ...topic.formerIds].filter((id) => incoming.has(id));
    if (savedIds.length === 0) continue;
    for (const id of savedIds) claimed.add(id);
    const from = statusFor(current, topic);
    const to = statusFor(incoming, topic);
    statuses.set(topic.id, to);
    if (from !== to) changes.push({ topicId: topic.id, title: topic.title, from, to, savedIds: [topic.id], orphan: false });
  }
  for (const [savedId, entry] of [...incoming].filter(([id]) => !claimed.has(id)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const from = current.get(savedId)?.status ?? 'todo';
    statuses.set(savedId, entry.status);
    if (from !== entry.status)
      changes.push({ topicId: savedId, title: savedId, from, to: entry.status, savedIds: [savedId], orphan: true });
  }
  return { statuses, changes };
}

/** Entries for a checklist's statuses, all at one time (the export time, or now for a hand-made list). */
export function checklistEntries(statuses: ReadonlyMap<string, Status>, changedAt: number): Map<string, ProgressEntry> {
  return new Map([...statuses].map(([topicId, status]) => [topicId, { status, changedAt }]));
}

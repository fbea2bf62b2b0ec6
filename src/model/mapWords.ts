// The words the map's drawing carries (a topic's accessible name and tooltip, a section's name, the map's
// name), as templates in the display language. The extension translates them (mapSceneText.ts) and sends
// them to the map page with its other words; SVG exports use them directly. No l10n import here: the map
// page's script uses this module.
import { fillText } from './fillText';
import { percentDone, type Counts } from './progress';
import type { Status } from './status';

export const MAP_SCENE_TEXT_KEYS = [
  /** {0}: the topic's title. What a screen reader says for a topic, one text per status. */
  'topicNameTodo',
  'topicNameInProgress',
  'topicNameDone',
  'topicNameSkipped',
  'statusTodo',
  'statusInProgress',
  'statusDone',
  'statusSkipped',
  /** {0}: the topic's title, {1}: its status (one of the four above). */
  'topicTooltip',
  /** {0}: the section's title, {1}: topics done, {2}: topics that count. */
  'groupName',
  /** {0}: the roadmap's title, {1}: topics done, {2}: topics that count, {3}: the percentage (a number). */
  'mapName',
] as const;

export type MapSceneText = Readonly<Record<(typeof MAP_SCENE_TEXT_KEYS)[number], string>>;

/** The map's sentences, from the templates; numbers written by `formatNumber`. */
export interface MapWords {
  /** "Joins, done". */
  topicName(title: string, status: Status): string;
  /** "Joins — Done". */
  topicTooltip(title: string, status: Status): string;
  /** "Basics: 1 of 2 done". */
  groupName(title: string, counts: Counts): string;
  /** "Backend: 3 of 40 topics done (8%)". */
  mapName(title: string, counts: Counts): string;
}

export function mapWords(text: MapSceneText, formatNumber: (value: number) => string = String): MapWords {
  const names: Readonly<Record<Status, string>> = {
    todo: text.topicNameTodo,
    'in-progress': text.topicNameInProgress,
    done: text.topicNameDone,
    skipped: text.topicNameSkipped,
  };
  const labels: Readonly<Record<Status, string>> = {
    todo: text.statusTodo,
    'in-progress': text.statusInProgress,
    done: text.statusDone,
    skipped: text.statusSkipped,
  };
  return {
    topicName: (title, status) => fillText(names[status], title),
    topicTooltip: (title, status) => fillText(text.topicTooltip, title, labels[status]),
    groupName: (title, counts) => fillText(text.groupName, title, formatNumber(counts.done), formatNumber(counts.total)),
    mapName: (title, counts) =>
      fillText(text.mapName, title, formatNumber(counts.done), formatNumber(counts.total), formatNumber(percentDone(counts))),
  };
}

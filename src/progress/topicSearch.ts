// Ranks topics for Go to Topic: every word of the query must appear in the topic's title, its path
// (the sections above it) or its summary. A title that is the query ranks first, then a title starting
// with the word, one with a word starting with it, one containing it; the title above the path, the
// path above the summary. Linear in the text searched; pure.
import type { Roadmap, RoadmapNode } from '../model/roadmap';

export interface SearchableTopic {
  readonly roadmap: Roadmap;
  readonly topic: RoadmapNode;
}

export interface RankedTopic extends SearchableTopic {
  readonly score: number;
}

/** Longer queries are cut here, and at most this many words count. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 8;

const EXACT_TITLE_BONUS = 50;

interface Haystack {
  readonly title: string;
  readonly path: string;
  readonly summary: string;
}

function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function queryWords(query: string): string[] {
  return normalize(query.slice(0, MAX_QUERY_LENGTH))
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .slice(0, MAX_QUERY_WORDS);
}

function startsWord(text: string, index: number): boolean {
  return index === 0 || !/[\p{L}\p{N}]/u.test(text[index - 1] ?? '');
}

/** Where a word occurs: 3 at the start of the text, 2 at the start of a word, 1 inside one, 0 not at all. */
function placeOf(text: string, word: string): number {
  let index = text.indexOf(word);
  if (index < 0) return 0;
  if (index === 0) return 3;
  // indexOf moves forward each time: linear in the text for a bounded word.
  while (index >= 0) {
    if (startsWord(text, index)) return 2;
    index = text.indexOf(word, index + 1);
  }
  return 1;
}

function scoreWord(haystack: Haystack, word: string): number {
  const title = placeOf(haystack.title, word);
  if (title > 0) return 100 + title * 30;
  const path = placeOf(haystack.path, word);
  if (path > 0) return 40 + path * 10;
  const summary = placeOf(haystack.summary, word);
  return summary > 0 ? 10 + summary : 0;
}

/**
 * Topics matching every word, best first; equal scores keep the order given (roadmap order). An empty
 * query keeps every topic in that order.
 */
export function rankTopics(topics: readonly SearchableTopic[], query: string, limit = Number.POSITIVE_INFINITY): RankedTopic[] {
  const words = queryWords(query);
  const whole = words.join(' ');
  const ranked: RankedTopic[] = [];
  for (const entry of topics) {
    const haystack: Haystack = {
      title: normalize(entry.topic.title),
      path: normalize(entry.topic.path.slice(0, -1).join(' ')),
      summary: normalize(entry.topic.summary ?? ''),
    };
    let score = 0;
    let all = true;
    for (const word of words) {
      const wordScore = scoreWord(haystack, word);
      if (wordScore === 0) {
        all = false;
        break;
      }
      score += wordScore;
    }
    // A title that is exactly the query beats one that merely starts with it.
    if (all && whole.length > 0 && haystack.title === whole) score += EXACT_TITLE_BONUS;
    if (all) ranked.push({ ...entry, score });
  }
  // Array.prototype.sort is stable: ties keep roadmap order.
  ranked.sort((a, b) => b.score - a.score);
  return ranked.slice(0, limit);
}

// Progress over time: a compact history of what happened on which day, and what it says (active days,
// streaks, pace, forecast).
//
// The history is a set of facts "on day D, topic T of roadmap R reached status S" (or "was practised",
// "had its notes edited"), grouped by day. Merging two copies is the union of their sets: commutative,
// associative and idempotent, so copies from any number of machines meet in any order without double
// counting. Days are the learner's local calendar days, fixed when the fact is recorded: a fact keeps
// the day it happened on wherever it is read later.
import type { Status } from './status';

/** What a fact says happened; one letter each in the saved form. */
export const ACTIVITY_KINDS = ['done', 'in-progress', 'skipped', 'todo', 'practice', 'notes'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const KIND_CODES: Readonly<Record<ActivityKind, string>> = {
  done: 'd',
  'in-progress': 'p',
  skipped: 's',
  todo: 't',
  practice: 'f',
  notes: 'n',
};

export function isStatusKind(kind: ActivityKind): kind is Status {
  return kind !== 'practice' && kind !== 'notes';
}

/** A calendar day as `YYYY-MM-DD`. */
export type DayKey = string;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isDayKey(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const number = dayNumber(value);
  return Number.isFinite(number) && dayFromNumber(number) === value;
}

/** Days since 1970-01-01 (a plain calendar count, no time zone). */
export function dayNumber(day: DayKey): number {
  const match = DAY_PATTERN.exec(day);
  if (!match) return NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

export function dayFromNumber(number: number): DayKey {
  return new Date(number * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: DayKey, days: number): DayKey {
  return dayFromNumber(dayNumber(day) + days);
}

/** The calendar day of a moment in a time zone (an IANA name; the host's own when not given). */
export function dayOf(timeMs: number, timeZone?: string): DayKey {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(timeMs),
  );
  const part = (type: string): string => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export interface ActivityFact {
  readonly roadmapId: string;
  readonly topicId: string;
  readonly kind: ActivityKind;
}

function factKey({ roadmapId, topicId, kind }: ActivityFact): string {
  return `${roadmapId}/${topicId}/${KIND_CODES[kind]}`;
}

const KIND_BY_CODE: ReadonlyMap<string, ActivityKind> = new Map(ACTIVITY_KINDS.map((kind) => [KIND_CODES[kind], kind]));

export function parseFactKey(key: string): ActivityFact | undefined {
  const parts = key.split('/');
  if (parts.length !== 3) return undefined;
  const kind = KIND_BY_CODE.get(parts[2]!);
  return kind ? { roadmapId: parts[0]!, topicId: parts[1]!, kind } : undefined;
}

/** Day → the facts of that day (as `roadmap/topic/kind` keys). */
export class ActivityHistory {
  private readonly byDay = new Map<DayKey, Set<string>>();

  /** Adds a fact; true when it is new. */
  add(day: DayKey, fact: ActivityFact): boolean {
    return this.addKey(day, factKey(fact));
  }

  addKey(day: DayKey, key: string): boolean {
    let facts = this.byDay.get(day);
    if (!facts) {
      facts = new Set();
      this.byDay.set(day, facts);
    }
    if (facts.has(key)) return false;
    facts.add(key);
    return true;
  }

  /** Adds every fact of `other` (set union); true when anything was new. */
  merge(other: ActivityHistory): boolean {
    let changed = false;
    for (const [day, keys] of other.byDay) for (const key of keys) changed = this.addKey(day, key) || changed;
    return changed;
  }

  /** Days with facts, oldest first. */
  days(): DayKey[] {
    return [...this.byDay.keys()].filter((day) => (this.byDay.get(day)?.size ?? 0) > 0).sort();
  }

  factKeys(day: DayKey): readonly string[] {
    return [...(this.byDay.get(day) ?? [])].sort();
  }

  facts(day: DayKey): ActivityFact[] {
    return this.factKeys(day)
      .map(parseFactKey)
      .filter((fact): fact is ActivityFact => fact !== undefined);
  }

  has(day: DayKey, fact: ActivityFact): boolean {
    return this.byDay.get(day)?.has(factKey(fact)) ?? false;
  }

  size(): number {
    let count = 0;
    for (const facts of this.byDay.values()) count += facts.size;
    return count;
  }

  /** Drops the days before `firstKept`; true when any was dropped. */
  dropBefore(firstKept: DayKey): boolean {
    let dropped = false;
    for (const day of [...this.byDay.keys()]) {
      if (day < firstKept) dropped = this.byDay.delete(day) || dropped;
    }
    return dropped;
  }

  clone(): ActivityHistory {
    const copy = new ActivityHistory();
    copy.merge(this);
    return copy;
  }

  /** The same facts, whatever order they were added in. */
  equals(other: ActivityHistory): boolean {
    const days = this.days();
    const otherDays = other.days();
    if (days.length !== otherDays.length) return false;
    return days.every((day, index) => day === otherDays[index] && this.factKeys(day).join(' ') === other.factKeys(day).join(' '));
  }
}

/** Which facts count, e.g. one roadmap's. */
export type FactFilter = (fact: ActivityFact) => boolean;
const everyFact: FactFilter = () => true;

/** Facts of a day that pass the filter. */
export function factsOn(history: ActivityHistory, day: DayKey, filter: FactFilter = everyFact): ActivityFact[] {
  return history.facts(day).filter(filter);
}

export interface DaySummary {
  /** Topics that reached each status that day. */
  readonly reached: Readonly<Record<Status, number>>;
  readonly practised: number;
  readonly notesEdited: number;
  /** Distinct topics with any fact that day. */
  readonly topics: number;
}

export function summarizeDay(history: ActivityHistory, day: DayKey, filter: FactFilter = everyFact): DaySummary {
  const reached: Record<Status, number> = { done: 0, 'in-progress': 0, skipped: 0, todo: 0 };
  let practised = 0;
  let notesEdited = 0;
  const topics = new Set<string>();
  for (const fact of factsOn(history, day, filter)) {
    topics.add(`${fact.roadmapId}/${fact.topicId}`);
    if (fact.kind === 'practice') practised++;
    else if (fact.kind === 'notes') notesEdited++;
    else reached[fact.kind]++;
  }
  return { reached, practised, notesEdited, topics: topics.size };
}

/** Days with at least one fact that passes the filter. */
export function activeDays(history: ActivityHistory, filter: FactFilter = everyFact): Set<DayKey> {
  return new Set(history.days().filter((day) => history.facts(day).some(filter)));
}

export interface Streaks {
  /** Active days in a row up to today, or up to yesterday while today has no activity yet. */
  readonly current: number;
  readonly longest: number;
}

export function streaks(active: ReadonlySet<DayKey>, today: DayKey): Streaks {
  const numbers = [...active]
    .map(dayNumber)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  let previous = NaN;
  for (const number of numbers) {
    run = number === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = number;
  }
  const todayNumber = dayNumber(today);
  let cursor = active.has(today) ? todayNumber : todayNumber - 1;
  let current = 0;
  while (active.has(dayFromNumber(cursor))) {
    current++;
    cursor--;
  }
  return { current, longest };
}

export const PACE_WEEKS = 4;

/** Topics that reached done per week over the last four weeks (today included), each topic once. */
export function pacePerWeek(history: ActivityHistory, today: DayKey, filter: FactFilter = everyFact): number {
  const first = addDays(today, -PACE_WEEKS * 7 + 1);
  const done = new Set<string>();
  for (const day of history.days()) {
    if (day < first || day > today) continue;
    for (const fact of factsOn(history, day, filter)) if (fact.kind === 'done') done.add(`${fact.roadmapId}/${fact.topicId}`);
  }
  return done.size / PACE_WEEKS;
}

export interface Forecast {
  /** The day the remaining topics are done at this pace; undefined without pace or when nothing is left. */
  readonly finishDay?: DayKey;
  readonly weeksLeft?: number;
  /** Topics a week the target date needs; undefined without a target or when it has passed. */
  readonly neededPerWeek?: number;
  /** Hours a week the target date needs at the learner's hours-per-week and current pace. */
  readonly neededHoursPerWeek?: number;
}

export interface ForecastInput {
  readonly remaining: number;
  readonly pacePerWeek: number;
  readonly today: DayKey;
  readonly targetDay?: DayKey;
  /** The hours a week the learner says they spend; 0 when not given. */
  readonly hoursPerWeek: number;
}

export function forecast({ remaining, pacePerWeek: pace, today, targetDay, hoursPerWeek }: ForecastInput): Forecast {
  const result: { -readonly [K in keyof Forecast]: Forecast[K] } = {};
  if (remaining > 0 && pace > 0) {
    result.weeksLeft = remaining / pace;
    result.finishDay = addDays(today, Math.ceil(result.weeksLeft * 7));
  }
  if (remaining > 0 && targetDay !== undefined && isDayKey(targetDay) && targetDay > today) {
    const weeks = (dayNumber(targetDay) - dayNumber(today)) / 7;
    result.neededPerWeek = remaining / weeks;
    if (hoursPerWeek > 0 && pace > 0) result.neededHoursPerWeek = (hoursPerWeek * result.neededPerWeek) / pace;
  }
  return result;
}

export interface HeatmapDay {
  readonly day: DayKey;
  /** Distinct topics with activity that day. */
  readonly count: number;
  /** 0 (none) to 4, as GitHub's contribution graph shades. */
  readonly level: 0 | 1 | 2 | 3 | 4;
}

/**
 * The last year as weeks (columns, Sunday first) of days, ending with the week of today; days after
 * today are left out. Levels split the year's busiest day into quarters.
 */
export function heatmap(history: ActivityHistory, today: DayKey, filter: FactFilter = everyFact, weeks = 53): HeatmapDay[][] {
  const todayNumber = dayNumber(today);
  const weekday = (((todayNumber + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday (4); Sunday is 0.
  const firstNumber = todayNumber - weekday - (weeks - 1) * 7;
  const counts = new Map<DayKey, number>();
  for (const day of history.days()) {
    const number = dayNumber(day);
    if (number < firstNumber || number > todayNumber) continue;
    counts.set(day, summarizeDay(history, day, filter).topics);
  }
  const busiest = Math.max(0, ...counts.values());
  const levelOf = (count: number): HeatmapDay['level'] =>
    count === 0 ? 0 : (Math.min(4, Math.ceil((count / busiest) * 4)) as HeatmapDay['level']);
  const columns: HeatmapDay[][] = [];
  for (let week = 0; week < weeks; week++) {
    const column: HeatmapDay[] = [];
    for (let weekdayIndex = 0; weekdayIndex < 7; weekdayIndex++) {
      const number = firstNumber + week * 7 + weekdayIndex;
      if (number > todayNumber) break;
      const day = dayFromNumber(number);
      const count = counts.get(day) ?? 0;
      column.push({ day, count, level: levelOf(count) });
    }
    columns.push(column);
  }
  return columns;
}

// What the Progress view says: per roadmap its bar, pace and forecast; overall the year heatmap, the
// streaks, the pace of the last four weeks and today's activity. Pure, from the activity history, the
// counts and the settings; the view only draws it.
import {
  activeDays,
  dayNumber,
  forecast,
  heatmap,
  pacePerWeek,
  streaks,
  summarizeDay,
  type ActivityHistory,
  type DayKey,
  type FactFilter,
  type Streaks,
} from './activity';
import { percentDone, type Counts } from './progress';

export interface RoadmapOverview {
  readonly roadmapId: string;
  readonly title: string;
  readonly done: number;
  readonly total: number;
  readonly percent: number;
  readonly pacePerWeek: number;
  /** "At this pace: done around 14 March 2027 (12 weeks)." and the like. */
  readonly forecastText: string;
  /** What the target date needs, when one is set. */
  readonly targetText?: string;
  /** Done topics that a passing practice check marked done (evidence, not the learner's word). */
  readonly verified: number;
  /** "3 of 12 done topics verified by their checks", when any is. */
  readonly verifiedText?: string;
}

export interface ProgressOverview {
  readonly today: DayKey;
  readonly streaks: Streaks;
  readonly pacePerWeek: number;
  readonly streakText: string;
  readonly paceText: string;
  readonly todayText: string;
  readonly roadmaps: RoadmapOverview[];
  /** Weeks (columns) of [day, distinct topics active, level 0–4]. */
  readonly heatmap: [DayKey, number, number][][];
}

export interface OverviewInput {
  readonly history: ActivityHistory;
  readonly today: DayKey;
  readonly roadmaps: readonly {
    readonly roadmapId: string;
    readonly title: string;
    readonly counts: Counts;
    /** Done topics a passing check marked done. */
    readonly verified?: number;
  }[];
  readonly hoursPerWeek: number;
  readonly targetDate?: DayKey;
  /** BCP 47 locale for dates and numbers (vscode.env.language). */
  readonly locale: string;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

export function formatDay(day: DayKey, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(dayNumber(day) * 86_400_000));
}

export function streakText({ current, longest }: Streaks): string {
  return `Current streak: ${plural(current, 'day', 'days')} · Longest: ${plural(longest, 'day', 'days')}`;
}

export function paceText(pace: number, locale: string): string {
  return `Pace, last 4 weeks: ${formatNumber(pace, locale)} ${pace === 1 ? 'topic' : 'topics'} done a week`;
}

export function todayText(history: ActivityHistory, today: DayKey): string {
  const summary = summarizeDay(history, today);
  if (summary.topics === 0) return 'Today: no activity yet';
  const parts = [
    summary.reached.done > 0 ? `${summary.reached.done} done` : '',
    summary.reached['in-progress'] > 0 ? `${summary.reached['in-progress']} started` : '',
    summary.practised > 0 ? `${summary.practised} practised` : '',
    summary.notesEdited > 0 ? `${summary.notesEdited} with notes` : '',
  ].filter((part) => part.length > 0);
  return `Today: ${plural(summary.topics, 'topic', 'topics')} active${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

function roadmapOverview(input: OverviewInput, roadmap: OverviewInput['roadmaps'][number]): RoadmapOverview {
  const { locale, today } = input;
  const filter: FactFilter = (fact) => fact.roadmapId === roadmap.roadmapId;
  const pace = pacePerWeek(input.history, today, filter);
  const remaining = roadmap.counts.total - roadmap.counts.done;
  const result = forecast({ remaining, pacePerWeek: pace, today, targetDay: input.targetDate, hoursPerWeek: input.hoursPerWeek });
  let forecastText: string;
  if (remaining <= 0) forecastText = 'Every topic is done or skipped.';
  else if (result.finishDay && result.weeksLeft !== undefined) {
    forecastText = `At ${formatNumber(pace, locale)} a week: done around ${formatDay(result.finishDay, locale)} (${plural(Math.ceil(result.weeksLeft), 'week', 'weeks')}, ${remaining} to go).`;
  } else forecastText = `${plural(remaining, 'topic', 'topics')} to go; no topic done in the last 4 weeks, so no forecast yet.`;
  let targetText: string | undefined;
  if (remaining > 0 && input.targetDate !== undefined) {
    if (result.neededPerWeek === undefined) targetText = `The target date ${formatDay(input.targetDate, locale)} has passed.`;
    else {
      const hours =
        result.neededHoursPerWeek === undefined
          ? ''
          : ` (about ${formatNumber(result.neededHoursPerWeek, locale)} hours a week at your pace)`;
      targetText = `To finish by ${formatDay(input.targetDate, locale)}: ${formatNumber(result.neededPerWeek, locale)} topics a week${hours}.`;
    }
  }
  const verified = Math.min(roadmap.verified ?? 0, roadmap.counts.done);
  return {
    roadmapId: roadmap.roadmapId,
    title: roadmap.title,
    done: roadmap.counts.done,
    total: roadmap.counts.total,
    percent: percentDone(roadmap.counts),
    pacePerWeek: pace,
    forecastText,
    ...(targetText === undefined ? {} : { targetText }),
    verified,
    ...(verified > 0
      ? {
          verifiedText: `${verified} of ${roadmap.counts.done} done ${roadmap.counts.done === 1 ? 'topic' : 'topics'} verified by ${verified === 1 ? 'its check' : 'their checks'}`,
        }
      : {}),
  };
}

export function progressOverview(input: OverviewInput): ProgressOverview {
  const { history, today, locale } = input;
  const streak = streaks(activeDays(history), today);
  const pace = pacePerWeek(history, today);
  return {
    today,
    streaks: streak,
    pacePerWeek: pace,
    streakText: streakText(streak),
    paceText: paceText(pace, locale),
    todayText: todayText(history, today),
    roadmaps: input.roadmaps.map((roadmap) => roadmapOverview(input, roadmap)),
    heatmap: heatmap(history, today).map((week) => week.map((cell): [DayKey, number, number] => [cell.day, cell.count, cell.level])),
  };
}

// What the Progress view says: per roadmap its bar, pace and forecast; overall the year heatmap, the
// streaks, the pace of the last four weeks and today's activity. Pure, from the activity history, the
// counts and the settings; the view only draws it. Sentences go through @vscode/l10n (English unless the
// extension shared VS Code's bundle), numbers, dates and plural forms through Intl in `locale`.
import * as l10n from '@vscode/l10n';
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
  /** "3 of 12 done topics verified by a passing check", when any is. */
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

/** The sentence in the plural form `count` needs in `locale`; `shown` is the count as written. */
function plural(locale: string, count: number, shown: string, one: (n: string) => string, other: (n: string) => string): string {
  return new Intl.PluralRules(locale).select(count) === 'one' ? one(shown) : other(shown);
}

function days(count: number, locale: string): string {
  const shown = formatNumber(count, locale);
  return plural(
    locale,
    count,
    shown,
    (n) => l10n.t('{0} day', n),
    (n) => l10n.t('{0} days', n),
  );
}

function weeks(count: number, locale: string): string {
  const shown = formatNumber(count, locale);
  return plural(
    locale,
    count,
    shown,
    (n) => l10n.t('{0} week', n),
    (n) => l10n.t('{0} weeks', n),
  );
}

function topics(count: number, locale: string): string {
  const shown = formatNumber(count, locale);
  return plural(
    locale,
    count,
    shown,
    (n) => l10n.t('{0} topic', n),
    (n) => l10n.t('{0} topics', n),
  );
}

function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

export function formatDay(day: DayKey, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(dayNumber(day) * 86_400_000));
}

export function streakText({ current, longest }: Streaks, locale = 'en'): string {
  return l10n.t('Current streak: {0} · Longest: {1}', days(current, locale), days(longest, locale));
}

export function paceText(pace: number, locale: string): string {
  const shown = formatNumber(pace, locale);
  return plural(
    locale,
    pace,
    shown,
    (n) => l10n.t('Pace, last 4 weeks: {0} topic done a week', n),
    (n) => l10n.t('Pace, last 4 weeks: {0} topics done a week', n),
  );
}

export function todayText(history: ActivityHistory, today: DayKey, locale = 'en'): string {
  const summary = summarizeDay(history, today);
  if (summary.topics === 0) return l10n.t('Today: no activity yet');
  const count = (value: number): string => formatNumber(value, locale);
  const parts = [
    summary.reached.done > 0 ? l10n.t('{0} done', count(summary.reached.done)) : '',
    summary.reached['in-progress'] > 0 ? l10n.t('{0} started', count(summary.reached['in-progress'])) : '',
    summary.practised > 0 ? l10n.t('{0} practised', count(summary.practised)) : '',
    summary.notesEdited > 0 ? l10n.t('{0} with notes', count(summary.notesEdited)) : '',
  ].filter((part) => part.length > 0);
  const active = topics(summary.topics, locale);
  if (parts.length === 0) return l10n.t('Today: {0} active', active);
  return l10n.t('Today: {0} active ({1})', active, new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(parts));
}

function roadmapOverview(input: OverviewInput, roadmap: OverviewInput['roadmaps'][number]): RoadmapOverview {
  const { locale, today } = input;
  const filter: FactFilter = (fact) => fact.roadmapId === roadmap.roadmapId;
  const pace = pacePerWeek(input.history, today, filter);
  const remaining = roadmap.counts.total - roadmap.counts.done;
  const result = forecast({ remaining, pacePerWeek: pace, today, targetDay: input.targetDate, hoursPerWeek: input.hoursPerWeek });
  let forecastText: string;
  if (remaining <= 0) forecastText = l10n.t('Every topic is done or skipped.');
  else if (result.finishDay && result.weeksLeft !== undefined) {
    forecastText = l10n.t(
      'At {0} a week: done around {1} ({2}, {3} to go).',
      formatNumber(pace, locale),
      formatDay(result.finishDay, locale),
      weeks(Math.ceil(result.weeksLeft), locale),
      formatNumber(remaining, locale),
    );
  } else
    forecastText = plural(
      locale,
      remaining,
      formatNumber(remaining, locale),
      (n) => l10n.t('{0} topic to go; no topic done in the last 4 weeks, so no forecast yet.', n),
      (n) => l10n.t('{0} topics to go; no topic done in the last 4 weeks, so no forecast yet.', n),
    );
  let targetText: string | undefined;
  if (remaining > 0 && input.targetDate !== undefined) {
    const target = formatDay(input.targetDate, locale);
    if (result.neededPerWeek === undefined) targetText = l10n.t('The target date {0} has passed.', target);
    else if (result.neededHoursPerWeek === undefined)
      targetText = l10n.t('To finish by {0}: {1} topics a week.', target, formatNumber(result.neededPerWeek, locale));
    else
      targetText = l10n.t(
        'To finish by {0}: {1} topics a week (about {2} hours a week at your pace).',
        target,
        formatNumber(result.neededPerWeek, locale),
        formatNumber(result.neededHoursPerWeek, locale),
      );
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
          verifiedText: plural(
            locale,
            roadmap.counts.done,
            formatNumber(roadmap.counts.done, locale),
            (n) => l10n.t('{0} of {1} done topic verified by a passing check', formatNumber(verified, locale), n),
            (n) => l10n.t('{0} of {1} done topics verified by a passing check', formatNumber(verified, locale), n),
          ),
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
    streakText: streakText(streak, locale),
    paceText: paceText(pace, locale),
    todayText: todayText(history, today, locale),
    roadmaps: input.roadmaps.map((roadmap) => roadmapOverview(input, roadmap)),
    heatmap: heatmap(history, today).map((week) => week.map((cell): [DayKey, number, number] => [cell.day, cell.count, cell.level])),
  };
}

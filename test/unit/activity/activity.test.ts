import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  ACTIVITY_KINDS,
  ActivityHistory,
  activeDays,
  addDays,
  dayOf,
  forecast,
  heatmap,
  pacePerWeek,
  streaks,
  summarizeDay,
  type ActivityFact,
} from '../../../src/model/activity';
import { progressOverview } from '../../../src/model/progressOverview';

const factArb: fc.Arbitrary<[string, ActivityFact]> = fc.tuple(
  fc.constantFrom('2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01'),
  fc.record({
    roadmapId: fc.constantFrom('backend', 'mine'),
    topicId: fc.constantFrom('http', 'sql', 'rest'),
    kind: fc.constantFrom(...ACTIVITY_KINDS),
  }),
);
const historyArb = fc.array(factArb, { maxLength: 25 }).map((facts) => {
  const history = new ActivityHistory();
  for (const [day, fact] of facts) history.add(day, fact);
  return history;
});

function merged(...histories: ActivityHistory[]): ActivityHistory {
  const result = new ActivityHistory();
  for (const history of histories) result.merge(history);
  return result;
}

function historyOf(entries: Record<string, readonly [string, string, ActivityFact['kind']][]>): ActivityHistory {
  const history = new ActivityHistory();
  for (const [day, facts] of Object.entries(entries))
    for (const [roadmapId, topicId, kind] of facts) history.add(day, { roadmapId, topicId, kind });
  return history;
}

describe('activity history merge', () => {
  it('is commutative, associative and idempotent (property)', () => {
    fc.assert(
      fc.property(historyArb, historyArb, historyArb, (a, b, c) => {
        assert.ok(merged(a, b).equals(merged(b, a)), 'commutative');
        assert.ok(merged(merged(a, b), c).equals(merged(a, merged(b, c))), 'associative');
        assert.ok(merged(a, a).equals(a), 'idempotent');
        const grown = a.clone();
        assert.equal(grown.merge(a), false, 'merging what is there already changes nothing');
      }),
    );
  });

  it('never counts a fact twice when two machines record the same change and pass copies back and forth', () => {
    const laptop = historyOf({ '2026-12-01': [['backend', 'http', 'done']] });
    const desktop = historyOf({
      '2026-12-01': [
        ['backend', 'http', 'done'],
        ['backend', 'sql', 'practice'],
      ],
    });
    const once = merged(laptop, desktop);
    const again = merged(once, laptop, desktop, once);
    assert.equal(summarizeDay(again, '2026-12-01').reached.done, 1);
    assert.equal(summarizeDay(again, '2026-12-01').practised, 1);
    assert.equal(again.size(), 2);
  });
});

describe('days', () => {
  it('puts a moment on the calendar day of the time zone it happened in', () => {
    const moment = Date.UTC(2026, 11, 1, 23, 30); // 23:30 UTC on 1 December
    assert.equal(dayOf(moment, 'UTC'), '2026-12-01');
    assert.equal(dayOf(moment, 'Europe/Berlin'), '2026-12-02', 'already past midnight in Berlin');
    assert.equal(dayOf(moment, 'America/Los_Angeles'), '2026-12-01');
    assert.equal(dayOf(Date.UTC(2026, 11, 1, 5), 'America/Los_Angeles'), '2026-11-30', 'still the evening before');
    assert.equal(dayOf(Date.UTC(2026, 11, 1, 10, 0), 'Pacific/Kiritimati'), '2026-12-02', 'UTC+14');
  });

  it('counts calendar days across month, year and daylight-saving changes', () => {
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2026-03-29', -1), '2026-03-28');
  });
});

describe('streaks', () => {
  const days = (...list: string[]) => new Set(list);

  it('counts active days in a row up to today, or up to yesterday while today is still empty', () => {
    assert.deepEqual(streaks(days('2026-11-29', '2026-11-30', '2026-12-01'), '2026-12-01'), { current: 3, longest: 3 });
    assert.deepEqual(streaks(days('2026-11-29', '2026-11-30'), '2026-12-01'), { current: 2, longest: 2 }, 'today not yet active');
    assert.deepEqual(streaks(days('2026-11-28', '2026-11-29'), '2026-12-01'), { current: 0, longest: 2 }, 'a missed day breaks it');
  });

  it('finds the longest run across gaps and year ends', () => {
    const active = days('2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02', '2026-03-01', '2026-11-30', '2026-12-01');
    assert.deepEqual(streaks(active, '2026-12-01'), { current: 2, longest: 4 });
    assert.deepEqual(streaks(days(), '2026-12-01'), { current: 0, longest: 0 });
  });

  it('only days with facts that pass the filter are active', () => {
    const history = historyOf({ '2026-11-30': [['mine', 'http', 'practice']], '2026-12-01': [['backend', 'sql', 'done']] });
    assert.deepEqual([...activeDays(history, (fact) => fact.roadmapId === 'backend')], ['2026-12-01']);
  });
});

describe('pace and forecast', () => {
  const history = historyOf({
    '2026-11-01': [['backend', 'old', 'done']], // more than 4 weeks before 2026-12-01
    '2026-11-04': [['backend', 'a', 'done']], // the first day of the window
    '2026-11-10': [
      ['backend', 'b', 'done'],
      ['backend', 'b', 'todo'],
    ],
    '2026-11-20': [
      ['backend', 'b', 'done'],
      ['backend', 'c', 'in-progress'],
      ['mine', 'x', 'done'],
    ],
    '2026-12-01': [
      ['backend', 'd', 'done'],
      ['backend', 'e', 'practice'],
    ],
  });

  it('counts topics done in the last 4 weeks, each once, per week', () => {
    assert.equal(pacePerWeek(history, '2026-12-01'), 4 / 4, 'a, b, x, d');
    assert.equal(
      pacePerWeek(history, '2026-12-01', (fact) => fact.roadmapId === 'backend'),
      3 / 4,
    );
    assert.equal(pacePerWeek(history, '2026-12-02'), 3 / 4, 'a left the window');
  });

  it('forecasts the finish day at that pace, and what a target date needs', () => {
    assert.deepEqual(forecast({ remaining: 10, pacePerWeek: 2, today: '2026-12-01', hoursPerWeek: 0 }), {
      weeksLeft: 5,
      finishDay: '2027-01-05',
    });
    assert.deepEqual(forecast({ remaining: 10, pacePerWeek: 0, today: '2026-12-01', hoursPerWeek: 5 }), {}, 'no pace, no forecast');
    const withTarget = forecast({ remaining: 10, pacePerWeek: 2, today: '2026-12-01', targetDay: '2026-12-29', hoursPerWeek: 6 });
    assert.equal(withTarget.neededPerWeek, 2.5);
    assert.equal(withTarget.neededHoursPerWeek, 7.5);
    assert.equal(
      forecast({ remaining: 10, pacePerWeek: 2, today: '2026-12-01', targetDay: '2026-11-01', hoursPerWeek: 6 }).neededPerWeek,
      undefined,
      'a past target',
    );
    assert.deepEqual(forecast({ remaining: 0, pacePerWeek: 2, today: '2026-12-01', hoursPerWeek: 0 }), {}, 'nothing left');
  });

  it('says it in sentences in the Progress view', () => {
    const overview = progressOverview({
      history,
      today: '2026-12-01',
      roadmaps: [{ roadmapId: 'backend', title: 'Backend', counts: { done: 4, inProgress: 1, skipped: 0, total: 10 } }],
      hoursPerWeek: 6,
      targetDate: '2026-12-29',
      locale: 'en',
    });
    assert.equal(overview.streakText, 'Current streak: 1 day · Longest: 1 day');
    assert.equal(overview.paceText, 'Pace, last 4 weeks: 1 topic done a week');
    assert.equal(overview.todayText, 'Today: 2 topics active (1 done, 1 practised)');
    assert.equal(overview.roadmaps[0]?.forecastText, 'At 0.8 a week: done around January 26, 2027 (8 weeks, 6 to go).');
    assert.equal(
      overview.roadmaps[0]?.targetText,
      'To finish by December 29, 2026: 1.5 topics a week (about 12 hours a week at your pace).',
    );
  });
});

it('counts the done topics a passing check verified, never more than are done', () => {
  const input = {
    history: new ActivityHistory(),
    today: '2026-12-01',
    hoursPerWeek: 6,
    locale: 'en',
  } as const;
  const counts = { done: 4, inProgress: 1, skipped: 0, total: 10 };
  const [none] = progressOverview({ ...input, roadmaps: [{ roadmapId: 'a', title: 'A', counts }] }).roadmaps;
  assert.equal(none?.verified, 0);
  assert.equal(none?.verifiedText, undefined);
  const [some] = progressOverview({ ...input, roadmaps: [{ roadmapId: 'a', title: 'A', counts, verified: 1 }] }).roadmaps;
  assert.equal(some?.verifiedText, '1 of 4 done topics verified by a passing check');
  const [capped] = progressOverview({ ...input, roadmaps: [{ roadmapId: 'a', title: 'A', counts, verified: 9 }] }).roadmaps;
  assert.equal(capped?.verified, 4);
  assert.equal(capped?.verifiedText, '4 of 4 done topics verified by a passing check');
});

describe('heatmap', () => {
  it('lays out the last year as weeks of days, Sunday first, ending today, in five levels', () => {
    const history = historyOf({
      '2026-12-01': [
        ['a', 'x', 'done'],
        ['a', 'y', 'done'],
        ['a', 'z', 'practice'],
        ['a', 'w', 'notes'],
      ],
      '2026-11-30': [['a', 'x', 'practice']],
    });
    const weeks = heatmap(history, '2026-12-01');
    assert.equal(weeks.length, 53);
    assert.equal(weeks[0]?.[0]?.day, '2025-11-30', 'a Sunday');
    const last = weeks[weeks.length - 1]!;
    assert.deepEqual(
      last.map((cell) => cell.day),
      ['2026-11-29', '2026-11-30', '2026-12-01'],
      'stops at today (a Tuesday)',
    );
    assert.deepEqual(
      last.map((cell) => [cell.count, cell.level]),
      [
        [0, 0],
        [1, 1],
        [4, 4],
      ],
    );
    assert.equal(weeks.flat().length, 52 * 7 + 3);
  });
});

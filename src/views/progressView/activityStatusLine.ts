// The status bar tooltip's line about progress over time: today's activity and the streak.
import { activeDays, dayOf, streaks } from '../../model/activity';
import * as vscode from 'vscode';
import { todayText } from '../../model/progressOverview';
import { displayFormat } from '../../platform/displayLanguage';
import type { ActivityStore } from '../../store/activityHistory';
import type { TooltipLine } from '../progressStatusBar';

export function activityStatusLine(activity: ActivityStore): TooltipLine {
  return {
    text: () => {
      const today = dayOf(Date.now());
      const history = activity.history();
      const { current, longest } = streaks(activeDays(history), today);
      const format = displayFormat();
      const streak = format.plural(current, {
        one: (n) => vscode.l10n.t('{0} day', n),
        other: (n) => vscode.l10n.t('{0} days', n),
      });
      return vscode.l10n.t('{0} · Streak: {1} (longest {2})', todayText(history, today, format.locale), streak, format.number(longest));
    },
    onDidChange: (listener) => activity.onDidChange(listener),
  };
}

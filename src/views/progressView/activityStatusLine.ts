// The status bar tooltip's line about progress over time: today's activity and the streak.
import { activeDays, dayOf, streaks } from '../../model/activity';
import { todayText } from '../../model/progressOverview';
import type { ActivityStore } from '../../store/activityHistory';
import type { TooltipLine } from '../progressStatusBar';

export function activityStatusLine(activity: ActivityStore): TooltipLine {
  return {
    text: () => {
      const today = dayOf(Date.now());
      const history = activity.history();
      const { current, longest } = streaks(activeDays(history), today);
      return `${todayText(history, today)} · Streak: ${current} ${current === 1 ? 'day' : 'days'} (longest ${longest})`;
    },
    onDidChange: (listener) => activity.onDidChange(listener),
  };
}

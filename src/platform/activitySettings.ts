// Typed access to the settings of progress over time.
import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../contracts/settingKeys';
import { ActivitySettingKey, DEFAULT_HOURS_PER_WEEK, DEFAULT_START_ON_FIRST_PRACTICE } from '../contracts/activitySettings';

export interface ActivitySettings {
  /** Hours a week the learner spends; 0 when not given. */
  readonly hoursPerWeek: number;
  /** `YYYY-MM-DD`, or undefined when not given or not a date. */
  readonly targetDate: string | undefined;
  /** Whether the first practice save of a to-do topic moves it to in progress. */
  readonly startOnFirstPractice: boolean;
}

export function activitySettings(): ActivitySettings {
  const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const hours = configuration.get<unknown>(ActivitySettingKey.HoursPerWeek);
  const target = configuration.get<unknown>(ActivitySettingKey.TargetDate);
  const start = configuration.get<unknown>(ActivitySettingKey.StartOnFirstPractice);
  return {
    hoursPerWeek: typeof hours === 'number' && Number.isFinite(hours) && hours > 0 && hours <= 168 ? hours : DEFAULT_HOURS_PER_WEEK,
    targetDate: typeof target === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(target.trim()) ? target.trim() : undefined,
    startOnFirstPractice: typeof start === 'boolean' ? start : DEFAULT_START_ON_FIRST_PRACTICE,
  };
}

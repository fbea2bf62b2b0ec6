// Settings of progress over time (roadmapTracker.*), their defaults, and the Progress view's ids.

export const ActivitySettingKey = {
  HoursPerWeek: 'hoursPerWeek',
  TargetDate: 'targetDate',
  StartOnFirstPractice: 'startTopicOnFirstPracticeSave',
} as const;

export const DEFAULT_HOURS_PER_WEEK = 0;
export const DEFAULT_TARGET_DATE = '';
export const DEFAULT_START_ON_FIRST_PRACTICE = false;

export const PROGRESS_VIEW_CONTAINER_ID = 'roadmapTrackerProgress';
export const PROGRESS_VIEW_ID = 'roadmapTracker.progressView';

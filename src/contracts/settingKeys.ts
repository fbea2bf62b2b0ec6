// The extension's settings as contributed in package.json (roadmapTracker.*): section, keys and the
// defaults the code falls back on. A unit test checks package.json contributes the same.

export const SETTINGS_SECTION = 'roadmapTracker';

export const SettingKey = {
  WorkspaceRoadmaps: 'workspaceRoadmaps',
  PracticeFolder: 'practiceFolder',
  NotesFolder: 'notesFolder',
  SyncProgress: 'syncProgress',
} as const;

/** Fully qualified id of the syncProgress setting, as configuration change events name it. */
export const SYNC_PROGRESS_SETTING = `${SETTINGS_SECTION}.${SettingKey.SyncProgress}`;

export const DEFAULT_WORKSPACE_ROADMAP_GLOBS: readonly string[] = ['**/*.roadmap.yaml'];
/** Defaults of the roadmapTracker.practiceFolder and roadmapTracker.notesFolder settings. */
export const DEFAULT_PRACTICE_FOLDER = 'practice/${roadmapId}/${topicId}';
export const DEFAULT_NOTES_FOLDER = '.roadmap/notes/${roadmapId}/${topicId}.md';

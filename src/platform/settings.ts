// Typed access to the extension's settings (contributed in package.json under roadmapTracker.*).
import * as vscode from 'vscode';
import {
  DEFAULT_NOTES_FOLDER,
  DEFAULT_PRACTICE_FOLDER,
  DEFAULT_WORKSPACE_ROADMAP_GLOBS,
  SETTINGS_SECTION,
  SettingKey,
} from '../contracts/settingKeys';

export interface Settings {
  /** Globs of roadmap files in the workspace, shown beside the bundled roadmaps. */
  readonly workspaceRoadmapGlobs: readonly string[];
  /** Per-topic practice folder, relative to the workspace folder, with ${roadmapId} and ${topicId}. */
  readonly practiceFolder: string;
  /** Personal notes file (or folder holding ${topicId}.md), relative to the workspace folder. */
  readonly notesFolder: string;
  /** Whether progress roams to the learner's other machines through Settings Sync. */
  readonly syncProgress: boolean;
}

export function settings(): Settings {
  const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const globs = configuration.get<unknown>(SettingKey.WorkspaceRoadmaps);
  const text = (key: string, fallback: string): string => {
    const value = configuration.get<unknown>(key);
    return typeof value === 'string' && value.trim().length > 0 ? value.trim() : fallback;
  };
  return {
    workspaceRoadmapGlobs: Array.isArray(globs)
      ? globs.filter((glob): glob is string => typeof glob === 'string' && glob.length > 0)
      : DEFAULT_WORKSPACE_ROADMAP_GLOBS,
    practiceFolder: text(SettingKey.PracticeFolder, DEFAULT_PRACTICE_FOLDER),
    notesFolder: text(SettingKey.NotesFolder, DEFAULT_NOTES_FOLDER),
    syncProgress: configuration.get<unknown>(SettingKey.SyncProgress) !== false,
  };
}

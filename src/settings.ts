// Typed access to the extension's settings (contributed in package.json under roadmapTracker.*).
import * as vscode from 'vscode';
import { DEFAULT_NOTES_FOLDER, DEFAULT_PRACTICE_FOLDER } from './panel/topicPaths';

export const SETTINGS_SECTION = 'roadmapTracker';

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

export const SYNC_PROGRESS_SETTING = `${SETTINGS_SECTION}.syncProgress`;

export function settings(): Settings {
  const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const globs = configuration.get<unknown>('workspaceRoadmaps');
  const text = (key: string, fallback: string): string => {
    const value = configuration.get<unknown>(key);
    return typeof value === 'string' && value.trim().length > 0 ? value.trim() : fallback;
  };
  return {
    workspaceRoadmapGlobs: Array.isArray(globs) ? globs.filter((glob): glob is string => typeof glob === 'string' && glob.length > 0) : ['**/*.roadmap.yaml'],
    practiceFolder: text('practiceFolder', DEFAULT_PRACTICE_FOLDER),
    notesFolder: text('notesFolder', DEFAULT_NOTES_FOLDER),
    syncProgress: configuration.get<unknown>('syncProgress') !== false,
  };
}

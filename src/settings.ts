// Typed access to the extension's settings (contributed in package.json under roadmapTracker.*).
import * as vscode from 'vscode';

export const SETTINGS_SECTION = 'roadmapTracker';

export interface Settings {
  /** Globs of roadmap files in the workspace, shown beside the bundled roadmaps. */
  readonly workspaceRoadmapGlobs: readonly string[];
  /** Whether progress roams to the learner's other machines through Settings Sync. */
  readonly syncProgress: boolean;
}

export const SYNC_PROGRESS_SETTING = `${SETTINGS_SECTION}.syncProgress`;

export function settings(): Settings {
  const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const globs = configuration.get<unknown>('workspaceRoadmaps');
  return {
    workspaceRoadmapGlobs: Array.isArray(globs) ? globs.filter((glob): glob is string => typeof glob === 'string' && glob.length > 0) : ['**/*.roadmap.yaml'],
    syncProgress: configuration.get<unknown>('syncProgress') !== false,
  };
}

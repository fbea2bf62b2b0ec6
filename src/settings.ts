// Typed access to the extension's settings (contributed in package.json under roadmapTracker.*).
import * as vscode from 'vscode';

export const SETTINGS_SECTION = 'roadmapTracker';

export interface Settings {
  /** Globs of roadmap files in the workspace, shown beside the bundled roadmaps. */
  readonly workspaceRoadmapGlobs: readonly string[];
}

export function settings(): Settings {
  const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const globs = configuration.get<unknown>('workspaceRoadmaps');
  return {
    workspaceRoadmapGlobs: Array.isArray(globs) ? globs.filter((glob): glob is string => typeof glob === 'string' && glob.length > 0) : ['**/*.roadmap.yaml'],
  };
}

// Workspace roadmaps: reload on file changes, problems in the Problems panel.
import * as vscode from 'vscode';
import type { RoadmapCatalog } from './roadmapCatalog';
import { SETTINGS_SECTION, SettingKey } from '../contracts/settingKeys';
import { settings } from '../platform/settings';
import { RoadmapDiagnostics } from './roadmapDiagnostics';
import { WorkspaceRoadmapWatcher } from './workspaceRoadmapWatcher';

/** Whether a document is a roadmap file of the workspace, by the configured globs. */
export function isWorkspaceRoadmap(document: vscode.TextDocument): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!folder) return false;
  return settings().workspaceRoadmapGlobs.some(
    (glob) => vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, document) > 0,
  );
}

export function registerWorkspaceRoadmaps(context: vscode.ExtensionContext, catalog: RoadmapCatalog, log: vscode.LogOutputChannel): void {
  const reload = (changed: readonly vscode.Uri[] = [], relist = true): void => {
    catalog.refresh(changed, relist).catch((failure: unknown) => log.error('Reloading roadmaps failed', failure));
  };
  const watcher = new WorkspaceRoadmapWatcher({
    globs: () => settings().workspaceRoadmapGlobs,
    knownFiles: () => catalog.all().flatMap((entry) => (entry.origin === 'workspace' ? [entry.uri] : [])),
    reload,
  });
  const diagnostics = new RoadmapDiagnostics(catalog, isWorkspaceRoadmap);
  context.subscriptions.push(
    watcher,
    diagnostics,
    catalog.onDidNotice((message) => log.warn(message)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(`${SETTINGS_SECTION}.${SettingKey.WorkspaceRoadmaps}`)) return;
      watcher.restart();
      reload();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      watcher.restart();
      reload();
    }),
  );
}

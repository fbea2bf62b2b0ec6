// Writes every roadmap file that fails to load, with its problems, to the extension's output channel.
import * as vscode from 'vscode';
import { formatProblem } from '../model/problems';
import type { RoadmapCatalog } from './roadmapCatalog';

export function registerBrokenRoadmapLog(extensionContext: vscode.ExtensionContext, catalog: RoadmapCatalog, log: vscode.LogOutputChannel): void {
  extensionContext.subscriptions.push(
    catalog.onDidChange(() => {
      for (const entry of catalog.all()) {
        if (entry.kind !== 'broken') continue;
        const fileName = vscode.workspace.asRelativePath(entry.uri);
        for (const problem of entry.problems) log.error(formatProblem(fileName, problem));
      }
    }),
  );
}

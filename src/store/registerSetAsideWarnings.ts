// Tells the learner, once per roadmap, that saved progress could not be read and where it was kept.
import * as vscode from 'vscode';
import type { ProgressStore } from './progressStore';

const SHOW_VALUE = 'Show Saved Value';

export function registerSetAsideWarnings(
  extensionContext: vscode.ExtensionContext,
  store: ProgressStore,
  log: vscode.LogOutputChannel,
): void {
  extensionContext.subscriptions.push(
    store.onDidSetAside(async ({ roadmapId, backupKey, reason }) => {
      log.warn(`Saved progress of roadmap "${roadmapId}" was set aside under "${backupKey}": ${reason}`);
      const answer = await vscode.window.showWarningMessage(
        `Roadmap Tracker could not use the saved progress of "${roadmapId}": ${reason}. It was kept aside, not deleted; progress starts fresh.`,
        SHOW_VALUE,
      );
      if (answer !== SHOW_VALUE) return;
      const raw = extensionContext.workspaceState.get<unknown>(backupKey);
      const document = await vscode.workspace.openTextDocument({ language: 'json', content: JSON.stringify(raw, null, 2) ?? 'undefined' });
      await vscode.window.showTextDocument(document);
    }),
  );
}

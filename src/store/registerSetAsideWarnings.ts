// Tells the learner when saved progress could not be read (and where it was kept), and when progress
// could not be saved: once per roadmap and window for a failed save, every failure in the log.
import * as vscode from 'vscode';
import type { ProgressStore } from './progressStore';
import { warnAboutKeptValue } from './savedValueWarning';

export function registerSetAsideWarnings(
  extensionContext: vscode.ExtensionContext,
  store: ProgressStore,
  log: vscode.LogOutputChannel,
): void {
  const toldAboutFailure = new Set<string>();
  extensionContext.subscriptions.push(
    store.onDidSetAside(({ roadmapId, backupKey, reason }) => {
      log.warn(`Saved progress of roadmap "${roadmapId}" was set aside under "${backupKey}": ${reason}`);
      void warnAboutKeptValue(
        // The reason is technical and in English (a checksum, an entry's format): it goes to the log only.
        vscode.l10n.t(
          'Roadmap Tracker could not use the saved progress of "{0}"; the log (Output › Roadmap Tracker) says why. It was kept aside, not deleted; progress starts fresh.',
          roadmapId,
        ),
        extensionContext.workspaceState,
        backupKey,
      );
    }),
    store.onDidFailToSave(({ roadmapId, error }) => {
      log.error(`Saving the progress of roadmap "${roadmapId}" failed`, error);
      if (toldAboutFailure.has(roadmapId)) return;
      toldAboutFailure.add(roadmapId);
      const reason = error instanceof Error ? error.message : String(error);
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          'Roadmap Tracker could not save the progress of "{0}" ({1}). Your changes are shown in this window but may be lost when it closes; the log (Output › Roadmap Tracker) has the details.',
          roadmapId,
          reason,
        ),
      );
    }),
  );
}

// The activity history: records every status change made here (never those merged in from elsewhere:
// the machine that made a change records it, and its facts arrive through the synced copy), and merges
// the synced copy when the window opens or regains focus and every few minutes, as progress sync does.
import * as vscode from 'vscode';
import { dayOf } from '../model/activity';
import { afterActivation } from '../platform/afterActivation';
import { ActivityStore } from '../store/activityHistory';
import type { ProgressStore } from '../store/progressStore';

const POLL_INTERVAL_MS = 3 * 60_000;

export function registerActivity(
  extensionContext: vscode.ExtensionContext,
  store: ProgressStore,
  log: vscode.LogOutputChannel,
): ActivityStore {
  const activity = new ActivityStore(extensionContext.globalState, () => dayOf(Date.now()));
  const sync = (trigger: string): void => {
    activity.sync().catch((failure) => log.error(`Activity sync (${trigger}) failed`, failure));
  };
  const poll = setInterval(() => sync('interval'), POLL_INTERVAL_MS);
  extensionContext.subscriptions.push(
    activity,
    { dispose: () => clearInterval(poll) },
    store.onDidChange(({ roadmapId, topicIds, origin }) => {
      if (origin !== 'local') return;
      for (const topicId of topicIds) {
        const status = store.get(roadmapId, topicId)?.status ?? 'todo';
        activity.record({ roadmapId, topicId, kind: status }).catch((failure) => log.error('Recording activity failed', failure));
      }
    }),
    vscode.window.onDidChangeWindowState((state) => {
      if (state.focused) sync('window focus');
    }),
    activity.onDidSetAside(({ key, backupKey, reason }) =>
      log.warn(`The activity history under "${key}" was set aside under "${backupKey}": ${reason}`),
    ),
  );
  // After activation: its first day stamp (the host's first Intl.DateTimeFormat) takes tens of ms.
  afterActivation(extensionContext, () => sync('activation'));
  return activity;
}

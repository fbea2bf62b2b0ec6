// Roaming through Settings Sync: registers the synced keys (one call, every key, every activation) and
// runs a sync pass when the window activates, regains focus, the roadmaps reload, progress changes here
// and when the setting turns roaming back on — and every few minutes, because VS Code tells an extension
// nothing when Settings Sync replaces its global state (a pass that finds nothing new costs about 1 ms).
import * as vscode from 'vscode';
import type { RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import { SYNC_PROGRESS_SETTING } from '../contracts/settingKeys';
import { settings } from '../platform/settings';
import { afterActivation } from '../platform/afterActivation';
import type { ProgressStore } from '../store/progressStore';
import { warnAboutKeptValue } from '../store/savedValueWarning';
import { SYNCED_KEYS, SyncedProgressStore } from '../store/syncedProgressStore';
import { SYNCED_ACTIVITY_KEY } from '../store/activityHistory';
import { ProgressSync } from './progressSync';

const POLL_INTERVAL_MS = 3 * 60_000;

export function registerProgressSync(
  extensionContext: vscode.ExtensionContext,
  store: ProgressStore,
  catalog: RoadmapCatalog,
  log: vscode.LogOutputChannel,
): ProgressSync {
  // Always the same keys, even with roaming off: a machine that syncs without a key registered makes
  // Settings Sync delete that key's value on every other machine.
  extensionContext.globalState.setKeysForSync([...SYNCED_KEYS, SYNCED_ACTIVITY_KEY]);

  const synced = new SyncedProgressStore(extensionContext.globalState);
  const sync = new ProgressSync({
    store,
    synced,
    enabled: () => settings().syncProgress,
    loadedRoadmapIds: () => catalog.loaded().map((entry) => entry.roadmap.id),
    onError: (failure) => log.error('Progress sync (a change here) failed', failure),
  });
  const run = (trigger: string): void => {
    sync.sync().then(
      (result) => {
        if (result.merged.size > 0 || result.published) {
          const merged = [...result.merged].map(([roadmapId, topicIds]) => `${roadmapId}: ${topicIds.length}`).join(', ');
          log.info(`Progress sync (${trigger}): merged ${merged || 'nothing'}; ${result.published ? 'published' : 'nothing to publish'}`);
        }
      },
      (failure) => log.error(`Progress sync (${trigger}) failed`, failure),
    );
  };

  const poll = setInterval(() => run('interval'), POLL_INTERVAL_MS);
  extensionContext.subscriptions.push(
    synced,
    sync,
    { dispose: () => clearInterval(poll) },
    vscode.window.onDidChangeWindowState((state) => {
      if (state.focused) run('window focus');
    }),
    catalog.onDidChange(() => run('roadmaps loaded')),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SYNC_PROGRESS_SETTING) && settings().syncProgress) run('roaming turned on');
    }),
    synced.onDidSetAside(({ backupKey, reason }) => {
      log.warn(`The synced progress was set aside under "${backupKey}": ${reason}`);
      void warnAboutKeptValue(
        // The reason is technical and in English: it goes to the log only.
        vscode.l10n.t(
          "Roadmap Tracker could not read the progress synced from your other machines; the log (Output › Roadmap Tracker) says why. It was kept aside on this machine, not deleted; this machine's progress is synced again.",
        ),
        extensionContext.globalState,
        backupKey,
      );
    }),
    synced.onDidFindNewer(({ version }) => {
      log.warn(`The synced progress has format ${version}, newer than this version of Roadmap Tracker understands; roaming paused`);
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          'Progress synced from another machine was saved by a newer version of Roadmap Tracker. Update Roadmap Tracker on this machine to sync progress again; until then your progress here is kept on this machine and nothing synced is changed.',
        ),
      );
    }),
  );
  afterActivation(extensionContext, () => run('activation'));
  return sync;
}

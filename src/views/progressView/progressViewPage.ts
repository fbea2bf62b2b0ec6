// The Progress view (a webview in the panel area): per followed roadmap a bar, pace and forecast; the
// year heatmap, streaks and pace of the last four weeks. Recomputed when progress, the activity history,
// the roadmaps or the settings change; posted only while the view is visible and its page said "ready".
// A bundle of its own (dist/progressView.js, see esbuild.js): progressViewProvider.ts registers the view at
// activation and requires this module when the view is first shown.
import { shareL10nBundle } from '../../platform/sharedL10n';
import { randomNonce } from '../../platform/randomNonce';
import * as vscode from 'vscode';
import { CommandId } from '../../contracts/commandIds';
import { SETTINGS_SECTION } from '../../contracts/settingKeys';
import { dayOf } from '../../model/activity';
import { progressOverview, type ProgressOverview } from '../../model/progressOverview';
import { activitySettings } from '../../platform/activitySettings';
import type { ProgressTracker } from '../../progress/progressTracker';
import {
  describeInvalid,
  progressWebviewMessageSchema,
  type ProgressExtensionMessage,
  type ProgressWebviewMessage,
} from '../../protocol/progressViewProtocol';
import type { RoadmapCatalog } from '../../roadmaps/roadmapCatalog';
import type { ActivityStore } from '../../store/activityHistory';
import type { FollowedRoadmaps } from '../../progress/followedRoadmaps';
import type { ChecksFeature } from '../../checks/registerChecks';
import { progressPageText } from './progressPageText';
// This lazy bundle has its own copy of @vscode/l10n: it gets the display language's bundle too.
shareL10nBundle();

export interface ProgressViewDependencies {
  readonly extensionUri: vscode.Uri;
  readonly catalog: RoadmapCatalog;
  readonly tracker: ProgressTracker;
  readonly activity: ActivityStore;
  /** The roadmaps the learner follows: one bar each. */
  readonly followed: FollowedRoadmaps;
  readonly log: vscode.LogOutputChannel;
  /** Test mode: the page reports what it shows. */
  readonly report: boolean;
  /** The checks' marks: which topics a passing check marked done. */
  readonly checkMarks?: Pick<ChecksFeature, 'markOf' | 'onDidChange'>;
}

export interface ProgressViewSnapshot {
  readonly overview?: ProgressOverview;
  /** Texts the page shows, as it reported them (test mode). */
  readonly texts?: readonly string[];
  readonly heatmapDays?: number;
}

/** Changes come in bursts (a multi-selection, a sync pass); one update per burst. */
const UPDATE_DELAY_MS = 100;

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export class ProgressViewPage implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private snapshotValue: ProgressViewSnapshot = {};
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly deps: ProgressViewDependencies) {
    const later = (): void => this.updateSoon();
    this.subscriptions = [
      deps.tracker.onDidChange(later),
      deps.catalog.onDidChange(later),
      deps.followed.onDidChange(later),
      ...(deps.checkMarks ? [deps.checkMarks.onDidChange(later)] : []),
      { dispose: deps.activity.onDidChange(later).dispose },
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SETTINGS_SECTION)) later();
      }),
    ];
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    const webview = view.webview;
    webview.options = {
      enableScripts: true,
      enableCommandUris: false,
      enableForms: false,
      localResourceRoots: [
        vscode.Uri.joinPath(this.deps.extensionUri, 'dist', 'webview'),
        vscode.Uri.joinPath(this.deps.extensionUri, 'media'),
      ],
    };
    const nonce = randomNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.deps.extensionUri, 'dist', 'webview', 'progress.js')).toString();
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.deps.extensionUri, 'media', 'progress.css')).toString();
    const csp = [`default-src 'none'`, `script-src 'nonce-${nonce}'`, `style-src ${webview.cspSource}`].join('; ');
    webview.html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(style)}">
<title>${escapeAttribute(vscode.l10n.t('Progress'))}</title>
</head>
<body>
<main id="progress" aria-busy="true"><p>${escapeAttribute(vscode.l10n.t('Loading progress…'))}</p></main>
<script nonce="${escapeAttribute(nonce)}" src="${escapeAttribute(script)}"></script>
</body>
</html>`;
    const disposables = [
      webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
      view.onDidChangeVisibility(() => {
        if (view.visible) this.updateSoon();
      }),
    ];
    view.onDidDispose(() => {
      disposables.forEach((disposable) => disposable.dispose());
      if (this.view === view) this.view = undefined;
    });
  }

  /** What the view last computed and what its page reported showing (for the tests). */
  snapshot(): ProgressViewSnapshot {
    return this.snapshotValue;
  }

  /** The overview as it stands now. */
  overview(): ProgressOverview {
    const { catalog, tracker, activity, followed } = this.deps;
    const settings = activitySettings();
    const roadmaps = followed.followed().flatMap(({ roadmap: { id: roadmapId } }) => {
      const roadmap = catalog.get(roadmapId)?.roadmap;
      const counts = tracker.counter(roadmapId)?.countsOf();
      const verified = roadmap ? roadmap.topics.filter((topic) => this.isVerified(roadmapId, topic.id)).length : 0;
      return roadmap && counts ? [{ roadmapId, title: roadmap.title, counts, verified }] : [];
    });
    return progressOverview({
      history: activity.history(),
      today: dayOf(Date.now()),
      roadmaps,
      hoursPerWeek: settings.hoursPerWeek,
      targetDate: settings.targetDate,
      locale: vscode.env.language,
    });
  }

  private isVerified(roadmapId: string, topicId: string): boolean {
    return (
      this.deps.checkMarks?.markOf({ roadmapId, topicId })?.verifiedAt !== undefined &&
      this.deps.tracker.statusOf(roadmapId, topicId) === 'done'
    );
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }

  private updateSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), UPDATE_DELAY_MS);
  }

  private update(): void {
    if (!this.view?.visible || !this.ready) return;
    try {
      const overview = this.overview();
      this.snapshotValue = { ...this.snapshotValue, overview };
      const message: ProgressExtensionMessage = { type: 'state', overview, report: this.deps.report };
      void this.view.webview.postMessage(message);
    } catch (failure) {
      this.deps.log.error('Progress view: computing the overview failed', failure);
    }
  }

  private async receive(raw: unknown): Promise<void> {
    const parsed = progressWebviewMessageSchema.safeParse(raw);
    if (!parsed.success) {
      this.deps.log.warn(`Progress view: dropped a message that does not validate (${describeInvalid(parsed.error)})`);
      return;
    }
    const message: ProgressWebviewMessage = parsed.data;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        void this.view?.webview.postMessage({
          type: 'text',
          locale: vscode.env.language,
          text: progressPageText(),
        } satisfies ProgressExtensionMessage);
        this.update();
        return;
      case 'showMap':
        await vscode.commands.executeCommand(CommandId.ShowMap, message.roadmapId);
        return;
      case 'openSettings':
        await vscode.commands.executeCommand(
          'workbench.action.openSettings',
          `${SETTINGS_SECTION}.hoursPerWeek ${SETTINGS_SECTION}.targetDate`,
        );
        return;
      case 'drawn':
        this.snapshotValue = { ...this.snapshotValue, texts: message.texts, heatmapDays: message.heatmapDays };
        return;
      case 'invalidMessage':
        this.deps.log.warn(`Progress view: the page dropped a message that does not validate (${message.reason})`);
        return;
    }
  }
}

// One topic panel: owns its webview and every subscription it makes, shows one topic at a time and
// follows that topic's status, files and notes. Messages go out only after the page said "ready".
import { shareL10nBundle } from '../../platform/sharedL10n';
import { randomNonce } from '../../platform/randomNonce';
import * as vscode from 'vscode';
import { CommandId, STATUS_COMMANDS } from '../../contracts/commandIds';
import type { ProgressUpdate } from '../../progress/progressTracker';
import { SETTINGS_SECTION, SettingKey } from '../../contracts/settingKeys';
import type { TopicRef } from '../../contracts/topicRef';
import { openInEditor, openLink } from '../../workspaceFiles/openLink';
import { panelHtml } from './panelHtml';
import type { BundledNotes } from './bundledNotes';
import { receiveWebviewMessage } from '../webviewMessages';
import { reloadUntilReady } from '../webviewLoadRetry';
import { webviewMessageSchema, type ExtensionMessage, type TopicState, type WebviewMessage } from '../../protocol/topicPanelProtocol';
import { loadTopicView, type TopicContentSources, type TopicView } from './topicContent';
import { isInsideWorkspace } from '../../workspaceFiles/workspaceLocations';
import { sameSubjectTopics } from './sameSubjectTopics';
import { PanelCheckSection, type PanelCheckSource } from './checkSection';
import { topicPageText } from './topicPageText';
// For the controller, which validates a restored panel's saved state with the panel's bundle.
export { describeInvalid, persistedStateSchema } from '../../protocol/topicPanelProtocol';
// This lazy bundle has its own copy of @vscode/l10n: it gets the display language's bundle too.
shareL10nBundle();

export interface TopicPanelDependencies extends TopicContentSources {
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
  /** Resolves once the roadmaps have loaded; a restored panel waits for it. */
  readonly roadmapsLoaded: Promise<void>;
  /** Reveals a roadmap (without a node id) or a node in the Roadmaps view. */
  revealInTree(roadmapId: string, nodeId?: string): Thenable<void>;
  /** The topic's check (Run Check, Set Check…, the last result). */
  readonly checks?: PanelCheckSource;
}

/** File changes arrive in bursts (a checkout, a save); one refresh per burst. */
const REFRESH_DELAY_MS = 150;

export function topicWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    enableForms: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

export class TopicPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private view: TopicView | undefined;
  private webviewReady = false;
  /** Whether the page has been sent the current view. */
  private sentState = false;
  private loadGeneration = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private readonly checkSection: PanelCheckSection | undefined;
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(
    private readonly panel: vscode.WebviewPanel,
    private ref: TopicRef,
    private readonly deps: TopicPanelDependencies,
    private readonly bundledNotes: BundledNotes,
  ) {
    panel.webview.options = topicWebviewOptions(deps.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'roadmap.svg');
    panel.webview.html = this.html();
    this.checkSection =
      deps.checks &&
      new PanelCheckSection(
        deps.checks,
        () => this.ref,
        (message) => this.post(message),
        deps.log,
      );
    if (this.checkSection) this.disposables.push(this.checkSection);
    this.disposables.push(
      this.disposeEmitter,
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
      // Without retainContextWhenHidden a hidden page is discarded; it says "ready" again when shown.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.webviewReady = false;
      }),
      reloadUntilReady(
        panel,
        () => this.html(),
        () => this.webviewReady,
        deps.log,
        'Topic panel',
      ),
      deps.tracker.onDidChange((update) => this.onProgress(update)),
      deps.catalog.onDidChange(() => void this.refresh()),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (this.view?.kind === 'topic' && this.view.notesUri?.toString() === document.uri.toString()) void this.refresh();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.refresh()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (
          event.affectsConfiguration(`${SETTINGS_SECTION}.${SettingKey.PracticeFolder}`) ||
          event.affectsConfiguration(`${SETTINGS_SECTION}.${SettingKey.NotesFolder}`)
        ) {
          void this.refresh();
        }
      }),
    );
    void this.refresh();
  }

  get topic(): TopicRef {
    return this.ref;
  }

  get viewColumn(): vscode.ViewColumn | undefined {
    return this.panel.viewColumn;
  }

  /** The topic shown and the content last sent to the page (once it said "ready"). */
  snapshot(): { roadmapId: string; topicId: string; state?: TopicState } {
    const view = this.view;
    return { ...this.ref, state: view?.kind === 'topic' && this.sentState ? view.state : undefined };
  }

  /** Shows a topic, in place of the one shown before. */
  show(ref: TopicRef, preserveFocus: boolean): void {
    if (ref.roadmapId !== this.ref.roadmapId || ref.topicId !== this.ref.topicId) {
      this.ref = ref;
      this.view = undefined;
      this.sentState = false;
      void this.refresh();
    }
    this.panel.reveal(undefined, preserveFocus);
  }

  /** Reads the topic's content again and sends it to the page. */
  async refresh(): Promise<void> {
    const generation = ++this.loadGeneration;
    let view: TopicView;
    try {
      await this.deps.roadmapsLoaded;
      view = await loadTopicView(this.deps, this.bundledNotes, this.ref);
    } catch (failure) {
      this.deps.log.error(`Topic panel: loading ${this.ref.roadmapId}/${this.ref.topicId} failed`, failure);
      return;
    }
    if (generation !== this.loadGeneration || this.disposed) return; // A newer load is under way.
    this.view = view;
    this.panel.title = view.kind === 'topic' ? view.state.title : view.title;
    this.watch(view);
    this.postView();
  }

  /** An open editor column other than the panel's, for files opened from the panel. */
  editorColumn(): vscode.ViewColumn {
    const panelColumn = this.panel.viewColumn;
    const other = vscode.window.visibleTextEditors
      .map((editor) => editor.viewColumn)
      .find((column) => column !== undefined && column !== panelColumn);
    return other ?? (panelColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.refreshTimer);
    this.disposeEmitter.fire();
    this.panel.dispose();
    for (const disposable of [...this.watchers, ...this.disposables]) disposable.dispose();
    this.watchers = [];
  }

  private html(): string {
    const webview = this.panel.webview;
    return panelHtml({
      cspSource: webview.cspSource,
      nonce: randomNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.deps.extensionUri, 'dist', 'webview', 'panel.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.deps.extensionUri, 'media', 'panel.css')).toString(),
      title: vscode.l10n.t('Roadmap Topic'),
    });
  }

  private post(message: ExtensionMessage): boolean {
    if (!this.webviewReady || this.disposed) return false;
    void this.panel.webview.postMessage(message);
    return true;
  }

  private postView(): void {
    const view = this.view;
    if (!view) return;
    this.sentState = this.post(
      view.kind === 'topic' ? { type: 'state', state: view.state } : { type: 'missing', ...this.ref, message: view.message },
    );
    if (this.sentState) void this.checkSection?.send();
  }

  private watch(view: TopicView): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
    if (view.kind !== 'topic') return;
    for (const pattern of view.watched) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const later = () => this.refreshSoon();
      this.watchers.push(watcher, watcher.onDidCreate(later), watcher.onDidDelete(later), watcher.onDidChange(later));
    }
  }

  private refreshSoon(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private onProgress({ roadmapId, nodeIds }: ProgressUpdate): void {
    if (
      this.view?.kind === 'topic' &&
      this.view.state.elsewhere.some((other) => other.roadmapId === roadmapId && nodeIds.has(other.topicId))
    ) {
      const elsewhere = sameSubjectTopics(this.deps.subjects, this.deps.tracker, this.ref);
      this.view = { ...this.view, state: { ...this.view.state, elsewhere } };
      this.postView();
    }
    if (roadmapId !== this.ref.roadmapId || !nodeIds.has(this.ref.topicId)) return;
    const status = this.deps.tracker.statusOf(roadmapId, this.ref.topicId);
    if (this.view?.kind === 'topic') this.view = { ...this.view, state: { ...this.view.state, status } };
    this.post({ type: 'status', ...this.ref, status });
  }

  private receive(raw: unknown): Promise<void> {
    return receiveWebviewMessage(raw, webviewMessageSchema, 'Topic panel', this.deps.log, (message) => this.handle(message));
  }

  private async handle(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.webviewReady = true;
        this.post({ type: 'text', locale: vscode.env.language, text: topicPageText() });
        this.postView(); // Nothing yet: the load under way posts when it is done.
        return;
      case 'setStatus':
        if (this.isStale(message)) return;
        await vscode.commands.executeCommand(STATUS_COMMANDS[message.status], this.refOf(message));
        return;
      case 'revealInTree':
        if (message.roadmapId !== this.ref.roadmapId) return this.ignoreStale(message);
        await this.deps.revealInTree(message.roadmapId, message.nodeId);
        return;
      case 'openLink':
        await openLink(message.href, this.editorColumn(), this.deps.log);
        return;
      case 'openPracticeFile': {
        if (this.isStale(message)) return;
        const uri = this.view?.kind === 'topic' ? this.view.practiceFiles.get(message.fileId) : undefined;
        if (!uri || !(await isInsideWorkspace(uri))) {
          this.deps.log.warn(`Topic panel: practice file ${message.fileId} is not in the current list`);
          void vscode.window.showWarningMessage(vscode.l10n.t('That practice file is no longer there.'));
          void this.refresh();
          return;
        }
        await openInEditor(uri, this.editorColumn());
        return;
      }
      case 'openNotes':
        if (this.isStale(message)) return;
        await vscode.commands.executeCommand(CommandId.OpenNotes, this.refOf(message));
        return;
      case 'newPracticeFile':
        if (this.isStale(message)) return;
        await vscode.commands.executeCommand(CommandId.NewPracticeFile, this.refOf(message));
        return;
      case 'openPracticeFolder':
        if (this.isStale(message)) return;
        await vscode.commands.executeCommand(CommandId.OpenPracticeFolder, this.refOf(message));
        return;
      case 'openSameSubject': {
        const listed = this.view?.kind === 'topic' ? this.view.state.elsewhere : [];
        if (!listed.some((other) => other.roadmapId === message.roadmapId && other.topicId === message.topicId)) {
          this.deps.log.warn(`Topic panel: ${message.roadmapId}/${message.topicId} is not among the topics it listed`);
          return;
        }
        await vscode.commands.executeCommand(CommandId.OpenTopic, { roadmapId: message.roadmapId, topicId: message.topicId });
        return;
      }
      case 'runCheck':
      case 'setCheck':
        if (this.isStale(message)) return;
        await this.checkSection?.handle(message);
        return;
      case 'manageWorkspaceTrust':
        await vscode.commands.executeCommand('workbench.trust.manage');
        return;
      case 'showMap':
        await vscode.commands.executeCommand(CommandId.ShowMap, message.roadmapId);
        return;
      case 'invalidMessage':
        this.deps.log.warn(`Topic panel: the page dropped a message that does not validate (${message.reason})`);
        return;
    }
  }

  /** A click on a topic the panel no longer shows (it switched meanwhile) is not acted on. */
  private isStale(message: { roadmapId: string; topicId: string; type: string }): boolean {
    if (message.roadmapId === this.ref.roadmapId && message.topicId === this.ref.topicId) return false;
    this.ignoreStale(message);
    return true;
  }

  private ignoreStale(message: { type: string }): void {
    this.deps.log.info(`Topic panel: ignored "${message.type}" for a topic the panel no longer shows`);
  }

  private refOf(message: { roadmapId: string; topicId: string }): TopicRef {
    return { roadmapId: message.roadmapId, topicId: message.topicId };
  }
}

// One map panel: owns its webview and its subscriptions, shows one roadmap and follows it. Status
// changes go to the page as the changed topics only (the page recolours, no new layout); a reloaded
// roadmap goes as the whole map again (the page lays it out again when its text changed). Messages go
// out only after the page said "ready".
import { randomNonce } from '../../platform/randomNonce';
import { base64ToBytes } from '../../platform/base64';
import * as vscode from 'vscode';
import { CommandId, STATUS_COMMANDS } from '../../contracts/commandIds';
import { mapInput } from '../../model/mapLayout';
import type { Status } from '../../model/status';
import type { ProgressTracker } from '../../progress/progressTracker';
import { mapWebviewMessageSchema, type MapExtensionMessage, type MapWebviewMessage } from '../../protocol/mapProtocol';
import { receiveWebviewMessage } from '../webviewMessages';
import { reloadUntilReady } from '../webviewLoadRetry';
import type { RoadmapCatalog } from '../../roadmaps/roadmapCatalog';
import { mapHtml } from './mapHtml';
import { mapPageText } from './mapPageText';

export interface MapPanelDependencies {
  readonly extensionUri: vscode.Uri;
  readonly catalog: RoadmapCatalog;
  readonly tracker: ProgressTracker;
  readonly log: vscode.LogOutputChannel;
  /** Resolves once the roadmaps have loaded; a restored panel waits for it. */
  readonly roadmapsLoaded: Promise<void>;
  /** Test mode: the page reports what it drew. */
  readonly report: boolean;
}

/** What the page last reported drawing (test mode only). */
export interface MapSnapshot {
  readonly roadmapId: string;
  readonly drawn?: ReadonlyMap<string, Status | 'group'>;
  readonly focusedId?: string;
}

const EXPORT_COMMANDS = {
  svg: CommandId.ExportMapSvg,
  png: CommandId.ExportMapPng,
  'card-svg': CommandId.ExportProgressCardSvg,
  'card-png': CommandId.ExportProgressCardPng,
} as const;

/** How long a PNG rendering may take in the page before the export gives up. */
const PNG_TIMEOUT_MS = 60_000;

export function mapWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    enableForms: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

interface PendingPng {
  resolve(bytes: Uint8Array): void;
  reject(error: Error): void;
}

export class MapPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private webviewReady = false;
  private readyWaiters: (() => void)[] = [];
  private drawn: MapSnapshot | undefined;
  private nextRequestId = 0;
  private readonly pendingPngs = new Map<number, PendingPng>();
  private disposed = false;
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(
    private readonly panel: vscode.WebviewPanel,
    private shownRoadmapId: string,
    private readonly deps: MapPanelDependencies,
  ) {
    panel.webview.options = mapWebviewOptions(deps.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'roadmap.svg');
    const html = (): string =>
      mapHtml({
        cspSource: panel.webview.cspSource,
        nonce: randomNonce(),
        scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'dist', 'webview', 'map.js')).toString(),
        styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'media', 'map.css')).toString(),
      });
    panel.webview.html = html();
    this.disposables.push(
      this.disposeEmitter,
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.webviewReady = false;
      }),
      reloadUntilReady(panel, html, () => this.webviewReady, deps.log, 'Map panel'),
      deps.tracker.onDidChange(({ roadmapId, nodeIds }) => {
        if (roadmapId !== this.shownRoadmapId) return;
        const roadmap = deps.catalog.get(roadmapId)?.roadmap;
        const statuses = [...nodeIds]
          .filter((id) => roadmap?.nodesById.get(id)?.kind === 'topic')
          .map((id): [string, Status] => [id, deps.tracker.statusOf(roadmapId, id)]);
        if (statuses.length > 0) this.post({ type: 'statuses', roadmapId, statuses });
      }),
      deps.catalog.onDidChange(() => this.postMap()),
    );
    this.updateTitle();
  }

  get roadmapId(): string {
    return this.shownRoadmapId;
  }

  show(roadmapId: string, preserveFocus: boolean): void {
    if (roadmapId !== this.shownRoadmapId) {
      this.shownRoadmapId = roadmapId;
      this.drawn = undefined;
      this.postMap();
    }
    this.panel.reveal(undefined, preserveFocus);
  }

  snapshot(): MapSnapshot {
    return this.drawn ?? { roadmapId: this.shownRoadmapId };
  }

  /** Resolves once the page listens (it says "ready" again after it was hidden and shown). */
  whenReady(): Promise<void> {
    return this.webviewReady ? Promise.resolve() : new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** The page draws the SVG markup onto a canvas and answers with the PNG file's bytes. */
  async renderPng(svg: string, width: number, height: number): Promise<Uint8Array> {
    this.panel.reveal(undefined, true);
    await this.whenReady();
    const requestId = this.nextRequestId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pendingPngs.delete(requestId);
        reject(new Error(vscode.l10n.t('the map panel did not render the PNG in time')));
      }, PNG_TIMEOUT_MS);
      this.pendingPngs.set(requestId, {
        resolve: (bytes) => {
          clearTimeout(timer);
          resolve(bytes);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      if (!this.post({ type: 'renderPng', requestId, svg, width, height })) {
        this.pendingPngs.delete(requestId);
        clearTimeout(timer);
        reject(new Error(vscode.l10n.t('the map panel is not showing')));
      }
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const pending of this.pendingPngs.values()) pending.reject(new Error(vscode.l10n.t('the map panel was closed')));
    this.pendingPngs.clear();
    this.disposeEmitter.fire();
    this.panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }

  private updateTitle(): void {
    const roadmap = this.deps.catalog.get(this.shownRoadmapId)?.roadmap;
    this.panel.title = roadmap ? vscode.l10n.t('Map: {0}', roadmap.title) : vscode.l10n.t('Roadmap Map');
  }

  private post(message: MapExtensionMessage): boolean {
    if (!this.webviewReady || this.disposed) return false;
    void this.panel.webview.postMessage(message);
    return true;
  }

  private postMap(): void {
    const roadmapId = this.shownRoadmapId;
    const roadmap = this.deps.catalog.get(roadmapId)?.roadmap;
    this.updateTitle();
    if (!roadmap) {
      this.post({
        type: 'missing',
        roadmapId,
        message: vscode.l10n.t('The roadmap "{0}" is not loaded: its file may have been deleted, renamed or broken.', roadmapId),
      });
      return;
    }
    const statuses = roadmap.topics
      .map((topic): [string, Status] => [topic.id, this.deps.tracker.statusOf(roadmapId, topic.id)])
      .filter(([, status]) => status !== 'todo');
    this.post({
      type: 'map',
      roadmapId,
      title: roadmap.title,
      ...(roadmap.lang === undefined ? {} : { lang: roadmap.lang }),
      nodes: mapInput(roadmap),
      statuses,
      report: this.deps.report,
    });
  }

  private receive(raw: unknown): Promise<void> {
    return receiveWebviewMessage(raw, mapWebviewMessageSchema, 'Map panel', this.deps.log, (message) => this.handle(message));
  }

  private async handle(message: MapWebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.webviewReady = true;
        this.post({ type: 'text', locale: vscode.env.language, text: mapPageText() });
        await this.deps.roadmapsLoaded;
        this.postMap();
        for (const waiter of this.readyWaiters.splice(0)) waiter();
        return;
      case 'openTopic':
        if (this.isStale(message.roadmapId, message.type)) return;
        await vscode.commands.executeCommand(CommandId.OpenTopic, { roadmapId: message.roadmapId, topicId: message.topicId });
        return;
      case 'setStatus':
        if (this.isStale(message.roadmapId, message.type)) return;
        await vscode.commands.executeCommand(STATUS_COMMANDS[message.status], { roadmapId: message.roadmapId, topicId: message.topicId });
        return;
      case 'toggleDone':
        if (this.isStale(message.roadmapId, message.type)) return;
        await vscode.commands.executeCommand(CommandId.ToggleDone, { roadmapId: message.roadmapId, topicId: message.topicId });
        return;
      case 'export':
        if (this.isStale(message.roadmapId, message.type)) return;
        await vscode.commands.executeCommand(EXPORT_COMMANDS[message.what], message.roadmapId);
        return;
      case 'png': {
        const pending = this.pendingPngs.get(message.requestId);
        this.pendingPngs.delete(message.requestId);
        if (!pending) return;
        if (message.base64 !== undefined) pending.resolve(base64ToBytes(message.base64));
        else
          pending.reject(
            new Error(vscode.l10n.t('the map panel could not render the PNG: {0}', message.error ?? vscode.l10n.t('no reason given'))),
          );
        return;
      }
      case 'drawn':
        if (message.roadmapId !== this.shownRoadmapId) return;
        this.drawn = { roadmapId: message.roadmapId, drawn: new Map(message.nodes), focusedId: message.focusedId };
        return;
      case 'invalidMessage':
        this.deps.log.warn(`Map panel: the page dropped a message that does not validate (${message.reason})`);
        return;
    }
  }

  /** A message about a roadmap the panel no longer shows (it switched meanwhile) is not acted on. */
  private isStale(roadmapId: string, type: string): boolean {
    if (roadmapId === this.shownRoadmapId) return false;
    this.deps.log.info(`Map panel: ignored "${type}" for a roadmap the panel no longer shows`);
    return true;
  }
}

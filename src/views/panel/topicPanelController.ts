// Keeps at most one topic panel: opening a topic reuses the open panel, and a panel left open comes
// back after a window reload showing the same topic (WebviewPanelSerializer). The panel itself is a bundle
// of its own (dist/topicPanel.js, see esbuild.js): the serializer is registered at activation, the panel's
// code is required when the first panel opens or comes back.
import * as vscode from 'vscode';
import type { TopicRef } from '../../contracts/topicRef';
import type { TopicState } from '../../protocol/topicPanelProtocol';
import type * as TopicPanelModule from './topicPanel';
import type { TopicPanel, TopicPanelDependencies } from './topicPanel';
import { TOPIC_PANEL_VIEW_TYPE } from '../../contracts/viewTypes';
import { BundledNotes } from './bundledNotes';

let loaded: typeof TopicPanelModule | undefined;

function topicPanelModule(): typeof TopicPanelModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  loaded ??= require('./topicPanel') as typeof TopicPanelModule;
  return loaded;
}

export interface OpenTopicOptions {
  /** Keep focus where it is (a click in the tree); the panel still shows. */
  readonly preserveFocus: boolean;
}

export class TopicPanelController implements vscode.Disposable {
  private current: TopicPanel | undefined;
  private readonly bundledNotes: BundledNotes;

  constructor(private readonly deps: TopicPanelDependencies) {
    this.bundledNotes = new BundledNotes(deps.extensionUri);
  }

  /** The topic the open panel shows. */
  get currentTopic(): TopicRef | undefined {
    return this.current?.topic;
  }

  open(ref: TopicRef, { preserveFocus }: OpenTopicOptions): void {
    if (this.current) {
      this.current.show(ref, preserveFocus);
      return;
    }
    const panelModule = topicPanelModule();
    const panel = vscode.window.createWebviewPanel(
      TOPIC_PANEL_VIEW_TYPE,
      vscode.l10n.t('Roadmap Topic'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus },
      { ...panelModule.topicWebviewOptions(this.deps.extensionUri), enableFindWidget: true, retainContextWhenHidden: false },
    );
    this.adopt(new panelModule.TopicPanel(panel, ref, this.deps, this.bundledNotes));
  }

  /** Restores a panel after a reload from the state its page saved. */
  async revive(panel: vscode.WebviewPanel, saved: unknown): Promise<void> {
    const panelModule = topicPanelModule();
    const parsed = panelModule.persistedStateSchema.safeParse(saved);
    if (!parsed.success) {
      this.deps.log.warn(`Topic panel: not restored; its saved state does not validate (${panelModule.describeInvalid(parsed.error)})`);
      panel.dispose();
      return;
    }
    if (this.current) {
      // A topic was opened before the old panel came back; keep one panel.
      panel.dispose();
      return;
    }
    this.adopt(new panelModule.TopicPanel(panel, parsed.data, this.deps, this.bundledNotes));
  }

  /** What the open panel shows, for the API the tests read. */
  snapshot(): { roadmapId: string; topicId: string; state?: TopicState } | undefined {
    return this.current?.snapshot();
  }

  /** Re-reads the open panel's content (after a command created a file for it). */
  async refresh(): Promise<void> {
    await this.current?.refresh();
  }

  /** Where to open files so they do not cover the panel. */
  editorColumn(): vscode.ViewColumn {
    return this.current?.editorColumn() ?? vscode.ViewColumn.Active;
  }

  dispose(): void {
    this.current?.dispose();
    this.current = undefined;
  }

  private adopt(panel: TopicPanel): void {
    this.current = panel;
    panel.onDidDispose(() => {
      if (this.current === panel) this.current = undefined;
    });
  }
}

export function registerTopicPanel(extensionContext: vscode.ExtensionContext, deps: TopicPanelDependencies): TopicPanelController {
  const controller = new TopicPanelController(deps);
  extensionContext.subscriptions.push(
    controller,
    vscode.window.registerWebviewPanelSerializer(TOPIC_PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, saved: unknown) => controller.revive(panel, saved),
    }),
  );
  return controller;
}

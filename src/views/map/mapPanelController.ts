// Keeps at most one map panel: Show Map reuses the open panel, and a panel left open comes back after a
// window reload showing the same roadmap and view (WebviewPanelSerializer; the page keeps its zoom). The
// serializer is registered at activation; the panel's code (dist/map.js) loads when a map first opens.
import * as vscode from 'vscode';
import { MAP_PANEL_VIEW_TYPE } from '../../contracts/mapViewTypes';
import type { MapPanel, MapPanelDependencies, MapSnapshot } from './mapPanel';
import { loadMapFeature } from './loadMapFeature';

export class MapPanelController implements vscode.Disposable {
  private current: MapPanel | undefined;

  constructor(private readonly deps: MapPanelDependencies) {}

  /** The roadmap the open map shows. */
  get currentRoadmapId(): string | undefined {
    return this.current?.roadmapId;
  }

  /** Shows the roadmap's map, in the open panel if there is one. */
  open(roadmapId: string, preserveFocus = false): MapPanel {
    if (this.current) {
      this.current.show(roadmapId, preserveFocus);
      return this.current;
    }
    const feature = loadMapFeature();
    const panel = vscode.window.createWebviewPanel(
      MAP_PANEL_VIEW_TYPE,
      vscode.l10n.t('Roadmap Map'),
      { viewColumn: vscode.ViewColumn.Active, preserveFocus },
      {
        ...feature.mapWebviewOptions(this.deps.extensionUri),
        retainContextWhenHidden: false,
      },
    );
    return this.adopt(new feature.MapPanel(panel, roadmapId, this.deps));
  }

  async revive(panel: vscode.WebviewPanel, saved: unknown): Promise<void> {
    const feature = loadMapFeature();
    const parsed = feature.mapPersistedStateSchema.safeParse(saved);
    if (!parsed.success || this.current) {
      if (!parsed.success)
        this.deps.log.warn(`Map panel: not restored; its saved state does not validate (${feature.describeInvalid(parsed.error)})`);
      panel.dispose();
      return;
    }
    this.adopt(new feature.MapPanel(panel, parsed.data.roadmapId, this.deps));
  }

  /** What the open panel drew (test mode); undefined when no map is open. */
  snapshot(): MapSnapshot | undefined {
    return this.current?.snapshot();
  }

  dispose(): void {
    this.current?.dispose();
    this.current = undefined;
  }

  private adopt(panel: MapPanel): MapPanel {
    this.current = panel;
    panel.onDidDispose(() => {
      if (this.current === panel) this.current = undefined;
    });
    return panel;
  }
}

export function registerMapPanel(extensionContext: vscode.ExtensionContext, deps: MapPanelDependencies): MapPanelController {
  const controller = new MapPanelController(deps);
  extensionContext.subscriptions.push(
    controller,
    vscode.window.registerWebviewPanelSerializer(MAP_PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, saved: unknown) => controller.revive(panel, saved),
    }),
  );
  return controller;
}

// Show Map, and the exports: the map and the Progress Card as SVG (built here from the model) or PNG
// (the same SVG drawn onto a canvas by the map panel's page, the only place with a renderer).
import * as vscode from 'vscode';
import type { SvgFile } from '../model/mapExport';
import { loadMapFeature } from '../views/map/loadMapFeature';
import type { CommandContext } from './commandContext';
import { orderedRoadmaps, roadmapIdOf } from './targets';

/** A PNG larger than this on either side is scaled down (canvases have limits, files get huge). */
const MAX_PNG_SIDE = 8000;

async function pickRoadmapId(context: CommandContext, title: string): Promise<string | undefined> {
  const roadmaps = orderedRoadmaps(context);
  if (roadmaps.length === 1) return roadmaps[0]?.id;
  const picked = await vscode.window.showQuickPick(
    roadmaps.map((roadmap) => ({ label: roadmap.title, description: roadmap.id, roadmapId: roadmap.id })),
    { title, placeHolder: vscode.l10n.t('Which roadmap?') },
  );
  return picked?.roadmapId;
}

/** The roadmap a command was run on: its argument, else the open map's, else a pick. */
async function targetRoadmapId(context: CommandContext, target: unknown, title: string): Promise<string | undefined> {
  return roadmapIdOf(target) ?? context.mapPanels.currentRoadmapId ?? (await pickRoadmapId(context, title));
}

export function showMapHandler(context: CommandContext) {
  return async (target?: unknown): Promise<void> => {
    const roadmapId = roadmapIdOf(target) ?? (await pickRoadmapId(context, vscode.l10n.t('Show Map')));
    if (!roadmapId || !context.catalog.get(roadmapId)) return;
    context.mapPanels.open(roadmapId);
    await context.activeRoadmap.use(roadmapId);
  };
}

type ExportKind = 'map' | 'card';

function svgFileOf(context: CommandContext, roadmapId: string, kind: ExportKind): SvgFile | undefined {
  const roadmap = context.catalog.get(roadmapId)?.roadmap;
  const counter = context.tracker.counter(roadmapId);
  if (!roadmap || !counter) return undefined;
  const { mapSvgFile, progressCardFile } = loadMapFeature();
  if (kind === 'map') return mapSvgFile(roadmap, (topicId) => counter.statusOf(topicId));
  const dateText = new Intl.DateTimeFormat(vscode.env.language, { dateStyle: 'long' }).format(new Date());
  return progressCardFile(roadmap, (nodeId) => counter.countsOf(nodeId), dateText);
}

async function saveTarget(
  context: CommandContext,
  roadmapId: string,
  fileName: string,
  format: 'svg' | 'png',
  uriArgument: unknown,
): Promise<vscode.Uri | undefined> {
  if (uriArgument instanceof vscode.Uri) return uriArgument;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const roadmap = context.catalog.get(roadmapId)?.roadmap;
  return vscode.window.showSaveDialog({
    title: vscode.l10n.t('Save "{0}" as {1}', roadmap?.title ?? roadmapId, format.toUpperCase()),
    defaultUri: folder ? vscode.Uri.joinPath(folder, fileName) : undefined,
    filters: format === 'svg' ? { [vscode.l10n.t('SVG image')]: ['svg'] } : { [vscode.l10n.t('PNG image')]: ['png'] },
  });
}

/** Arguments (optional, for menus and tests): a roadmap (id, element or topic ref) and the file's URI. */
export function exportHandler(context: CommandContext, kind: ExportKind, format: 'svg' | 'png') {
  const title =
    kind === 'map'
      ? vscode.l10n.t('Export Map as {0}', format.toUpperCase())
      : vscode.l10n.t('Export Progress Card as {0}', format.toUpperCase());
  return async (target?: unknown, uriArgument?: unknown): Promise<vscode.Uri | undefined> => {
    const roadmapId = await targetRoadmapId(context, target, title);
    const file = roadmapId ? svgFileOf(context, roadmapId, kind) : undefined;
    if (!roadmapId || !file) return undefined;
    const uri = await saveTarget(
      context,
      roadmapId,
      `${roadmapId}-${kind === 'map' ? 'map' : 'progress-card'}.${format}`,
      format,
      uriArgument,
    );
    if (!uri) return undefined;
    let bytes: Uint8Array;
    if (format === 'svg') {
      bytes = new TextEncoder().encode(file.markup);
    } else {
      const scale = Math.min(kind === 'card' ? 2 : 1.5, MAX_PNG_SIDE / Math.max(file.width, file.height));
      const panel = context.mapPanels.open(roadmapId, true);
      bytes = await panel.renderPng(file.markup, Math.max(1, Math.round(file.width * scale)), Math.max(1, Math.round(file.height * scale)));
    }
    await vscode.workspace.fs.writeFile(uri, bytes);
    if (!(uriArgument instanceof vscode.Uri))
      void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0}.', vscode.workspace.asRelativePath(uri)));
    return uri;
  };
}

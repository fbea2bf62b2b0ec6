// The map page's own words, in the display language (the page holds no text of its own).
import * as vscode from 'vscode';
import { mapSceneText } from '../../model/mapSceneText';
import type { MapPageText } from '../../protocol/pageText';

export function mapPageText(): MapPageText {
  return {
    summary: vscode.l10n.t('{0}/{1} done · {2}', '{0}', '{1}', '{2}'),
    roleDescription: vscode.l10n.t('roadmap map'),
    documentTitle: vscode.l10n.t('Map: {0}', '{0}'),
    roadmapNotFound: vscode.l10n.t('Roadmap not found'),
    noCanvas: vscode.l10n.t('no 2D canvas'),
    noPng: vscode.l10n.t('the canvas gave no PNG (the map may be too large)'),
    // Through @vscode/l10n, which activate() gave VS Code's bundle: the same texts name the nodes of exports.
    ...mapSceneText(),
  };
}

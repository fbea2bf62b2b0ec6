// The map and the Progress Card of a roadmap as standalone SVG files: the same layout and drawing as
// the map panel, with colours of their own (no theme outside VS Code).
import { layoutMap, mapInput } from './mapLayout';
import { EXPORT_STYLE_LIGHT, mapScene, type StatusOf } from './mapScene';
import { mapSceneText } from './mapSceneText';
import { mapWords } from './mapWords';
import { progressCard, type CardSection } from './progressCard';
import type { Counts } from './progress';
import type { Roadmap } from './roadmap';
import { svgMarkup } from './svgTree';

export interface SvgFile {
  readonly markup: string;
  readonly width: number;
  readonly height: number;
}

/** Names and tooltips in the display language @vscode/l10n was configured with. */
export function mapSvgFile(roadmap: Roadmap, statusOf: StatusOf): SvgFile {
  const layout = layoutMap(mapInput(roadmap));
  const words = mapWords(mapSceneText());
  return {
    markup: svgMarkup(mapScene(layout, statusOf, { title: roadmap.title, words, style: EXPORT_STYLE_LIGHT })),
    width: layout.width,
    height: layout.height,
  };
}

/** `countsOf` gives the counts below a node, or of the whole roadmap without an id (ProgressCounter.countsOf). */
export function progressCardFile(roadmap: Roadmap, countsOf: (nodeId?: string) => Counts, dateText: string): SvgFile {
  const sections: CardSection[] = roadmap.nodes
    .filter((node) => node.kind === 'group')
    .map((node) => ({ title: node.title, counts: countsOf(node.id) }));
  const card = progressCard({ title: roadmap.title, counts: countsOf(), sections, dateText });
  return { markup: svgMarkup(card), width: Number(card.attributes.width), height: Number(card.attributes.height) };
}

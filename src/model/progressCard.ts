// The Progress Card: a small image to share, with the roadmap's title, its percentage and one bar per
// section. Plain SVG data (svgTree.ts) with its own colours, so it reads the same anywhere. Its words go
// through @vscode/l10n (the display language the extension configured; English without a bundle).
import * as l10n from '@vscode/l10n';
import { percentDone, type Counts } from './progress';
import { truncate } from './mapScene';
import { svg, svgText, type SvgElement } from './svgTree';

export interface CardSection {
  readonly title: string;
  readonly counts: Counts;
}

export interface ProgressCardInput {
  readonly title: string;
  readonly counts: Counts;
  readonly sections: readonly CardSection[];
  /** Shown in the footer, already formatted (e.g. "1 December 2026"). */
  readonly dateText: string;
}

export const CARD_WIDTH = 600;
/** Sections beyond this are summed up in one line, so the card stays small. */
export const CARD_MAX_SECTIONS = 14;
const ROW = 30;
const TOP = 120;
const BAR_X = 250;
const BAR_WIDTH = 260;

const CARD_STYLE = [
  'svg{font-family:-apple-system,"Segoe UI",Ubuntu,sans-serif}',
  '.card{fill:#0d1117}.title{fill:#f0f6fc;font-size:22px;font-weight:600}',
  '.percent{fill:#3fb950;font-size:40px;font-weight:700}.sub{fill:#8b949e;font-size:14px}',
  '.section{fill:#c9d1d9;font-size:13px}.track{fill:#30363d}.fill{fill:#3fb950}.count{fill:#8b949e;font-size:12px}',
  '.footer{fill:#6e7681;font-size:12px}',
].join('\n');

export function progressCardHeight(sectionCount: number): number {
  const rows = Math.min(sectionCount, CARD_MAX_SECTIONS) + (sectionCount > CARD_MAX_SECTIONS ? 1 : 0);
  return TOP + rows * ROW + 50;
}

export function progressCard(input: ProgressCardInput): SvgElement {
  const shown = input.sections.slice(0, CARD_MAX_SECTIONS);
  const hidden = input.sections.length - shown.length;
  const height = progressCardHeight(input.sections.length);
  const percent = percentDone(input.counts);
  const name = l10n.t('{0}: {1}% done', input.title, percent);
  const rows = shown.map((section, index) => {
    const y = TOP + index * ROW;
    const fill = section.counts.total === 0 ? BAR_WIDTH : (BAR_WIDTH * section.counts.done) / section.counts.total;
    return svg('g', {}, [
      svgText('text', { class: 'section', x: 28, y: y + 14 }, truncate(section.title, 30)),
      svg('rect', { class: 'track', x: BAR_X, y: y + 4, width: BAR_WIDTH, height: 10, rx: 5 }),
      svg('rect', { class: 'fill', x: BAR_X, y: y + 4, width: fill, height: 10, rx: 5 }),
      svgText('text', { class: 'count', x: BAR_X + BAR_WIDTH + 10, y: y + 14 }, `${section.counts.done}/${section.counts.total}`),
    ]);
  });
  if (hidden > 0)
    rows.push(
      svgText(
        'text',
        { class: 'count', x: 28, y: TOP + shown.length * ROW + 14 },
        hidden === 1 ? l10n.t('and 1 more section') : l10n.t('and {0} more sections', hidden),
      ),
    );
  return svg('svg', { width: CARD_WIDTH, height, viewBox: `0 0 ${CARD_WIDTH} ${height}`, role: 'img', 'aria-label': name }, [
    svgText('title', {}, name),
    svgText('style', {}, CARD_STYLE),
    svg('rect', { class: 'card', width: CARD_WIDTH, height, rx: 16 }),
    svgText('text', { class: 'title', x: 28, y: 44 }, truncate(input.title, 44)),
    svgText('text', { class: 'percent', x: 28, y: 96 }, l10n.t('{0}%', percent)),
    svgText('text', { class: 'sub', x: 130, y: 90 }, l10n.t('{0} of {1} topics done', input.counts.done, input.counts.total)),
    ...rows,
    svgText('text', { class: 'footer', x: 28, y: height - 20 }, l10n.t('Roadmap Tracker · {0}', input.dateText)),
  ]);
}

// The Progress view's page: draws what the extension computed (bars, streaks, pace, forecasts and the
// year heatmap). Every text goes in as text; the heatmap is SVG built from DOM nodes.
import { svg, svgText, type SvgElement } from '../../model/svgTree';
import {
  describeInvalid,
  progressExtensionMessageSchema,
  type ProgressExtensionMessage,
  type ProgressWebviewMessage,
} from '../../protocol/progressViewProtocol';
import { toDom } from '../map/svgDom';
import { localeFormat, type LocaleFormat } from '../../model/localeFormat';
import { fillText, type ProgressPageText } from '../../protocol/pageText';

interface ProgressWebviewApi {
  postMessage(message: ProgressWebviewMessage): void;
}
declare function acquireVsCodeApi(): ProgressWebviewApi;

const api = acquireVsCodeApi();
const root = document.getElementById('progress') as HTMLElement;
/** The extension sends it first, before any state. */
let language: { readonly text: ProgressPageText; readonly format: LocaleFormat } | undefined;
const CELL = 11;
const GAP = 2;

type Overview = Extract<ProgressExtensionMessage, { type: 'state' }>['overview'];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (text !== undefined) created.textContent = text;
  if (className) created.className = className;
  return created;
}

function heatmapScene(overview: Overview, { text, format }: NonNullable<typeof language>): SvgElement {
  const cells: SvgElement[] = [];
  overview.heatmap.forEach((week, column) =>
    week.forEach(([day, count, level]) => {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      cells.push(
        svg(
          'rect',
          {
            class: `day level-${level}`,
            x: column * (CELL + GAP),
            y: weekday * (CELL + GAP),
            width: CELL,
            height: CELL,
            rx: 2,
            'data-day': day,
            'data-count': count,
          },
          [
            svgText(
              'title',
              {},
              count === 0
                ? fillText(text.dayNoActivity, day)
                : format.plural(count, { one: (n) => fillText(text.dayTopic, n, day), other: (n) => fillText(text.dayTopics, n, day) }),
            ),
          ],
        ),
      );
    }),
  );
  const width = overview.heatmap.length * (CELL + GAP);
  const height = 7 * (CELL + GAP);
  return svg(
    'svg',
    {
      class: 'heatmap',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-label': fillText(text.heatmapLabel, overview.streakText),
    },
    cells,
  );
}

function render(overview: Overview, current: NonNullable<typeof language>): void {
  const { text, format } = current;
  const fragment = document.createDocumentFragment();
  const summary = element('section', undefined, 'summary');
  summary.append(
    element('p', overview.todayText, 'today'),
    element('p', overview.streakText, 'streak'),
    element('p', overview.paceText, 'pace'),
  );
  fragment.append(summary);

  const heat = element('section', undefined, 'heat');
  heat.append(element('h2', text.activeDays), toDom(heatmapScene(overview, current)));
  fragment.append(heat);

  const list = element('section', undefined, 'roadmaps');
  list.append(element('h2', text.roadmaps));
  if (overview.roadmaps.length === 0) list.append(element('p', text.noProgress, 'empty'));
  for (const roadmap of overview.roadmaps) {
    const item = element('div', undefined, 'roadmap');
    const heading = element('div', undefined, 'roadmap-heading');
    const title = element('button', roadmap.title, 'link');
    title.type = 'button';
    title.title = text.showMap;
    title.dataset.map = roadmap.roadmapId;
    const percent = format.percent(roadmap.percent);
    heading.append(
      title,
      element('span', fillText(text.roadmapNumbers, format.number(roadmap.done), format.number(roadmap.total), percent), 'numbers'),
    );
    const bar = element('progress');
    bar.max = Math.max(1, roadmap.total);
    bar.value = roadmap.done;
    bar.setAttribute('aria-label', fillText(text.roadmapBar, roadmap.title, percent));
    item.append(heading, bar, element('p', roadmap.forecastText, 'forecast'));
    if (roadmap.targetText) item.append(element('p', roadmap.targetText, 'target'));
    if (roadmap.verifiedText) item.append(element('p', `✔ ${roadmap.verifiedText}`, 'verified'));
    list.append(item);
  }
  const settings = element('button', text.settings, 'secondary');
  settings.type = 'button';
  settings.dataset.action = 'settings';
  list.append(settings);
  fragment.append(list);
  root.replaceChildren(fragment);
  root.removeAttribute('aria-busy');
}

function report(): void {
  const texts = [...root.querySelectorAll('p, h2, button, .numbers')].map((node) => node.textContent ?? '');
  api.postMessage({ type: 'drawn', texts, heatmapDays: root.querySelectorAll('rect.day').length });
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = progressExtensionMessageSchema.safeParse(event.data);
  if (!parsed.success) {
    api.postMessage({ type: 'invalidMessage', reason: describeInvalid(parsed.error) });
    return;
  }
  const message = parsed.data;
  if (message.type === 'text') {
    language = { text: message.text, format: localeFormat(message.locale) };
    return;
  }
  if (!language) return; // Never before `text`; nothing to write the page with.
  render(message.overview, language);
  if (message.report) report();
});

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button') : null;
  if (!target) return;
  if (target.dataset.map) api.postMessage({ type: 'showMap', roadmapId: target.dataset.map });
  else if (target.dataset.action === 'settings') api.postMessage({ type: 'openSettings' });
});

api.postMessage({ type: 'ready' });

// The map panel's page script: lays out the roadmap (d3-hierarchy, in src/model/mapLayout.ts), draws it
// as SVG built from DOM nodes, zooms and pans it with d3-zoom, and turns clicks and keys into messages.
// A status change recolours only the nodes and bars it touches; a new roadmap text lays out again.
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { layoutMap, NODE_HEIGHT, NODE_WIDTH, type MapLayout, type PlacedNode } from '../../model/mapLayout';
import { neighbour } from '../../model/mapNavigation';
import { groupCounts, mapCounts, mapScene, nodeElement } from '../../model/mapScene';
import { mapWords, type MapWords } from '../../model/mapWords';
import { percentDone, type Counts } from '../../model/progress';
import type { Status } from '../../model/status';
import {
  describeInvalid,
  mapExtensionMessageSchema,
  type MapExtensionMessage,
  type MapPersistedState,
  type MapWebviewMessage,
} from '../../protocol/mapProtocol';
import { keyAction } from './keys';
import { fillText, type MapPageText } from '../../protocol/pageText';
import { localeFormat, type LocaleFormat } from '../../model/localeFormat';
import { toDom } from './svgDom';

interface MapWebviewApi {
  postMessage(message: MapWebviewMessage): void;
  getState(): unknown;
  setState(state: MapPersistedState): void;
}
declare function acquireVsCodeApi(): MapWebviewApi;

const api = acquireVsCodeApi();
const stage = document.getElementById('stage') as HTMLElement;
const heading = document.getElementById('map-title') as HTMLElement;
const summary = document.getElementById('map-summary') as HTMLElement;
const announcer = document.getElementById('announcer') as HTMLElement;

interface Shown {
  readonly roadmapId: string;
  readonly title: string;
  readonly layout: MapLayout;
  readonly statuses: Map<string, Status>;
  readonly elements: Map<string, SVGGElement>;
  counts: Map<string, Counts>;
  readonly svg: SVGSVGElement;
  readonly viewport: SVGGElement;
  readonly zoom: ZoomBehavior<SVGSVGElement, unknown>;
  readonly report: boolean;
  /** The nodes' JSON: a `map` message with the same roadmap text does not lay out again. */
  readonly source: string;
  /** Topics drawn in full; the others are compact (zoomed out, or off screen). */
  readonly detailed: Set<string>;
}

/**
 * Below this zoom a title would be under 6 px: topics are drawn as compact boxes coloured by status. At or
 * above it only the topics on screen (and half a screen around) are drawn in full, so a big roadmap costs
 * what its visible part costs, and panning or zooming in fills in the rest.
 */
const DETAIL_SCALE = 0.45;

let shown: Shown | undefined;
let focusedId: string | undefined;
/** The extension sends it first, before any map. */
let language: { readonly text: MapPageText; readonly format: LocaleFormat; readonly words: MapWords } | undefined;
/** Until the words come (they are sent first): names and tooltips are the bare titles, in no language of ours. */
const NO_WORDS: MapWords = mapWords({
  topicNameTodo: '{0}',
  topicNameInProgress: '{0}',
  topicNameDone: '{0}',
  topicNameSkipped: '{0}',
  statusTodo: '',
  statusInProgress: '',
  statusDone: '',
  statusSkipped: '',
  topicTooltip: '{0}',
  groupName: '{0}',
  mapName: '{0}',
});

function languageOf(text: MapPageText, locale: string): NonNullable<typeof language> {
  const format = localeFormat(locale);
  return { text, format, words: mapWords(text, (value) => format.number(value)) };
}

function words(): MapWords {
  return language?.words ?? NO_WORDS;
}

function readSavedState(): MapPersistedState | undefined {
  const state = api.getState() as MapPersistedState | undefined;
  return state && typeof state === 'object' && typeof state.roadmapId === 'string' ? state : undefined;
}

function post(message: MapWebviewMessage): void {
  api.postMessage(message);
}

function statusOf(map: ReadonlyMap<string, Status>): (topicId: string) => Status {
  return (topicId) => map.get(topicId) ?? 'todo';
}

function saveState(): void {
  if (!shown) return;
  const { x, y, k } = zoomTransform(shown.svg);
  api.setState({ roadmapId: shown.roadmapId, view: { x, y, k }, ...(focusedId ? { focusedId } : {}) });
}

function showSummary(): void {
  if (!shown) return;
  if (!language) return;
  const counts = mapCounts(shown.layout, statusOf(shown.statuses));
  const { text, format } = language;
  summary.textContent = fillText(
    text.summary,
    format.number(counts.done),
    format.number(counts.total),
    format.percent(percentDone(counts)),
  );
}

function report(): void {
  if (!shown?.report) return;
  const nodes: [string, Status | 'group'][] = [];
  for (const element of shown.viewport.querySelectorAll<SVGGElement>('g.node')) {
    const id = element.dataset.id;
    if (!id) continue;
    const status = element.dataset.status as Status | undefined;
    nodes.push([id, element.classList.contains('group') ? 'group' : (status ?? 'todo')]);
  }
  post({ type: 'drawn', roadmapId: shown.roadmapId, nodes, ...(focusedId ? { focusedId } : {}) });
}

function fitTransform(layout: MapLayout): ZoomTransform {
  const bounds = stage.getBoundingClientRect();
  const scale = Math.min(2, Math.max(0.05, Math.min(bounds.width / layout.width, bounds.height / layout.height)));
  return zoomIdentity
    .translate((bounds.width - layout.width * scale) / 2, Math.max(0, (bounds.height - layout.height * scale) / 2))
    .scale(scale);
}

function fit(current: Shown): void {
  select(current.svg).call(current.zoom.transform, fitTransform(current.layout));
}

/** Whether a topic is drawn in full under this transform: readable zoom, and on or near the screen. */
function detailTest(transform: ZoomTransform): (node: PlacedNode) => boolean {
  if (transform.k < DETAIL_SCALE) return () => false;
  const bounds = stage.getBoundingClientRect();
  const marginX = bounds.width / 2;
  const marginY = bounds.height / 2;
  const [left, top] = transform.invert([-marginX, -marginY]);
  const [right, bottom] = transform.invert([bounds.width + marginX, bounds.height + marginY]);
  return (node) => node.x + NODE_WIDTH >= left && node.x <= right && node.y + NODE_HEIGHT >= top && node.y <= bottom;
}

let detailFrame: number | undefined;

/** After a zoom or pan, once per frame: topics come into full detail or go compact. */
function scheduleDetail(): void {
  if (detailFrame !== undefined) return;
  detailFrame = requestAnimationFrame(() => {
    detailFrame = undefined;
    const current = shown;
    if (!current) return;
    const wanted = detailTest(zoomTransform(current.svg));
    for (const node of current.layout.nodes) {
      if (node.kind !== 'topic' || wanted(node) === current.detailed.has(node.id)) continue;
      if (current.detailed.has(node.id)) current.detailed.delete(node.id);
      else current.detailed.add(node.id);
      replaceNode(current, node.id);
    }
  });
}

function draw(message: Extract<MapExtensionMessage, { type: 'map' }>): void {
  const source = JSON.stringify(message.nodes);
  const sameRoadmap = shown?.roadmapId === message.roadmapId;
  const previousTransform = shown ? zoomTransform(shown.svg) : undefined;
  const statuses = new Map(message.statuses);
  if (sameRoadmap && shown && shown.source === source) {
    applyStatuses([...mergeTodo(shown.statuses, statuses)]);
    return;
  }
  const layout = layoutMap(message.nodes);
  // What this page kept (after a reload, or when it was hidden and shown again), if it is this roadmap's.
  const saved = readSavedState();
  const restored = !sameRoadmap && saved?.roadmapId === message.roadmapId ? saved : undefined;
  const initialTransform =
    sameRoadmap && previousTransform
      ? previousTransform
      : restored?.view
        ? zoomIdentity.translate(restored.view.x, restored.view.y).scale(restored.view.k)
        : fitTransform(layout);
  const inDetail = detailTest(initialTransform);
  const detailed = new Set(layout.nodes.filter((node) => node.kind === 'topic' && inDetail(node)).map((node) => node.id));
  const scene = mapScene(layout, statusOf(statuses), { title: message.title, words: words(), detailed: (node) => detailed.has(node.id) });
  const svg = toDom(scene) as SVGSVGElement;
  // Sized by the stylesheet; no viewBox, so user units are CSS pixels and d3-zoom's transform is the only scaling.
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.removeAttribute('viewBox');
  svg.setAttribute('role', 'application');
  svg.setAttribute('aria-roledescription', language?.text.roleDescription ?? '');
  const viewport = svg.querySelector('g.viewport') as SVGGElement;
  const elements = new Map<string, SVGGElement>();
  for (const element of viewport.querySelectorAll<SVGGElement>('g.node')) if (element.dataset.id) elements.set(element.dataset.id, element);

  const zoom = d3zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.05, 4])
    .on('zoom', (event: { transform: ZoomTransform }) => {
      viewport.setAttribute('transform', event.transform.toString());
      saveState();
      scheduleDetail();
    });
  stage.replaceChildren(svg);
  select(svg).call(zoom).on('dblclick.zoom', null);

  shown = {
    roadmapId: message.roadmapId,
    title: message.title,
    layout,
    statuses,
    elements,
    counts: groupCounts(layout, statusOf(statuses)),
    svg,
    viewport,
    zoom,
    report: message.report,
    source,
    detailed,
  };
  heading.textContent = message.title;
  document.documentElement.lang = message.lang ?? 'en';
  document.title = language ? fillText(language.text.documentTitle, message.title) : message.title;
  showSummary();

  select(svg).call(zoom.transform, initialTransform);

  const wanted = (sameRoadmap ? focusedId : restored?.focusedId) ?? layout.nodes[0]?.id;
  focusedId = wanted && elements.has(wanted) ? wanted : layout.nodes[0]?.id;
  if (focusedId) elements.get(focusedId)?.setAttribute('tabindex', '0');
  saveState();
  report();
}

/** Statuses not in `incoming` are to do again (a full `map` message lists only the others). */
function* mergeTodo(current: ReadonlyMap<string, Status>, incoming: ReadonlyMap<string, Status>): Generator<[string, Status]> {
  for (const [id, status] of incoming) if (current.get(id) !== status) yield [id, status];
  for (const id of current.keys()) if (!incoming.has(id)) yield [id, 'todo'];
}

function replaceNode(current: Shown, id: string): void {
  const node = current.layout.byId.get(id);
  const old = current.elements.get(id);
  if (!node || !old) return;
  const replacement = toDom(
    nodeElement(node, statusOf(current.statuses), current.counts, words(), !current.detailed.has(id)),
  ) as SVGGElement;
  const hadFocus = document.activeElement === old;
  replacement.setAttribute('tabindex', id === focusedId ? '0' : '-1');
  old.replaceWith(replacement);
  current.elements.set(id, replacement);
  if (hadFocus) replacement.focus();
}

function sameCounts(a: Counts | undefined, b: Counts | undefined): boolean {
  return a?.done === b?.done && a?.total === b?.total && a?.inProgress === b?.inProgress && a?.skipped === b?.skipped;
}

/** Recolours the changed topics and the bars of the groups whose counts changed; no new layout. */
function applyStatuses(changes: readonly (readonly [string, Status])[]): void {
  const current = shown;
  if (!current) return;
  const changed: string[] = [];
  for (const [id, status] of changes) {
    if ((current.statuses.get(id) ?? 'todo') === status) continue;
    if (status === 'todo') current.statuses.delete(id);
    else current.statuses.set(id, status);
    changed.push(id);
  }
  if (changed.length === 0) {
    report();
    return;
  }
  const counts = groupCounts(current.layout, statusOf(current.statuses));
  const groupsChanged = [...counts]
    .filter(([id, value]) => current.layout.byId.get(id)?.kind === 'group' && !sameCounts(value, current.counts.get(id)))
    .map(([id]) => id);
  current.counts = counts;
  for (const id of [...changed, ...groupsChanged]) replaceNode(current, id);
  const focusedNode = focusedId && changed.includes(focusedId) ? current.layout.byId.get(focusedId) : undefined;
  if (focusedNode) announcer.textContent = words().topicName(focusedNode.title, current.statuses.get(focusedNode.id) ?? 'todo');
  showSummary();
  report();
}

function focusNode(id: string): void {
  const current = shown;
  const element = current?.elements.get(id);
  if (!current || !element) return;
  if (focusedId) current.elements.get(focusedId)?.setAttribute('tabindex', '-1');
  focusedId = id;
  element.setAttribute('tabindex', '0');
  element.focus();
  scrollIntoView(current, id);
  saveState();
}

/** Pans so the node is on screen when it is not. */
function scrollIntoView(current: Shown, id: string): void {
  const node = current.layout.byId.get(id);
  const transform = zoomTransform(current.svg);
  if (!node) return;
  const bounds = stage.getBoundingClientRect();
  const [left, top] = transform.apply([node.x, node.y]);
  const [right, bottom] = transform.apply([node.x + NODE_WIDTH, node.y + NODE_HEIGHT]);
  if (left >= 0 && top >= 0 && right <= bounds.width && bottom <= bounds.height) return;
  select(current.svg).call(current.zoom.translateTo, node.x + NODE_WIDTH / 2, node.y + NODE_HEIGHT / 2);
}

function zoomBy(kind: 'in' | 'out' | 'fit'): void {
  const current = shown;
  if (!current) return;
  if (kind === 'fit') fit(current);
  else select(current.svg).call(current.zoom.scaleBy, kind === 'in' ? 1.25 : 0.8);
}

function nodeOf(target: EventTarget | null): SVGGElement | undefined {
  return target instanceof Element ? (target.closest<SVGGElement>('g.node') ?? undefined) : undefined;
}

function receive(message: MapExtensionMessage): void {
  switch (message.type) {
    case 'text':
      language = languageOf(message.text, message.locale);
      return;
    case 'map':
      draw(message);
      return;
    case 'statuses':
      if (shown?.roadmapId === message.roadmapId) applyStatuses(message.statuses);
      return;
    case 'missing':
      shown = undefined;
      heading.textContent = language?.text.roadmapNotFound ?? '';
      summary.textContent = '';
      stage.replaceChildren(Object.assign(document.createElement('p'), { className: 'missing', textContent: message.message }));
      return;
    case 'renderPng':
      void renderPng(message.svg, message.width, message.height).then(
        (base64) => post({ type: 'png', requestId: message.requestId, base64 }),
        (failure: unknown) =>
          post({
            type: 'png',
            requestId: message.requestId,
            error: String(failure instanceof Error ? failure.message : failure).slice(0, 500),
          }),
      );
      return;
  }
}

/** Draws SVG markup the extension built onto a canvas, at the given size. */
async function renderPng(markup: string, width: number, height: number): Promise<string> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width);
    canvas.height = Math.round(height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error(language?.text.noCanvas);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(language?.text.noPng);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
    return btoa(binary);
  } finally {
    URL.revokeObjectURL(url);
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = mapExtensionMessageSchema.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'invalidMessage', reason: describeInvalid(parsed.error) });
    return;
  }
  receive(parsed.data);
});

stage.addEventListener('click', (event) => {
  const element = nodeOf(event.target);
  const id = element?.dataset.id;
  if (!shown || !element || !id) return;
  focusNode(id);
  if (element.classList.contains('topic')) post({ type: 'openTopic', roadmapId: shown.roadmapId, topicId: id });
});

stage.addEventListener('focusin', (event) => {
  const id = nodeOf(event.target)?.dataset.id;
  if (id && id !== focusedId) focusNode(id);
});

stage.addEventListener('keydown', (event) => {
  const current = shown;
  const element = nodeOf(event.target);
  const id = element?.dataset.id;
  const action = keyAction(event, event.code);
  if (!current || !action) return;
  if (action.kind === 'zoom') {
    event.preventDefault();
    zoomBy(action.zoom);
    return;
  }
  if (!id) return;
  event.preventDefault();
  event.stopPropagation();
  const isTopic = element.classList.contains('topic');
  const ref = { roadmapId: current.roadmapId, topicId: id };
  switch (action.kind) {
    case 'move': {
      const next = neighbour(current.layout, id, action.direction);
      if (next) focusNode(next.id);
      return;
    }
    case 'open':
      if (isTopic) post({ type: 'openTopic', ...ref });
      return;
    case 'toggleDone':
      if (isTopic) post({ type: 'toggleDone', ...ref });
      return;
    case 'status':
      if (isTopic) {
        post({ type: 'setStatus', ...ref, status: action.status });
      }
      return;
  }
});

// Nothing focused (after a click on the background, or when the page opens): + / − / 0 still zoom, and
// an arrow key brings focus back to the map.
document.addEventListener('keydown', (event) => {
  if (event.target !== document.body || !shown) return;
  const action = keyAction(event, event.code);
  if (action?.kind === 'zoom') {
    event.preventDefault();
    zoomBy(action.zoom);
  } else if (action?.kind === 'move') {
    event.preventDefault();
    const id = focusedId ?? shown.layout.nodes[0]?.id;
    if (id) focusNode(id);
  }
});

document.getElementById('toolbar')?.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
  const action = button?.dataset.action;
  if (!action) return;
  if (action === 'zoom-in' || action === 'zoom-out' || action === 'fit')
    zoomBy(action === 'zoom-in' ? 'in' : action === 'zoom-out' ? 'out' : 'fit');
  else if (shown && (action === 'svg' || action === 'png' || action === 'card-svg' || action === 'card-png'))
    post({ type: 'export', roadmapId: shown.roadmapId, what: action });
});

post({ type: 'ready' });

// Issue 13: the map's node names and tooltips, and the exported SVG's, are in the display language: the
// extension translates the templates and sends them with the page's words; numbers follow the language.
// The Progress Card's words too.
import { strict as assert } from 'node:assert';
import { mapSvgFile, progressCardFile } from '../../../src/model/mapExport';
import { CARD_MAX_SECTIONS } from '../../../src/model/progressCard';
import { ProgressCounter } from '../../../src/model/progress';
import { layoutMap, mapInput } from '../../../src/model/mapLayout';
import { mapScene } from '../../../src/model/mapScene';
import { mapSceneText } from '../../../src/model/mapSceneText';
import { mapWords, MAP_SCENE_TEXT_KEYS } from '../../../src/model/mapWords';
import { localeFormat } from '../../../src/model/localeFormat';
import { buildRoadmap } from '../../../src/model/roadmap';
import type { Status } from '../../../src/model/status';
import type { SvgElement } from '../../../src/model/svgTree';
import { mapExtensionMessageSchema } from '../../../src/protocol/mapProtocol';
import { MAP_PAGE_TEXT_KEYS } from '../../../src/protocol/pageText';
import { inTurkish } from '../l10n/turkishBundle';

const roadmap = buildRoadmap({
  id: 'sql',
  title: 'SQL',
  nodes: [
    {
      id: 'g',
      title: 'Queries',
      kind: 'group',
      children: [
        { id: 'joins', title: 'Joins' },
        { id: 'views', title: 'Views' },
        { id: 'cte', title: 'CTEs' },
      ],
    },
  ],
});
const statuses = new Map<string, Status>([
  ['joins', 'done'],
  ['views', 'in-progress'],
]);
const statusOf = (id: string): Status => statuses.get(id) ?? 'todo';

function byId(scene: SvgElement): Map<string, SvgElement> {
  const found = new Map<string, SvgElement>();
  const visit = (element: SvgElement): void => {
    const id = element.attributes['data-id'];
    if (id !== undefined) found.set(id, element);
    element.children.forEach(visit);
  };
  visit(scene);
  return found;
}

const tooltipOf = (element: SvgElement | undefined): string | undefined => element?.children.find((child) => child.tag === 'title')?.text;

describe('map words', () => {
  describe('in Turkish', () => {
    inTurkish();

    it('names and titles every node in Turkish, numbers as Turkish writes them', () => {
      const words = mapWords(mapSceneText(), (value) => localeFormat('tr').number(value));
      const scene = mapScene(layoutMap(mapInput(roadmap)), statusOf, { title: roadmap.title, words });
      const nodes = byId(scene);
      assert.equal(nodes.get('joins')?.attributes['aria-label'], 'Joins, tamamlandı');
      assert.equal(tooltipOf(nodes.get('joins')), 'Joins — Tamamlandı');
      assert.equal(nodes.get('views')?.attributes['aria-label'], 'Views, devam ediyor');
      assert.equal(tooltipOf(nodes.get('cte')), 'CTEs — Yapılacak');
      assert.equal(nodes.get('g')?.attributes['aria-label'], 'Queries: 3 konudan 1 tanesi tamamlandı');
      assert.equal(scene.attributes['aria-label'], 'SQL: 3 konudan 1 tanesi tamamlandı (%33)');
    });

    it('exports an SVG whose tooltips are Turkish', () => {
      const { markup } = mapSvgFile(roadmap, statusOf);
      assert.match(markup, /<title>Joins — Tamamlandı<\/title>/);
      assert.match(markup, /aria-label="Views, devam ediyor"/);
    });
  });

  it('keeps the English names without a bundle', () => {
    const scene = mapScene(layoutMap(mapInput(roadmap)), statusOf, { title: roadmap.title, words: mapWords(mapSceneText()) });
    const nodes = byId(scene);
    assert.equal(nodes.get('joins')?.attributes['aria-label'], 'Joins, done');
    assert.equal(tooltipOf(nodes.get('cte')), 'CTEs — To do');
    assert.equal(nodes.get('g')?.attributes['aria-label'], 'Queries: 1 of 3 done');
    assert.equal(scene.attributes['aria-label'], 'SQL: 1 of 3 topics done (33%)');
  });

  it("is part of the map page's text message, which does not validate without them", () => {
    const text = Object.fromEntries(MAP_PAGE_TEXT_KEYS.map((key) => [key, `text of ${key}`]));
    for (const key of MAP_SCENE_TEXT_KEYS) assert.ok(key in text, key);
    assert.ok(mapExtensionMessageSchema.safeParse({ type: 'text', locale: 'tr', text }).success);
    const { topicNameDone: _dropped, ...missing } = text;
    assert.equal(mapExtensionMessageSchema.safeParse({ type: 'text', locale: 'tr', text: missing }).success, false);
  });
});

describe('the Progress Card in Turkish', () => {
  inTurkish();

  it('says its percentage, counts and the sections left out in Turkish', () => {
    const roadmap = buildRoadmap({
      id: 'many',
      title: 'Many',
      nodes: Array.from({ length: CARD_MAX_SECTIONS + 2 }, (_, index) => ({
        id: `s${index}`,
        title: `Section ${index}`,
        kind: 'group' as const,
        children: [{ id: `t${index}`, title: `T${index}` }],
      })),
    });
    const counter = new ProgressCounter(roadmap, new Map([['t0', { status: 'done' as Status, changedAt: 1 }]]));
    const { markup } = progressCardFile(roadmap, (id) => counter.countsOf(id), '1 Aralık 2026');
    assert.match(markup, /<title>Many: %\d+ tamamlandı<\/title>/);
    assert.match(markup, new RegExp(`>${CARD_MAX_SECTIONS + 2} konudan 1 tanesi tamamlandı<`));
    assert.match(markup, />ve 2 bölüm daha</);
    assert.match(markup, />Roadmap Tracker · 1 Aralık 2026</);
  });
});

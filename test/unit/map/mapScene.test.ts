import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { mapSvgFile, progressCardFile } from '../../../src/model/mapExport';
import { CARD_MAX_SECTIONS } from '../../../src/model/progressCard';
import { layoutMap, mapInput } from '../../../src/model/mapLayout';
import { groupCounts, mapScene, statusGlyph, truncate } from '../../../src/model/mapScene';
import { ProgressCounter } from '../../../src/model/progress';
import { buildRoadmap } from '../../../src/model/roadmap';
import { STATUSES, type ProgressEntry, type Status } from '../../../src/model/status';
import { escapeXml, svg, svgMarkup, svgText, type SvgElement } from '../../../src/model/svgTree';
import { syntheticRoadmap } from '../../../bench/syntheticRoadmap';
import { seededRandom } from '../helpers';
import { mergedRoadmap } from './mapLayout.test';
import { mapSceneText } from '../../../src/model/mapSceneText';
import { mapWords } from '../../../src/model/mapWords';

const englishWords = mapWords(mapSceneText());

function randomStatuses(topicIds: readonly string[], seed: number): Map<string, Status> {
  const random = seededRandom(seed);
  return new Map(topicIds.map((id) => [id, STATUSES[Math.floor(random() * STATUSES.length)]!]));
}

function find(element: SvgElement, accept: (element: SvgElement) => boolean, found: SvgElement[] = []): SvgElement[] {
  if (accept(element)) found.push(element);
  for (const child of element.children) find(child, accept, found);
  return found;
}

describe('SVG markup', () => {
  it('escapes text and attribute values, and drops characters XML does not allow', () => {
    const markup = svgMarkup(
      svg('svg', { 'aria-label': `"><script>alert(1)</script>` }, [svgText('text', {}, `</text><script>alert('x')</script>&\u0001`)]),
    );
    assert.equal(XMLValidator.validate(markup), true);
    assert.doesNotMatch(markup, /<script/);
    assert.match(markup, /&lt;\/text&gt;&lt;script&gt;alert\(&#39;x&#39;\)&lt;\/script&gt;&amp;<\/text>/);
    assert.equal(escapeXml('a\u0000b'), 'ab');
  });

  it('writes any text so that a parser reads it back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
        const markup = svgMarkup(svg('svg', {}, [svgText('title', { 'data-t': text }, text)]));
        assert.equal(XMLValidator.validate(markup), true);
        const parsed = new XMLParser({
          ignoreAttributes: false,
          parseTagValue: false,
          trimValues: false,
          attributeNamePrefix: '@',
          htmlEntities: true,
        }).parse(markup) as { svg: { title: string | { '#text'?: string; '@data-t'?: string } } };
        const title = parsed.svg.title;
        const value = typeof title === 'string' ? title : (title['#text'] ?? '');
        assert.equal(value, clean);
      }),
    );
  });

  it('skips tag and attribute names that are not plain names', () => {
    const markup = svgMarkup(svg('svg', { 'onload x': '1', ok: '2' }, [svg('bad tag', {}), svg('g', {})]));
    assert.equal(markup, '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ok="2"><g/></svg>');
  });

  it('writes a deep tree without exhausting the stack', () => {
    let element = svg('g', {});
    for (let depth = 0; depth < 50_000; depth++) element = svg('g', {}, [element]);
    assert.equal(XMLValidator.validate(svgMarkup(svg('svg', {}, [element]))), true);
  });
});

describe('map scene', () => {
  it('counts each section as the Roadmaps view does, for any statuses', () => {
    for (const [roadmap, seed] of [
      [mergedRoadmap(), 1],
      [buildRoadmap(syntheticRoadmap(2000)), 2],
    ] as const) {
      const statuses = randomStatuses(
        roadmap.topics.map((topic) => topic.id),
        seed,
      );
      const layout = layoutMap(mapInput(roadmap));
      const counts = groupCounts(layout, (id) => statuses.get(id) ?? 'todo');
      const progress = new Map<string, ProgressEntry>([...statuses].map(([id, status]) => [id, { status, changedAt: 1 }]));
      const counter = new ProgressCounter(roadmap, progress);
      for (const node of roadmap.nodesById.values()) assert.deepEqual(counts.get(node.id), counter.countsOf(node.id), node.id);
    }
  });

  it('draws one node per roadmap node with its status class, glyph and accessible name', () => {
    const roadmap = mergedRoadmap();
    const statuses = randomStatuses(
      roadmap.topics.map((topic) => topic.id),
      3,
    );
    const scene = mapScene(layoutMap(mapInput(roadmap)), (id) => statuses.get(id) ?? 'todo', { title: roadmap.title, words: englishWords });
    const nodes = find(scene, (element) => element.attributes['data-id'] !== undefined);
    assert.equal(nodes.length, roadmap.nodesById.size);
    for (const node of nodes) {
      const source = roadmap.nodesById.get(node.attributes['data-id']!)!;
      if (source.kind === 'topic') {
        const status = statuses.get(source.id)!;
        assert.equal(node.attributes['data-status'], status);
        assert.match(node.attributes.class!, new RegExp(`status-${status}`));
        assert.ok(node.attributes['aria-label']!.startsWith(source.title));
      } else {
        assert.match(node.attributes['aria-label']!, /: \d+ of \d+ done$/);
      }
    }
  });

  it('draws the topics not asked in full as compact boxes that keep id, status, name and focus; sections stay in full', () => {
    const roadmap = mergedRoadmap();
    const statuses = randomStatuses(
      roadmap.topics.map((topic) => topic.id),
      5,
    );
    const full = new Set(roadmap.topics.slice(0, 10).map((topic) => topic.id));
    const scene = mapScene(layoutMap(mapInput(roadmap)), (id) => statuses.get(id) ?? 'todo', {
      title: roadmap.title,
      words: englishWords,
      detailed: (node) => full.has(node.id),
    });
    const nodes = find(scene, (element) => element.attributes['data-id'] !== undefined);
    assert.equal(nodes.length, roadmap.nodesById.size);
    for (const node of nodes) {
      const source = roadmap.nodesById.get(node.attributes['data-id']!)!;
      const texts = find(node, (element) => element.tag === 'text').length;
      if (source.kind !== 'topic') {
        assert.ok(texts > 0, `section ${source.id} in full`);
        continue;
      }
      const compact = /\bcompact\b/.test(node.attributes.class!);
      assert.equal(compact, !full.has(source.id), source.id);
      assert.equal(texts, compact ? 0 : 1);
      assert.equal(node.attributes['data-status'], statuses.get(source.id));
      assert.equal(node.attributes.tabindex, '-1');
      assert.ok(node.attributes['aria-label']!.startsWith(source.title));
    }
  });

  it('tells each status by a different shape, not only by colour', () => {
    const shapes = STATUSES.map((status) =>
      JSON.stringify(statusGlyph(status).children.map((child) => [child.tag, child.attributes.class])),
    );
    assert.equal(new Set(shapes).size, STATUSES.length);
  });

  it('shortens long titles by characters, never inside a surrogate pair', () => {
    assert.equal(truncate('short', 10), 'short');
    assert.equal(truncate('😀'.repeat(12), 5), '😀😀😀😀…');
  });
});

describe('exports', () => {
  it('writes the map as valid SVG naming every topic, hostile titles as text', () => {
    const roadmap = buildRoadmap({
      id: 'hostile',
      title: 'Hostile <svg onload=alert(1)>',
      nodes: [
        {
          id: 'g',
          title: 'G',
          kind: 'group',
          children: [
            { id: 'a', title: '</title><script>alert(1)</script>' },
            { id: 'b', title: 'B & "C"' },
          ],
        },
      ],
    });
    const file = mapSvgFile(roadmap, (id) => (id === 'a' ? 'done' : 'todo'));
    assert.equal(XMLValidator.validate(file.markup), true);
    assert.doesNotMatch(file.markup, /<script|<svg onload/);
    assert.match(file.markup, /&lt;\/title&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt; — Done/);
    assert.match(file.markup, /B &amp; &quot;C&quot; — To do/);
    assert.match(file.markup, /<style>/);
    assert.ok(file.width > 0 && file.height > 0);
  });

  it('makes a Progress Card with the title, percentage and a bar per section, summing up the rest', () => {
    const roadmap = buildRoadmap(syntheticRoadmap(2000));
    const sections = roadmap.nodes.length;
    const counter = new ProgressCounter(
      roadmap,
      new Map(roadmap.topics.slice(0, 200).map((topic) => [topic.id, { status: 'done' as Status, changedAt: 1 }])),
    );
    const card = progressCardFile(roadmap, (id) => counter.countsOf(id), '1 December 2026');
    assert.equal(XMLValidator.validate(card.markup), true);
    assert.match(card.markup, /<title>Synthetic 2000: 10% done<\/title>/);
    assert.match(card.markup, />200 of 2000 topics done</);
    assert.match(card.markup, />Section 0</);
    assert.ok(sections > CARD_MAX_SECTIONS);
    assert.match(card.markup, new RegExp(`>and ${sections - CARD_MAX_SECTIONS} more sections<`));
    assert.match(card.markup, /Roadmap Tracker · 1 December 2026/);
  });
});

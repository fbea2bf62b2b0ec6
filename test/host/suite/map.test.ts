// The map panel in a real extension host: Show Map draws every node of the merged roadmap (as its page
// reports from its DOM), a status set from the tree recolours that node and its section's bar, the map
// follows the open roadmap file, the exports write an SVG that parses and names every topic and a PNG,
// and the map comes back after a reload. Clicks and keys on the page are in test/e2e/map.e2e.ts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import * as vscode from 'vscode';
import type { TestHooks as RoadmapTrackerApi } from '../../../src/api/testHooks';
import { loadRoadmap } from '../../../src/model/loader';
import type { Roadmap } from '../../../src/model/roadmap';
import { afterReloadTag } from '../protocol';
import { pollUntil } from '../../support/poll';
import { activateExtension, deleteOnDisk, EXTENSION_ID, FIXTURE, runOn, writeOnDisk } from './helpers';

const MERGED = 'backend-engineering-merged';
const MAP_VIEW_TYPE = 'roadmapTracker.map';

const STATUS_COMMANDS = {
  done: 'roadmapTracker.markDone',
  'in-progress': 'roadmapTracker.markInProgress',
  skipped: 'roadmapTracker.markSkipped',
  todo: 'roadmapTracker.markTodo',
} as const;

type Snapshot = NonNullable<ReturnType<RoadmapTrackerApi['mapPanel']>>;

function bundledRoadmap(id: string): Roadmap {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  const folder = path.join(extension.extensionPath, 'roadmaps');
  const file = fs
    .readdirSync(folder)
    .find((name) => fs.readFileSync(path.join(folder, name), 'utf8').match(new RegExp(`^id:\\s*${id}\\s*$`, 'm')));
  assert.ok(file, `a bundled roadmap with id ${id}`);
  const roadmap = loadRoadmap(fs.readFileSync(path.join(folder, file), 'utf8')).roadmap;
  assert.ok(roadmap);
  return roadmap;
}

function until<T>(what: string, read: () => T, accept: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  return pollUntil(what, read, accept, { timeoutMs, intervalMs: 100 });
}

function drawn(api: RoadmapTrackerApi, roadmapId: string): Promise<Snapshot> {
  return until(
    `the map of ${roadmapId} drawn`,
    () => api.mapPanel(),
    (shown) => shown?.roadmapId === roadmapId && shown.drawn !== undefined,
  ) as Promise<Snapshot>;
}

function mapTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(MAP_VIEW_TYPE));
}

/** Every string under `title` elements of the parsed SVG (entities decoded by the parser). */
function titlesIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => titlesIn(child, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'title') (Array.isArray(value) ? value : [value]).forEach((title) => found.push(String(title)));
      else titlesIn(value, found);
    }
  }
  return found;
}

describe('map panel', () => {
  let api: RoadmapTrackerApi;
  const merged = (): Roadmap => bundledRoadmap(MERGED);

  before(async () => {
    api = await activateExtension();
  });

  it('draws every node of the merged roadmap once, topics with their status and sections as groups', async () => {
    const roadmap = merged();
    await vscode.commands.executeCommand('roadmapTracker.showMap', MERGED);
    const shown = await drawn(api, MERGED);
    assert.equal(shown.drawn?.size, roadmap.nodesById.size);
    for (const node of roadmap.nodesById.values()) {
      assert.equal(shown.drawn?.get(node.id), node.kind === 'group' ? 'group' : api.statusOf(MERGED, node.id), node.id);
    }
    assert.equal(mapTabs().length, 1);
    assert.match(mapTabs()[0]?.label ?? '', /^Map: /);
  });

  it('recolours a node when its status is set from the tree, without drawing the map again', async () => {
    const topic = merged().topics[3]!;
    await vscode.commands.executeCommand('roadmapTracker.showMap', MERGED);
    await drawn(api, MERGED);
    for (const status of ['done', 'in-progress', 'skipped', 'todo'] as const) {
      await runOn(STATUS_COMMANDS[status], topic.id, MERGED);
      await until(
        `${topic.id} drawn ${status}`,
        () => api.mapPanel()?.drawn?.get(topic.id),
        (shown) => shown === status,
      );
    }
  });

  it('reuses the open panel for another roadmap, and draws a workspace roadmap', async () => {
    await vscode.commands.executeCommand('roadmapTracker.showMap', FIXTURE.roadmapId);
    const shown = await until(
      'the fixture drawn',
      () => api.mapPanel(),
      (snapshot) => snapshot?.roadmapId === FIXTURE.roadmapId && snapshot.drawn !== undefined,
    );
    assert.deepEqual([...(shown?.drawn?.keys() ?? [])].sort(), [FIXTURE.group, ...FIXTURE.topics].sort());
    assert.equal(mapTabs().length, 1);
  });

  it('lays the map out again when its workspace roadmap file is edited', async () => {
    const file = 'roadmaps/map-live.roadmap.yaml';
    const yaml = (topics: string[]) =>
      `id: map-live\ntitle: Map Live\nnodes:\n  - id: part\n    title: Part\n    kind: group\n    children:\n${topics.map((id) => `      - id: ${id}\n        title: ${id.toUpperCase()}\n`).join('')}`;
    writeOnDisk(file, yaml(['one']));
    try {
      await until(
        'map-live loaded',
        () => api.roadmapIds(),
        (ids) => ids.includes('map-live'),
      );
      await vscode.commands.executeCommand('roadmapTracker.showMap', 'map-live');
      await until(
        'map-live drawn',
        () => api.mapPanel(),
        (snapshot) => snapshot?.roadmapId === 'map-live' && snapshot.drawn?.size === 2,
      );
      writeOnDisk(file, yaml(['one', 'two', 'three']));
      const shown = await until(
        'the new topics drawn',
        () => api.mapPanel(),
        (snapshot) => snapshot?.drawn?.size === 4,
      );
      assert.deepEqual([...(shown?.drawn?.keys() ?? [])], ['part', 'one', 'two', 'three']);
    } finally {
      deleteOnDisk(file);
      await until(
        'map-live gone',
        () => api.roadmapIds(),
        (ids) => !ids.includes('map-live'),
      );
    }
  });

  it('exports the map as an SVG file that parses and names every topic', async () => {
    const roadmap = merged();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'map-export-')), 'map.svg');
    await runOn('roadmapTracker.markDone', roadmap.topics[0]!.id, MERGED);
    await vscode.commands.executeCommand('roadmapTracker.exportMapSvg', MERGED, vscode.Uri.file(file));
    const text = fs.readFileSync(file, 'utf8');
    assert.equal(XMLValidator.validate(text), true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(text) as { svg?: unknown };
    assert.ok(parsed.svg, 'the root element is <svg>');
    const titles = titlesIn(parsed.svg);
    for (const topic of roadmap.topics)
      assert.ok(
        titles.some((title) => title.startsWith(`${topic.title} — `)),
        topic.title,
      );
    assert.ok(titles.includes(`${roadmap.topics[0]!.title} — Done`));
    await runOn('roadmapTracker.markTodo', roadmap.topics[0]!.id, MERGED);
  });

  it('exports the map and the Progress Card as PNG files, drawn by the page', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'map-export-'));
    for (const command of ['roadmapTracker.exportMapPng', 'roadmapTracker.exportProgressCardPng']) {
      const file = path.join(folder, `${command}.png`);
      await vscode.commands.executeCommand(command, FIXTURE.roadmapId, vscode.Uri.file(file));
      const bytes = fs.readFileSync(file);
      assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${command} wrote a PNG`);
      assert.ok(bytes.length > 1000, `${command}: ${bytes.length} bytes`);
    }
  });

  it('exports the Progress Card as SVG with the roadmap title and its percentage', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'card-export-')), 'card.svg');
    await vscode.commands.executeCommand('roadmapTracker.exportProgressCardSvg', FIXTURE.roadmapId, vscode.Uri.file(file));
    const text = fs.readFileSync(file, 'utf8');
    assert.equal(XMLValidator.validate(text), true);
    const counts = api.countsOf(FIXTURE.roadmapId);
    assert.ok(counts);
    assert.match(text, new RegExp(`<title>Practice Fixture: ${Math.floor((counts.done / counts.total) * 100)}% done</title>`));
    assert.match(text, />Basics</);
  });

  it('leaves the map of the merged roadmap open for the reload', async () => {
    await vscode.commands.executeCommand('roadmapTracker.showMap', MERGED);
    await drawn(api, MERGED);
  });

  it(`comes back after a reload showing the same roadmap ${afterReloadTag}`, async function () {
    this.timeout(90_000);
    // The serializer revived the map of the merged roadmap before anything opened a map.
    await until(
      'the revived map',
      () => api.mapPanel()?.roadmapId,
      (roadmapId) => roadmapId === MERGED,
      30_000,
    );
    // VS Code loads a revived webview only once its tab is shown, and which tab is in front after the
    // reload depends on the tests before: show it as a person clicking its tab would (the same panel).
    await vscode.commands.executeCommand('roadmapTracker.showMap', MERGED);
    const shown = await until(
      'the map restored',
      () => api.mapPanel(),
      (snapshot) => snapshot?.roadmapId === MERGED && snapshot.drawn !== undefined,
      40_000,
    );
    assert.equal(shown?.drawn?.size, merged().nodesById.size);
  });
});

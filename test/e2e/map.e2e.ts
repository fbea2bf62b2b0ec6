// The map as a person uses it (installed VSIX, code-server, chromium): open it from the Roadmaps view,
// click a node to open its topic, set statuses with keys on the focused node and see the tree follow,
// move with the arrow keys, zoom; a hostile roadmap's titles stay text and no script runs.
import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { eventually } from './eventually';
import { startSession, type E2eSession } from './session';
import type { Workbench } from './workbench';

const HOSTILE_ROADMAP = `id: hostile-map
title: "Hostile <img src=x onerror=window.__pwned=1>"
nodes:
  - id: evil
    title: "<script>window.__pwned = 2</script>"
    kind: group
    children:
      - id: svg-onload
        title: "<svg onload=window.__pwned=3><circle r=9 /></svg>"
      - id: closing
        title: "</text></g></svg><img src=x onerror=window.__pwned=4>"
`;

/** The frame of the map panel's page once it draws `nodeId`. */
async function mapFrame(wb: Workbench, nodeId: string): Promise<Frame> {
  let found: Frame | undefined;
  await eventually(
    `the map drawing ${nodeId}`,
    async () => {
      found = undefined;
      for (const frame of wb.page.frames()) {
        if (
          (await frame
            .locator(`#stage g.node[data-id="${nodeId}"]`)
            .count()
            .catch(() => 0)) > 0
        )
          found = frame;
      }
      return found !== undefined;
    },
    true,
    30_000,
  );
  return found as Frame;
}

async function topicPanelHeading(wb: Workbench): Promise<string[]> {
  const headings: string[] = [];
  for (const frame of wb.page.frames()) {
    const heading = await frame
      .locator('#topic h1')
      .textContent({ timeout: 200 })
      .catch(() => null);
    if (heading) headings.push(heading);
  }
  return headings;
}

/** Fits, zooms in to a readable size and brings the first topic into view (focus pans to it). */
async function zoomOnFirstSection(frame: Frame): Promise<void> {
  await frame.getByRole('button', { name: 'Fit to Window (0)' }).click();
  const stage = frame.locator('#stage');
  await frame.locator('#stage g.node.topic').first().focus();
  for (let step = 0; step < 10; step++) await stage.press('+');
  await stage.press('ArrowDown');
  await stage.press('ArrowUp');
}

const node = (frame: Frame, id: string) => frame.locator(`#stage g.node[data-id="${id}"]`);
const statusOf = (frame: Frame, id: string) => node(frame, id).getAttribute('data-status');
const focusedId = (frame: Frame) => frame.evaluate<string>('document.activeElement?.getAttribute("data-id") ?? ""');

describe('the map as a person uses it (installed VSIX, code-server, chromium)', function () {
  this.timeout(120_000);
  let session: E2eSession | undefined;
  let wb: Workbench;
  const dialogs: string[] = [];
  const cspViolations: string[] = [];

  before(async function () {
    this.timeout(180_000);
    session = await startSession('map', { files: { 'roadmaps/hostile-map.roadmap.yaml': HOSTILE_ROADMAP } });
    wb = session.workbench;
    wb.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    wb.page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(`${message.location().url}: ${message.text()}`);
    });
  });

  after(async () => session?.close());

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await wb.screenshot(`map-failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 40)}`).catch(() => undefined);
    }
  });

  it('opens from the roadmap row and draws every node of the roadmap', async () => {
    await wb.openRoadmapsView();
    await wb.clickInlineAction('Practice Fixture', 'Show Map');
    const frame = await mapFrame(wb, 'http');
    assert.deepEqual(
      (await frame.locator('#stage g.node').evaluateAll((nodes) => nodes.map((element) => element.getAttribute('data-id') ?? ''))).sort(),
      ['basics', 'deploy', 'http', 'indexes', 'joins', 'sql'],
    );
    assert.equal(await frame.locator('#map-title').textContent(), 'Practice Fixture');
    assert.equal(await node(frame, 'http').getAttribute('aria-label'), 'HTTP, to do');
  });

  it('opens a topic when its node is clicked', async () => {
    const frame = await mapFrame(wb, 'http');
    await node(frame, 'http').click();
    await eventually('the topic panel shows HTTP', () => topicPanelHeading(wb), ['HTTP']);
  });

  it('sets statuses with D, L, S, R and Ctrl+Enter on the focused node; the tree follows', async () => {
    const frame = await mapFrame(wb, 'http');
    await node(frame, 'http').focus();
    await wb.expand('Practice Fixture');
    await wb.expand('Basics');
    for (const [key, status, icon] of [
      ['d', 'done', 'pass-filled'],
      ['l', 'in-progress', 'play-circle'],
      ['s', 'skipped', 'circle-slash'],
      ['r', 'todo', 'circle-large-outline'],
      ['Control+Enter', 'done', 'pass-filled'],
    ] as const) {
      await node(frame, 'http').press(key);
      await eventually(`HTTP drawn ${status}`, () => statusOf(frame, 'http'), status);
      await wb.expectIcon('HTTP', icon);
    }
    await eventually('the Basics bar', () => node(frame, 'basics').locator('.count').textContent(), '1/4');
  });

  it('a status set in the tree recolours the node', async () => {
    const frame = await mapFrame(wb, 'deploy');
    await wb.select('Deploy');
    await wb.page.keyboard.press('Alt+P');
    await eventually('Deploy drawn in progress', () => statusOf(frame, 'deploy'), 'in-progress');
  });

  it('moves between nodes with the arrow keys, focus visible, and zooms with + and the toolbar', async () => {
    const frame = await mapFrame(wb, 'http');
    await node(frame, 'http').focus();
    await frame.locator('#stage').press('ArrowDown');
    await eventually('focus on SQL', () => focusedId(frame), 'sql');
    await frame.locator('#stage').press('ArrowRight');
    await eventually('focus on Joins', () => focusedId(frame), 'joins');
    await frame.locator('#stage').press('ArrowLeft');
    await eventually('focus back on SQL', () => focusedId(frame), 'sql');
    const strokeWidth = await frame.evaluate<string>(
      'getComputedStyle(document.querySelector(\'g.node[data-id="sql"] .box\')).strokeWidth',
    );
    assert.equal(strokeWidth, '3px', 'the focused node is outlined');
    const scaleOf = async () =>
      Number(/scale\(([\d.]+)/.exec((await frame.locator('g.viewport').getAttribute('transform')) ?? '')?.[1] ?? 'NaN');
    const before = await scaleOf();
    await frame.locator('#stage').press('+');
    await eventually('zoomed in', async () => (await scaleOf()) > before, true);
    const zoomed = await scaleOf();
    await frame.getByRole('button', { name: 'Fit to Window (0)' }).click();
    await eventually(
      'fitted again: the whole map inside the stage',
      async () => {
        const inside = await frame.evaluate<boolean>(`(() => {
        const stage = document.getElementById('stage').getBoundingClientRect();
        const map = document.querySelector('g.viewport').getBoundingClientRect();
        return map.left >= stage.left - 1 && map.right <= stage.right + 1 && map.top >= stage.top - 1 && map.bottom <= stage.bottom + 1;
      })()`);
        return inside && (await scaleOf()) < zoomed;
      },
      true,
    );
    await wb.screenshot('map');
  });

  it("draws a hostile roadmap's titles as text; none of its markup runs", async () => {
    const violationsBefore = cspViolations.length;
    await wb.runCommand('Roadmap: Show Map');
    const pick = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Hostile' });
    await pick.first().click();
    const frame = await mapFrame(wb, 'svg-onload');
    const labels = await frame.locator('#stage g.node title').allTextContents();
    assert.ok(
      labels.some((label) => label.startsWith('<svg onload=window.__pwned=3>')),
      labels.join('\n'),
    );
    assert.equal(
      await frame.locator('#stage script, #stage img, #stage foreignObject, #stage svg svg, #stage [onload], #stage [onerror]').count(),
      0,
    );
    assert.equal(await frame.locator('#map-title').textContent(), 'Hostile <img src=x onerror=window.__pwned=1>');
    assert.equal(await frame.evaluate('window.__pwned'), undefined);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(cspViolations.slice(violationsBefore), []);
  });

  it("the topic panel's Show Map button shows the map of the topic's roadmap", async () => {
    let topicFrame: Frame | undefined;
    for (const frame of wb.page.frames()) {
      if (
        (await frame
          .locator('#topic h1')
          .count()
          .catch(() => 0)) > 0
      )
        topicFrame = frame;
    }
    assert.ok(topicFrame, 'the topic panel is open');
    await topicFrame.getByRole('button', { name: 'Show Map' }).click();
    const frame = await mapFrame(wb, 'http');
    assert.equal(await frame.locator('#map-title').textContent(), 'Practice Fixture');
  });

  it('screenshots for the README: the merged roadmap in light and dark themes, and the Progress view', async () => {
    await wb.runCommand('View: Close All Editors');
    await wb.runCommand('Roadmap: Show Map');
    await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Backend Engineering (merged)' }).first().click();
    const frame = await mapFrame(wb, 'data-structures-algorithms');
    const allNodes = await frame.locator('#stage g.node').count();
    // Fitted to the window no title could be read: every topic is a compact box, and none is missing.
    await eventually('every topic compact at fit', () => frame.locator('#stage g.node.topic:not(.compact)').count(), 0);
    const first = frame.locator('#stage g.node.topic').first();
    await first.focus();
    for (const key of ['d', 'ArrowDown', 'd', 'ArrowDown', 'd', 'ArrowDown', 'l', 'ArrowDown', 's'])
      await frame.locator('#stage').press(key);
    await eventually('topics marked', async () => (await frame.locator('#stage g.node.topic:not(.status-todo)').count()) >= 2, true);
    await zoomOnFirstSection(frame);
    // Zoomed in, the topics on screen are drawn in full (the focused one too); those far away stay compact.
    await eventually('the focused topic in full', () => frame.locator('#stage g.node.topic:focus .label').count(), 1);
    assert.ok((await frame.locator('#stage g.node.topic.compact').count()) > 0, 'far-away topics stay compact');
    assert.equal(await frame.locator('#stage g.node').count(), allNodes);
    await wb.restPointer();
    await wb.screenshot('map-light');
    // Preferences: Color Theme (Ctrl+K Ctrl+T) straight to the picker.
    await wb.page.keyboard.press('Control+K');
    await wb.page.keyboard.press('Control+T');
    const input = wb.page.locator('.quick-input-widget .quick-input-box input');
    await input.fill('Dark Modern');
    await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dark Modern' }).first().waitFor();
    await input.press('Enter');
    await eventually('a dark theme', () => wb.page.locator('.monaco-workbench.vs-dark').count(), 1);
    await zoomOnFirstSection(frame);
    await wb.restPointer();
    await wb.screenshot('map-dark');
    await wb.runCommand('Roadmap: Show Progress');
    let progressFrame: Frame | undefined;
    await eventually(
      'the Progress view',
      async () => {
        for (const candidate of wb.page.frames()) {
          if (
            (await candidate
              .locator('#progress .streak')
              .count()
              .catch(() => 0)) > 0
          )
            progressFrame = candidate;
        }
        return progressFrame !== undefined;
      },
      true,
      30_000,
    );
    assert.match((await progressFrame?.locator('.streak').textContent()) ?? '', /^Current streak: 1 day/);
    await wb.screenshot('progress-view');
  });

  it('comes back after Developer: Reload Window with the same roadmap, zoom and pan', async () => {
    await wb.runCommand('Roadmap: Show Map');
    await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Backend Engineering (merged)' }).first().click();
    const before = await mapFrame(wb, 'data-structures-algorithms');
    const transform = await before.locator('g.viewport').getAttribute('transform');
    assert.ok(transform, 'zoomed and panned before the reload');
    await wb.reloadWindow();
    const after = await mapFrame(wb, 'data-structures-algorithms');
    await eventually('the same view', () => after.locator('g.viewport').getAttribute('transform'), transform);
  });
});

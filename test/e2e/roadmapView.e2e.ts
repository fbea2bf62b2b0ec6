// A person's path through the extension, installed from the packaged VSIX, in the browser workbench.
// The steps build on each other (one workbench for the whole story), so they run in order.
import * as assert from 'node:assert/strict';
import { eventually } from './eventually';
import { startSession, type E2eSession } from './session';
import type { Workbench } from './workbench';

describe('Roadmap Tracker as a person uses it (installed VSIX, code-server, chromium)', function () {
  this.timeout(90_000);
  let session: E2eSession | undefined;
  let wb: Workbench;

  before(async function () {
    this.timeout(180_000);
    session = await startSession('roadmap-view');
    wb = session.workbench;
  });

  after(async () => session?.close());

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await wb.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 40)}`).catch(() => undefined);
    }
  });

  it('opens the Roadmaps view from the activity bar, with every roadmap and the broken one reported', async () => {
    await wb.openRoadmapsView();
    // The view lists the followed roadmaps (here the workspace's own); this story looks at all of them.
    await wb.runCommand('Roadmap: Show All Roadmaps');
    for (const title of ['Backend Essentials', 'Backend Engineering', 'Practice Fixture', 'Broken Fixture']) {
      await wb.row(title).waitFor();
    }
    await wb.expectDescription('Practice Fixture', '0/5 · 0%');
    await wb.expectDescription('Broken Fixture', '2 problems');
    await wb.screenshot('roadmaps-view');
  });

  it('expands a roadmap and a section', async () => {
    await wb.expand('Practice Fixture');
    await wb.expand('Basics');
    for (const title of ['HTTP', 'SQL', 'Deploy']) await wb.row(title).waitFor();
    await wb.expectDescription('Basics', '0/4 · 0%');
    await wb.expectIcon('HTTP', 'circle-large-outline');
  });

  it('marks a topic done with the inline action: icon and counts change', async () => {
    await wb.clickInlineAction('HTTP', 'Toggle Done');
    await wb.expectIcon('HTTP', 'pass-filled');
    await wb.expectDescription('Basics', '1/4 · 25%');
    await wb.expectDescription('Practice Fixture', '1/5 · 20%');
    await wb.screenshot('inline-done');
  });

  it('marks a topic done from the context menu', async () => {
    await wb.clickContextMenuItem('Deploy', 'Mark Done', 'context-menu');
    await wb.expectIcon('Deploy', 'pass-filled');
    await wb.expectDescription('Practice Fixture', '2/5 · 40%');
    await wb.expectDescription('Basics', '1/4 · 25%');
  });

  it('keeps the progress after Developer: Reload Window', async () => {
    await wb.reloadWindow();
    // The reloaded window restores the side bar with the Roadmaps view open.
    await wb.row('Practice Fixture').waitFor();
    await wb.expectDescription('Practice Fixture', '2/5 · 40%');
    await wb.expand('Practice Fixture');
    await wb.expand('Basics');
    await wb.expectIcon('HTTP', 'pass-filled');
    await wb.expectIcon('Deploy', 'pass-filled');
    await wb.expectIcon('SQL', 'circle-large-outline');
  });

  it('changes status with the keyboard while the view has focus', async () => {
    await wb.select('SQL');
    await wb.page.keyboard.press('Alt+P');
    await wb.expectIcon('SQL', 'play-circle');
    await wb.screenshot('keyboard-in-progress');
    await wb.page.keyboard.press('Control+Enter');
    await wb.expectIcon('SQL', 'pass-filled');
    await wb.expectDescription('Basics', '2/4 · 50%');
    await wb.page.keyboard.press('Alt+S');
    await wb.expectIcon('SQL', 'circle-slash');
    await wb.expectDescription('Basics', '1/3 · 33% · 1 skipped');
    await wb.page.keyboard.press('Alt+T');
    await wb.expectIcon('SQL', 'circle-large-outline');
    await wb.expectDescription('Basics', '1/4 · 25%');
  });

  it('shows the roadmap in use in the status bar; clicking it goes to the next topic, to mark it done', async () => {
    await eventually('status bar text', () => wb.statusBarText(), 'Practice Fixture 2/5');
    await wb.statusBarItem().click();
    await eventually(
      'selected row',
      () => wb.page.locator('.sidebar .monaco-list-row[aria-selected="true"] .label-name').allTextContents(),
      ['SQL'],
    );
    // Revealing selects the row first and moves keyboard focus into the tree a moment later.
    await eventually('keyboard focus in the Roadmaps tree', () => wb.treeHasFocus(), true);
    await wb.page.keyboard.press('Control+Enter');
    await wb.expectIcon('SQL', 'pass-filled');
    await eventually('status bar text', () => wb.statusBarText(), 'Practice Fixture 3/5');
    const label = await wb.statusBarItem().getAttribute('aria-label');
    assert.equal(label, 'Practice Fixture: 3 of 5 topics done');
    await wb.screenshot('status-bar');
  });
});

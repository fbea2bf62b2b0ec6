// The daily driver as a person meets it (issue 14): the welcome while nothing is followed, Choose a
// Roadmap…, keys on the focused row, a filter, Go to Topic. Screenshots of each go to the run's results
// (docs/ holds copies).
import * as assert from 'node:assert/strict';
import { eventually } from './eventually';
import { startSession, type E2eSession } from './session';
import type { Workbench } from './workbench';

describe('The daily driver: follow a roadmap, find a topic, keys and filters (installed VSIX)', function () {
  this.timeout(90_000);
  let session: E2eSession | undefined;
  let wb: Workbench;

  before(async function () {
    this.timeout(180_000);
    session = await startSession('daily-driver');
    wb = session.workbench;
  });

  after(async () => session?.close());

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await wb.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 40)}`).catch(() => undefined);
    }
  });

  const quickInput = () => wb.page.locator('.quick-input-widget');
  const quickRow = (text: string) => wb.page.locator('.quick-input-list .monaco-list-row', { hasText: text });

  it('shows the welcome once no roadmap is followed', async () => {
    await wb.openRoadmapsView();
    await wb.clickContextMenuItem('Practice Fixture', 'Stop Following');
    const welcome = wb.page.locator('.sidebar .welcome-view-content');
    await welcome.getByText('Choose a Roadmap…').waitFor();
    assert.match((await welcome.textContent()) ?? '', /keeps your place in a learning roadmap/);
    assert.equal(await wb.row('Practice Fixture').count(), 0);
    await wb.restPointer();
    await wb.screenshot('welcome');
  });

  it('Choose a Roadmap… lists each roadmap with its size and whom it suits; the view shows the ones ticked', async () => {
    await wb.page.locator('.sidebar .welcome-view-content').getByText('Choose a Roadmap…').click();
    await quickRow('Backend Engineering (merged)').waitFor();
    assert.match((await quickRow('Backend Engineering (merged)').textContent()) ?? '', /Recommended start · \d+ topics · \d+ sections/);
    assert.doesNotMatch((await quickInput().textContent()) ?? '', /seed|Windows-1254/i);
    await wb.screenshot('choose-a-roadmap');
    // Typing narrows the list; a click on a row of a pick with checkboxes ticks it.
    const input = wb.page.locator('.quick-input-widget .quick-input-box input');
    for (const title of ['Backend Essentials', 'Practice Fixture']) {
      await input.fill(title);
      await quickRow(title).first().click();
      await eventually(`"${title}" ticked`, () => quickRow(title).first().locator('input[type="checkbox"]').isChecked(), true);
    }
    await input.press('Enter');
    await quickInput().waitFor({ state: 'hidden' });
    for (const title of ['Backend Essentials', 'Practice Fixture']) await wb.row(title).waitFor();
    assert.equal(await wb.row('Backend Development Roadmap').count(), 0, 'a roadmap not followed is not listed');
  });

  it('a status key changes the row focused with the arrow keys, not the one clicked', async () => {
    await wb.expand('Practice Fixture');
    await wb.expand('Basics');
    await wb.select('HTTP');
    await eventually('keyboard focus in the Roadmaps tree', () => wb.treeHasFocus(), true);
    await wb.page.keyboard.press('ArrowDown');
    await wb.page.keyboard.press('Control+Enter');
    await wb.expectIcon('SQL', 'pass-filled');
    await wb.expectIcon('HTTP', 'circle-large-outline');
  });

  it('Hide Done hides the done rows and says so; Show Done brings them back', async () => {
    await wb.clickInlineAction('Deploy', 'Toggle Done');
    await wb.expectIcon('Deploy', 'pass-filled');
    await wb.runCommand('Roadmap: Hide Done');
    await eventually('Deploy hidden', () => wb.row('Deploy').count(), 0);
    // SQL is done but stays, as the way to its open sub-topics; 29 + 5 topics, SQL and Deploy hidden.
    await wb.page.locator('.sidebar', { hasText: 'Done topics hidden · 32 of 34 shown' }).waitFor();
    await wb.row('SQL').waitFor();
    await wb.row('HTTP').waitFor();
    await wb.restPointer();
    await wb.screenshot('filtered-view');
    await wb.runCommand('Roadmap: Show Done');
    await wb.row('Deploy').waitFor();
  });

  it('Go to Topic (Ctrl+F in the view) finds a topic by its words and reveals it in its collapsed section', async () => {
    await wb.restPointer();
    await wb.select('HTTP');
    await eventually('keyboard focus in the Roadmaps tree', () => wb.treeHasFocus(), true);
    await wb.page.keyboard.press('Control+F');
    const input = wb.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill('caching');
    await quickRow('Caching').first().waitFor();
    await wb.screenshot('go-to-topic');
    await input.press('Enter');
    await quickInput().waitFor({ state: 'hidden' });
    await eventually(
      'Caching selected in the view',
      () => wb.page.locator('.sidebar .monaco-list-row[aria-selected="true"] .label-name').allTextContents(),
      ['Caching'],
    );
    await wb.page.locator('.editor-group-container .tab', { hasText: 'Caching' }).waitFor();
  });
});

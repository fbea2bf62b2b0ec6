// The topic panel as a person uses it (installed VSIX, code-server, chromium): open a topic from the
// tree, press a status button and see the tree change, open a practice file, write and save notes and
// see them in the panel, create a practice file, click links, and find the panel again after a reload.
// The fixture's HTTP topic holds script payloads in its notes; none may run.
import * as assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { eventually } from './eventually';
import { startSession, type E2eSession } from './session';
import type { Workbench } from './workbench';

async function pressedStatus(frame: Frame): Promise<string[]> {
  return frame
    .locator('button[data-status][aria-pressed="true"]')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-status') ?? ''));
}

async function editorTabs(wb: Workbench): Promise<string[]> {
  return wb.page.locator('.tabs-container .tab .label-name').allTextContents();
}

describe('the topic panel as a person uses it (installed VSIX, code-server, chromium)', function () {
  this.timeout(90_000);
  let session: E2eSession | undefined;
  let wb: Workbench;
  const dialogs: string[] = [];
  const cspViolations: string[] = [];

  before(async function () {
    this.timeout(180_000);
    session = await startSession('topic-panel');
    wb = session.workbench;
    wb.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    wb.page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
    });
  });

  after(async () => session?.close());

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await wb.screenshot(`panel-failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 40)}`).catch(() => undefined);
    }
  });

  it('opens a topic from the tree with a click; its script payloads stay text and nothing runs', async () => {
    await wb.openRoadmapsView();
    await wb.expand('Practice Fixture');
    await wb.expand('Basics');
    await wb.row('HTTP').click();
    const frame = await wb.topicPanelFrame('HTTP');
    await frame.locator('.markdown').first().waitFor();
    const notes = await frame.locator('.markdown').allTextContents();
    assert.match(notes.join('\n'), /<script>window\.__pwned = 1/);
    assert.equal(await frame.locator('#topic script, #topic img, #topic svg, #topic iframe, #topic [onerror], #topic [onload]').count(), 0);
    assert.equal(await frame.evaluate('window.__pwned'), undefined);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(await frame.locator('nav.breadcrumbs li').allTextContents(), ['Practice Fixture', 'Basics', 'HTTP']);
    await wb.screenshot('topic-panel');
  });

  it('a status button changes the tree at once, and the tree changes the panel', async () => {
    const frame = await wb.topicPanelFrame('HTTP');
    await frame.getByRole('button', { name: 'Done' }).click();
    await wb.expectIcon('HTTP', 'pass-filled');
    await wb.expectDescription('Basics', '1/4 · 25%');
    await eventually('pressed status', () => pressedStatus(frame), ['done']);

    await wb.select('HTTP');
    await wb.page.keyboard.press('Alt+P');
    await wb.expectIcon('HTTP', 'play-circle');
    await eventually('pressed status', () => pressedStatus(frame), ['in-progress']);
    await eventually('announcement', () => frame.locator('#announcer').textContent(), 'Status: In progress');
  });

  it('opens a practice file in the editor from the panel', async () => {
    const frame = await wb.topicPanelFrame('HTTP');
    await frame.getByRole('link', { name: 'labs/http/server.ts' }).click();
    await eventually('editor tabs', async () => (await editorTabs(wb)).includes('server.ts'), true);
  });

  it("creates a practice file in the topic's practice folder and lists it", async () => {
    const frame = await wb.topicPanelFrame('HTTP');
    await frame.getByRole('button', { name: 'New Practice File…' }).click();
    const input = wb.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill('drills/cache.sql');
    await input.press('Enter');
    await eventually('editor tabs', async () => (await editorTabs(wb)).includes('cache.sql'), true);
    await frame.getByRole('link', { name: 'labs/http/drills/cache.sql' }).waitFor();
  });

  it('opens personal notes from the panel; after a save the panel shows them', async () => {
    const frame = await wb.topicPanelFrame('HTTP');
    await frame.getByRole('button', { name: 'Create Notes' }).click();
    await eventually('editor tabs', async () => (await editorTabs(wb)).includes('http.md'), true, 30_000);
    await wb.page.keyboard.press('Control+End');
    await wb.page.keyboard.type('\nETags make **revalidation** cheap.\n');
    await wb.page.keyboard.press('Control+S');
    await frame.locator('.personal-notes strong', { hasText: 'revalidation' }).waitFor({ timeout: 15_000 });
    await frame.getByRole('button', { name: 'Open Notes' }).waitFor();
    await wb.screenshot('topic-panel-notes');
  });

  // Issue 11, item 12: before, the page took a well-formed message from any window and showed it.
  it('ignores a message that does not come from the extension, even from the workbench window', async () => {
    const frame = await wb.topicPanelFrame('HTTP');
    const forged = {
      type: 'state',
      state: {
        roadmapId: 'practice-fixture',
        topicId: 'http',
        title: 'Forged',
        breadcrumbs: [],
        status: 'skipped',
        restricted: false,
        notes: [],
        links: [],
        practice: { files: [] },
        personalNotes: { exists: false },
      },
    };
    // From the workbench (top) window, which code-server serves from the webview's own origin.
    const posted = await wb.page.evaluate<number>(`(() => {
      let count = 0;
      for (const outer of document.querySelectorAll('iframe')) {
        const inner = outer.contentWindow && outer.contentWindow.frames;
        for (let index = 0; inner && index < inner.length; index++, count++) inner[index].postMessage(${JSON.stringify(forged)}, '*');
      }
      return count;
    })()`);
    assert.ok(posted > 0, "the forged message reached the panel's frame");
    // A real message after it (the status the tree sets): once the page shows that, the forged one,
    // posted earlier, has long been handled.
    for (const [key, status] of [
      ['Alt+D', 'done'],
      ['Alt+P', 'in-progress'],
    ] as const) {
      await wb.select('HTTP');
      await wb.page.keyboard.press(key);
      await eventually('pressed status', () => pressedStatus(frame), [status], 20_000);
      assert.equal(await frame.locator('#topic h1').textContent(), 'HTTP');
    }
  });

  // Issue 11, item 11: before, the webview host opened the clicked address itself (a new tab, no prompt)
  // and the extension then asked as well; a workspace link also opened a stray tab at the webview's URL.
  describe('links open exactly once, through VS Code', () => {
    const opened: Page[] = [];
    const countPage = (page: Page): void => void opened.push(page);
    const rfc = 'https://www.rfc-editor.org/rfc/rfc9110';
    before(async () => {
      wb.page.context().on('page', countPage);
      // No network here: the opened page gets a stand-in for the site, so it keeps the address it was given.
      await wb.page.context().route(rfc, (route) => route.fulfill({ contentType: 'text/html', body: '<title>RFC 9110</title>' }));
    });
    after(async () => {
      wb.page.context().off('page', countPage);
      await wb.page.context().unroute(rfc);
    });

    it('a web link asks once (link protection) and then opens one page', async () => {
      const frame = await wb.topicPanelFrame('HTTP');
      await frame.getByRole('link', { name: 'RFC 9110: HTTP Semantics' }).click();
      const prompt = wb.page.locator('.monaco-dialog-box');
      await prompt.waitFor();
      assert.equal(await prompt.count(), 1);
      assert.match((await prompt.textContent()) ?? '', /www\.rfc-editor\.org/);
      assert.equal(opened.length, 0, 'nothing opened before the prompt was answered');
      await wb.screenshot('topic-panel-link-prompt');
      await prompt.getByRole('button', { name: 'Open' }).click();
      await prompt.waitFor({ state: 'detached' });
      await eventually('pages opened', async () => opened.length, 1, 20_000);
      await eventually('the opened page', async () => opened[0]!.url(), rfc, 20_000);
    });

    it('a workspace link in the notes opens the file in the editor and no page', async () => {
      const frame = await wb.topicPanelFrame('HTTP');
      await frame.getByRole('button', { name: 'Open Notes' }).click();
      await wb.page.locator('.editor-group-container.active .tab.active', { hasText: 'http.md' }).waitFor();
      await wb.editorText().click();
      await wb.page.keyboard.press('Control+End');
      await wb.page.keyboard.type('\nStart from [the workspace readme](README.md).\n');
      await wb.page.keyboard.press('Control+S');
      await wb.expectSaved();
      const link = frame.getByRole('link', { name: 'the workspace readme' });
      await link.waitFor({ timeout: 15_000 });
      await link.click();
      await eventually('editor tabs', async () => (await editorTabs(wb)).includes('README.md'), true, 20_000);
      // The web link's page and nothing else: no second copy of it, no stray tab for the workspace link.
      assert.equal(opened.length, 1, opened.map((page) => page.url()).join(', '));
      assert.equal(await wb.page.locator('.monaco-dialog-box').count(), 0);
    });
  });

  it('comes back after Developer: Reload Window, showing the same topic and status', async () => {
    await wb.reloadWindow();
    const frame = await wb.topicPanelFrame('HTTP');
    await eventually('pressed status', () => pressedStatus(frame), ['in-progress']);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(cspViolations, []);
  });

  // Last (mocha runs a block's own tests before its nested blocks): it leaves the Explorer in front.
  describe('a missing practice folder', () => {
    it('creates a missing practice folder from its name in the panel and offers it a first file', async () => {
      await wb.openRoadmapsView();
      await wb.select('Deploy');
      await wb.page.keyboard.press('Enter');
      const frame = await wb.topicPanelFrame('Deploy');
      const folderLink = frame.getByRole('link', { name: 'practice/practice-fixture/deploy/' });
      assert.match((await folderLink.locator('xpath=..').textContent()) ?? '', /does not exist yet/);
      await folderLink.click();
      const input = wb.page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor();
      await input.fill('first.sql');
      await input.press('Enter');
      await eventually('editor tabs', async () => (await editorTabs(wb)).includes('first.sql'), true);
      await frame.getByRole('link', { name: 'practice/practice-fixture/deploy/first.sql' }).waitFor();
    });
  });
});

// Issue 13: the installed VSIX in code-server's web worker extension host, as on vscode.dev and
// github.dev: the tree with workspace roadmaps and their problems, the topic panel with notes and
// practice files, and a status change, each as a person sees it.
import * as assert from 'node:assert/strict';
import { WEB_WORKER_HOST_SETTINGS } from '../support/codeServer';
import { eventually } from './eventually';
import { startSession, type E2eSession } from './session';
import type { Workbench } from './workbench';

describe('Roadmap Tracker in the web worker extension host (installed VSIX, code-server, chromium)', function () {
  this.timeout(90_000);
  let session: E2eSession | undefined;
  let wb: Workbench;

  before(async function () {
    this.timeout(180_000);
    session = await startSession('web-worker', { userSettings: WEB_WORKER_HOST_SETTINGS });
    wb = session.workbench;
  });

  after(async () => session?.close());

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await wb.screenshot(`web-failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 40)}`).catch(() => undefined);
    }
  });

  it('runs in the web worker host, as Developer: Show Running Extensions says', async () => {
    await wb.runCommand('Developer: Show Running Extensions');
    const row = wb.page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Roadmap Tracker' });
    await eventually(
      'where Roadmap Tracker runs',
      async () => ((await row.count()) > 0 ? ((await row.first().locator('.msg').textContent()) ?? '').trim() : ''),
      'web worker',
    );
    await wb.screenshot('web-running-extensions');
  });

  it('shows the tree with the workspace roadmap and the broken one with its problems', async () => {
    await wb.openRoadmapsView();
    await wb.expectDescription('Practice Fixture', '0/5 · 0%');
    await wb.row('Broken Fixture').waitFor();
    await wb.expectDescription('Broken Fixture', '2 problems');
    await wb.expand('Practice Fixture');
    await wb.expand('Basics');
    await wb.expectIcon('HTTP', 'circle-large-outline');
  });

  it('opens the topic panel with its notes and practice files', async () => {
    await wb.row('HTTP').click();
    const frame = await wb.topicPanelFrame('HTTP');
    await frame.locator('.markdown').first().waitFor();
    assert.match((await frame.locator('.markdown').allTextContents()).join('\n'), /<script>window\.__pwned = 1/);
    await frame.getByRole('link', { name: 'labs/http/server.ts' }).waitFor();
    await wb.screenshot('web-topic-panel');
  });

  it('a status button in the panel changes the tree and the counts', async () => {
    const frame = await wb.topicPanelFrame('HTTP');
    await frame.getByRole('button', { name: 'Done' }).click();
    await wb.expectIcon('HTTP', 'pass-filled');
    await wb.expectDescription('Basics', '1/4 · 25%');
    await wb.expectDescription('Practice Fixture', '1/5 · 20%');
    await eventually('status bar', () => wb.statusBarText(), 'Practice Fixture 1/5');
    await wb.screenshot('web-status-change');
  });
});

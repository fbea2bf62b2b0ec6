// A practice check as a person uses it (installed VSIX, code-server, chromium): set a check from the topic
// panel, run it there, approve the command once, and see the result in the panel and in the tree; take
// the Mark Done offer; then a failing check shows as failed in both places.
import type { Frame } from 'playwright-core';
import { eventually } from './eventually';
import { startSession, type E2eSession } from './session';
import type { Workbench } from './workbench';

async function checkResult(frame: Frame): Promise<string> {
  const result = frame.locator('#check [data-check-result]');
  return (await result.count()) > 0 ? ((await result.first().getAttribute('data-check-result')) ?? '') : '';
}

describe('a practice check as a person uses it (installed VSIX, code-server, chromium)', function () {
  this.timeout(90_000);
  let session: E2eSession | undefined;
  let wb: Workbench;

  before(async function () {
    this.timeout(180_000);
    session = await startSession('checks');
    wb = session.workbench;
  });

  after(async () => session?.close());

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await wb.screenshot(`checks-failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 40)}`).catch(() => undefined);
    }
  });

  async function setCheck(frame: Frame, command: string): Promise<void> {
    await frame.locator('#check button[data-check-action="set-check"]').click();
    const input = wb.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill(command);
    await input.press('Enter');
    await eventually('the command in the panel', () => frame.locator('#check .check-command code').textContent(), command);
  }

  it('sets a check in the panel, runs it after one approval, and shows "passed" in the panel and the tree', async () => {
    await wb.openRoadmapsView();
    await wb.expand('Practice Fixture');
    await wb.expand('Basics');
    await wb.row('HTTP').click();
    const frame = await wb.topicPanelFrame('HTTP');
    await frame.locator('#check').waitFor();
    await setCheck(frame, 'node -e "console.log(\'all good\')"');

    await frame.getByRole('button', { name: 'Run Check' }).click();
    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    await eventually(
      'the command shown in full',
      async () => ((await dialog.textContent()) ?? '').includes('node -e "console.log(\'all good\')"'),
      true,
    );
    await wb.screenshot('check-approval');
    await dialog.getByRole('button', { name: 'Run' }).click();

    await eventually('the panel shows the result', () => checkResult(frame), 'passed', 30_000);
    await wb.expectDescription('HTTP', 'check passed');
    await wb.screenshot('check-passed');
  });

  it('takes the Mark Done offer: the topic is done, marked as done by its check', async () => {
    const frame = await wb.topicPanelFrame('HTTP');
    const offer = wb.page.locator('.notification-toast', { hasText: 'passed. Mark the topic done?' });
    await offer.getByRole('button', { name: 'Mark Done' }).click();
    await wb.expectIcon('HTTP', 'pass-filled');
    await frame.locator('#check', { hasText: 'Marked done by its passing check' }).waitFor();
  });

  it('a failing check shows as failed in the panel and the tree', async () => {
    const frame = await wb.topicPanelFrame('HTTP');
    await setCheck(frame, 'node -e "process.exit(3)"');
    await frame.getByRole('button', { name: 'Run Check' }).click();
    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.getByRole('button', { name: 'Run' }).click();
    await eventually('the panel shows the result', () => checkResult(frame), 'failed', 30_000);
    await wb.expectDescription('HTTP', 'check failed');
    await wb.expectIcon('HTTP', 'pass-filled');
  });
});

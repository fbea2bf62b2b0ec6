// A person fixes their own roadmap file: the Problems panel says what is wrong and where, they correct
// it by typing, save, and the roadmap joins the others in the Roadmaps view.
import { eventually } from './eventually';
import { startSession, type E2eSession } from './session';
import type { Workbench } from './workbench';

const UNKNOWN_KEY = 'unknown key "titel"; did you mean "title"?';
const MISSING_TITLE = '"title" is missing';

describe('Fixing a broken workspace roadmap (installed VSIX, code-server, chromium)', function () {
  this.timeout(90_000);
  let session: E2eSession | undefined;
  let wb: Workbench;

  before(async function () {
    this.timeout(180_000);
    session = await startSession('workspace-roadmap');
    wb = session.workbench;
  });

  after(async () => session?.close());

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await wb.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 40)}`).catch(() => undefined);
    }
  });

  it('lists the broken file’s problems in the Problems panel, with squiggles in the editor', async () => {
    await wb.openRoadmapsView();
    await wb.expectDescription('Broken Fixture', '2 problems');
    await wb.restPointer();
    await wb.openFile('broken.roadmap.yaml');
    await wb.openProblemsPanel();
    await eventually('the Problems panel', async () => (await wb.problemMessages()).sort(), [MISSING_TITLE, UNKNOWN_KEY].sort());
    await eventually('error squiggles', async () => (await wb.errorSquiggleCount()) > 0, true);
    await wb.restPointer();
    await wb.screenshot('problems-panel');
  });

  it('clears them when the key is corrected by typing and saved, and the roadmap appears in the view', async () => {
    // Line 8 reads "    titel: Second": go there, select the key, type the right one.
    await wb.goToLine(8);
    await wb.page.keyboard.press('Home');
    await wb.page.keyboard.press('Control+Shift+ArrowRight');
    await wb.page.keyboard.type('title');
    await wb.page.keyboard.press('Escape');
    // Checked as it is typed, before the save.
    await eventually('the Problems panel before the save', () => wb.problemMessages(), []);
    await wb.page.keyboard.press('Control+S');
    await wb.expectSaved();
    await eventually('the Problems panel after the save', () => wb.problemMessages(), []);
    await eventually('error squiggles', () => wb.errorSquiggleCount(), 0);
    await wb.expectDescription('Broken Fixture', '0/2 · 0%');
    await wb.expand('Broken Fixture');
    for (const title of ['First', 'Second']) await wb.row(title).waitFor();
    await wb.restPointer();
    await wb.screenshot('fixed');
  });

  it('keeps the roadmap expanded and its progress when the file is edited again', async () => {
    await wb.clickInlineAction('First', 'Toggle Done');
    await wb.expectIcon('First', 'pass-filled');
    await wb.goToLine(8);
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.type(' steps');
    await wb.page.keyboard.press('Escape');
    await wb.page.keyboard.press('Control+S');
    await wb.expectSaved();
    // Still expanded: the renamed topic shows without opening the roadmap again.
    await wb.row('Second steps').waitFor();
    await wb.expectIcon('First', 'pass-filled');
    await wb.expectDescription('Broken Fixture', '1/2 · 50%');
  });
});

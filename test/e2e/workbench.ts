// What the end-to-end tests see and do in the workbench, in a person's terms: the Roadmaps view's rows,
// their icons and counts, menus, keys, the status bar. Selectors are VS Code's own DOM (1.99).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { eventually } from './eventually';

export const STATUS_BAR_ITEM_ID = 'roadmap-tracker.roadmap-tracker.roadmapTracker.progress';

function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

export class Workbench {
  private shots = 0;

  constructor(
    readonly page: Page,
    private readonly screenshotDir: string,
  ) {}

  /** Waits until the workbench has loaded and the extension's status-bar item is there. */
  async waitUntilReady(): Promise<void> {
    await this.page.locator('.monaco-workbench .activitybar').waitFor({ timeout: 60_000 });
    await this.statusBarItem().waitFor({ timeout: 60_000 });
  }

  /** Clicks the activity-bar entry (a second click would close the side bar, so only when not shown). */
  async openRoadmapsView(): Promise<void> {
    const tab = this.page.getByRole('tab', { name: /^Roadmap Tracker/ });
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    await this.row('Practice Fixture').waitFor();
  }

  /** A row of the Roadmaps view by its exact label. */
  row(label: string): Locator {
    return this.page
      .locator('.sidebar .monaco-list-row[role="treeitem"]')
      .filter({ has: this.page.locator('.label-name', { hasText: exactly(label) }) });
  }

  /** The row's description (counts), '' when it has none. */
  async descriptionOf(label: string): Promise<string> {
    const description = this.row(label).locator('.label-description');
    return (await description.count()) > 0 ? ((await description.textContent()) ?? '').trim() : '';
  }

  async expectDescription(label: string, description: string): Promise<void> {
    await eventually(`description of "${label}"`, () => this.descriptionOf(label), description);
  }

  async statusBarText(): Promise<string> {
    return ((await this.statusBarItem().textContent()) ?? '').trim();
  }

  /** The codicon id the row's icon shows, e.g. "pass-filled". */
  async iconOf(label: string): Promise<string> {
    const classes = (await this.row(label).locator('.custom-view-tree-node-item-icon').getAttribute('class')) ?? '';
    const icon = classes.split(/\s+/).find((name) => name.startsWith('codicon-') && name !== 'codicon');
    return icon?.slice('codicon-'.length) ?? '';
  }

  async expectIcon(label: string, icon: string): Promise<void> {
    await eventually(`icon of "${label}"`, () => this.iconOf(label), icon);
  }

  async expand(label: string): Promise<void> {
    const row = this.row(label);
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.locator('.monaco-tl-twistie').click();
    await eventually(`"${label}" expanded`, () => row.getAttribute('aria-expanded'), 'true');
  }

  /** Hovers the row and clicks one of its inline action buttons. */
  async clickInlineAction(label: string, action: string): Promise<void> {
    const row = this.row(label);
    await row.hover();
    await row.locator(`.actions .action-label[aria-label^="${action}"]`).click();
  }

  /** Right-clicks the row and picks `item`; `screenshotName` takes a picture while the menu is open. */
  async clickContextMenuItem(label: string, item: string, screenshotName?: string): Promise<void> {
    await this.row(label).click({ button: 'right' });
    // The menu's items are named with their keys too ("Mark Done Alt+D"); match the label itself.
    const menuItem = this.page.locator('.monaco-menu .action-item .action-label', { hasText: exactly(item) });
    // The menu ignores a click that comes too soon after it opened; move onto the item first, as a hand does.
    await menuItem.hover();
    await eventually(
      `"${item}" highlighted`,
      () => menuItem.evaluate((element) => element.closest('.action-item')?.classList.contains('focused') ?? false),
      true,
    );
    if (screenshotName) await this.screenshot(screenshotName);
    await menuItem.click();
    await menuItem.waitFor({ state: 'detached' });
  }

  async select(label: string): Promise<void> {
    await this.row(label).click();
    await eventually(`"${label}" selected`, () => this.row(label).getAttribute('aria-selected'), 'true');
  }

  /** Whether keyboard focus is inside the side bar's tree, where the view's keys apply. */
  async treeHasFocus(): Promise<boolean> {
    return (await this.page.locator('.sidebar .monaco-list:focus-within').count()) > 0;
  }

  statusBarItem(): Locator {
    return this.page.locator(`[id="${STATUS_BAR_ITEM_ID}"]`);
  }

  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await input.press('Enter');
  }

  /** Quick Open (Ctrl+P): types the file name and opens the first match in the editor. */
  async openFile(fileName: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill(fileName);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor();
    await input.press('Enter');
    await this.page.locator('.editor-group-container .tab.active', { hasText: fileName }).waitFor();
    await this.editorText().waitFor();
  }

  /** The text area of the active editor. */
  editorText(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor .view-lines');
  }

  /** Error squiggles the active editor shows. */
  async errorSquiggleCount(): Promise<number> {
    return this.page.locator('.editor-group-container.active .monaco-editor .squiggly-error').count();
  }

  /** Go to Line (Ctrl+G) in the active editor. */
  async goToLine(line: number): Promise<void> {
    await this.editorText().click();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill(`:${line}`);
    await input.press('Enter');
    await input.waitFor({ state: 'hidden' });
  }

  /** Waits until the active editor's tab no longer shows unsaved changes. */
  async expectSaved(): Promise<void> {
    await eventually('the active tab saved', () => this.page.locator('.editor-group-container.active .tab.active.dirty').count(), 0);
  }

  /** Rests the pointer on the empty foot of the side bar, so no hover or tooltip covers a screenshot. */
  async restPointer(): Promise<void> {
    const box = await this.page.locator('.part.sidebar').boundingBox();
    if (box) await this.page.mouse.move(box.x + box.width / 2, box.y + box.height - 20);
  }

  /** View: Problems (Ctrl+Shift+M). */
  async openProblemsPanel(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+M');
    await this.page.locator('.markers-panel').waitFor();
  }

  /** The messages the Problems panel lists (file rows left out). */
  async problemMessages(): Promise<string[]> {
    const messages = this.page.locator('.markers-panel .monaco-list-row .marker-message-line .marker-message');
    return (await messages.allTextContents()).map((text) => text.trim());
  }

  /** Developer: Reload Window, as a person would run it; resolves once the new window is ready. */
  async reloadWindow(): Promise<void> {
    const reloaded = this.page.waitForEvent('load', { timeout: 60_000 });
    await this.runCommand('Developer: Reload Window');
    await reloaded;
    await this.waitUntilReady();
  }

  /** The frame of the topic panel's page (VS Code nests it in two iframes), once it shows `title`. */
  async topicPanelFrame(title: string): Promise<Frame> {
    let found: Frame | undefined;
    await eventually(
      `the topic panel showing "${title}"`,
      async () => {
        found = undefined;
        for (const frame of this.page.frames()) {
          const heading = await frame
            .locator('#topic h1')
            .textContent({ timeout: 200 })
            .catch(() => null);
          if (heading === title) found = frame;
        }
        return found !== undefined;
      },
      true,
      20_000,
    );
    return found as Frame;
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(this.screenshotDir, { recursive: true });
    this.shots++;
    const file = path.join(this.screenshotDir, `${String(this.shots).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}

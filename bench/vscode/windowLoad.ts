// One fresh window load of the workbench in a new page: the extension's view container is opened as
// soon as its activity-bar tab appears (code-server does not restore it in a new page), then the times
// from navigation until its tree shows rows, then the activation time VS Code reports for the extension
// (Developer: Show Running Extensions: code loading + activate call, as the extension host times them).
import type { BrowserContext, Page } from 'playwright-core';
import { observeRows, ROW_TIMES_PROPERTY, type RowTimes } from './rowObserver';

export interface WindowLoadFigures {
  /** Navigation start → the first row in the side bar's tree. */
  readonly firstRowMs: number;
  /** Navigation start → the row labelled as asked; undefined when no label was asked for. */
  readonly labelledRowMs?: number;
  /** As Show Running Extensions reports it. */
  readonly activationMs: number;
}

/** Far above any load the bench expects; only a guard against a hang. */
const HANG_GUARD_MS = 180_000;

export interface WindowLoadRequest {
  readonly url: string;
  /** The view container's id and title, as in package.json (viewsContainers). */
  readonly container: { readonly id: string; readonly title: string };
  /** The package name, which names the extension's row in Show Running Extensions. */
  readonly extensionName: string;
  /** A row to wait for besides the first. */
  readonly label?: string;
  /** A command (palette title) run once the container is open, before waiting for rows (unmeasured set-up loads). */
  readonly setUpCommand?: string;
  /** Where a screenshot goes when the load fails. */
  readonly failureScreenshot: string;
}

export async function measureWindowLoad(context: BrowserContext, request: WindowLoadRequest): Promise<WindowLoadFigures> {
  const { url, extensionName, label, container } = request;
  const page = await context.newPage();
  try {
    await page.addInitScript(observeRows, { containerId: container.id, label });
    await page.goto(url);
    const tab = page.getByRole('tab', { name: new RegExp(`^${container.title}`) });
    await tab.waitFor({ timeout: HANG_GUARD_MS });
    // A second click would close the side bar.
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click({ timeout: HANG_GUARD_MS });
    if (request.setUpCommand !== undefined) await runCommand(page, request.setUpCommand);
    const times = await waitForRows(page, label !== undefined);
    const activationMs = await reportedActivationMs(page, extensionName);
    // Leave no editor open: the next window would restore it.
    await runCommand(page, 'View: Close All Editors');
    await page.locator('.runtime-extensions-editor').waitFor({ state: 'detached', timeout: HANG_GUARD_MS });
    return { firstRowMs: times.firstRow as number, labelledRowMs: times.labelledRow, activationMs };
  } catch (failure) {
    await page.screenshot({ path: request.failureScreenshot }).catch(() => undefined);
    throw new Error(`the window load of ${url} failed (screenshot: ${request.failureScreenshot}): ${String(failure)}`, { cause: failure });
  } finally {
    await page.close();
  }
}

async function waitForRows(page: Page, withLabel: boolean): Promise<RowTimes> {
  const handle = await page.waitForFunction(
    ({ property, withLabel: needLabel }) => {
      const times = (globalThis as unknown as Record<string, RowTimes | undefined>)[property];
      return times?.firstRow !== undefined && (!needLabel || times.labelledRow !== undefined) ? times : undefined;
    },
    { property: ROW_TIMES_PROPERTY, withLabel },
    { timeout: HANG_GUARD_MS, polling: 100 },
  );
  return (await handle.jsonValue()) as RowTimes;
}

export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ timeout: HANG_GUARD_MS });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: HANG_GUARD_MS });
  await input.press('Enter');
}

/** Opens Developer: Show Running Extensions and reads the extension's "Activation: N ms". */
async function reportedActivationMs(page: Page, extensionName: string): Promise<number> {
  await runCommand(page, 'Developer: Show Running Extensions');
  // Each row's accessible name is the extension's package name.
  const row = page.locator(`.runtime-extensions-editor .monaco-list-row[aria-label="${extensionName}"]`);
  const time = row.locator('.activation-time');
  await time.filter({ hasText: /\d+\s*ms/ }).waitFor({ timeout: HANG_GUARD_MS });
  const text = (await time.textContent()) ?? '';
  const match = /(\d+)\s*ms/.exec(text);
  if (!match) throw new Error(`could not read an activation time from "${text}"`);
  return Number(match[1]);
}

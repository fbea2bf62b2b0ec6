// Runs in the workbench page before its own scripts (a Playwright init script): notes the time, from
// the start of navigation (performance.now()), when the view container's tree first shows a row, and
// when it first shows the row labelled `label`. Watching DOM changes rather than polling from outside, so the
// times carry no polling delay.

export interface RowTimes {
  firstRow?: number;
  labelledRow?: number;
}

export interface RowObserverOptions {
  /** The view container's id, as in package.json (viewsContainers). */
  readonly containerId: string;
  readonly label?: string;
}

/** The property of `window` the times are kept under. */
export const ROW_TIMES_PROPERTY = '__benchRowTimes';

/** The few browser globals the observer uses (the bench compiles without the DOM library). */
interface PageGlobals {
  __benchRowTimes?: RowTimes;
  readonly document: {
    querySelector(selector: string): object | null;
    querySelectorAll(selector: string): Iterable<{ readonly textContent: string | null }>;
  };
  readonly MutationObserver: new (callback: () => void) => { observe(target: object, options: object): void; disconnect(): void };
}

/** Serialized into the page: uses nothing from outside its own body. */
export function observeRows(options: RowObserverOptions): void {
  const page = globalThis as unknown as PageGlobals;
  const { document } = page;
  const times: RowTimes = {};
  page.__benchRowTimes = times;
  const rowSelector = `[id="workbench.view.extension.${options.containerId}"] .monaco-list-row[role="treeitem"]`;
  const observer = new page.MutationObserver(() => {
    if (times.firstRow === undefined && document.querySelector(rowSelector)) times.firstRow = performance.now();
    if (options.label !== undefined && times.labelledRow === undefined) {
      for (const name of document.querySelectorAll(`${rowSelector} .label-name`)) {
        if (name.textContent?.trim() === options.label) {
          times.labelledRow = performance.now();
          break;
        }
      }
    }
    if (times.firstRow !== undefined && (options.label === undefined || times.labelledRow !== undefined)) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

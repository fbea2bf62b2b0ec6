// VS Code for the web can leave a webview blank: its iframe waits for the webview service worker to take
// control and sometimes never gets it ("Found unexpected service worker controller … Waiting for
// controllerchange", microsoft/vscode#125993 and its kin). The page's script then never runs, never says
// "ready", and the panel stays empty. Setting the HTML again loads a new iframe, which gets another chance.
import type * as vscode from 'vscode';

/**
 * How long a shown page may take to say "ready" before it is loaded again; each further attempt waits twice
 * as long, so that a page that is only slow (a busy machine) is not interrupted again and again.
 */
const READY_WAIT_MS = 8_000;
/** Loads again at most this many times per panel; a page that never loads after that is logged. */
const MAX_RELOADS = 3;

export function reloadUntilReady(
  panel: vscode.WebviewPanel,
  html: () => string,
  isReady: () => boolean,
  log: vscode.LogOutputChannel,
  name: string,
  waitMs = READY_WAIT_MS,
): vscode.Disposable {
  let reloads = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = (): void => {
    clearTimeout(timer);
    // A hidden page is discarded (no retainContextWhenHidden) and loads when shown again.
    if (!panel.visible || isReady()) return;
    const wait = waitMs * 2 ** reloads;
    timer = setTimeout(() => {
      if (!panel.visible || isReady()) return;
      if (reloads >= MAX_RELOADS) {
        log.error(`${name}: the page did not load after ${MAX_RELOADS} attempts`);
        return;
      }
      reloads++;
      log.warn(`${name}: the page did not say it was ready within ${wait / 1000} s; loading it again`);
      panel.webview.html = html();
      check();
    }, wait);
  };
  check();
  const subscription = panel.onDidChangeViewState(check);
  return {
    dispose: () => {
      clearTimeout(timer);
      subscription.dispose();
    },
  };
}

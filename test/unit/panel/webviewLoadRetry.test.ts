// A page that never says "ready" (VS Code for the web's webview service worker did not take control) is
// loaded again, a bounded number of times, only while it is shown; a page that loads is left alone.
import { strict as assert } from 'node:assert';
import type * as vscode from 'vscode';
import { reloadUntilReady } from '../../../src/views/webviewLoadRetry';

function fakePanel(): { panel: vscode.WebviewPanel; loads: () => number; show: (visible: boolean) => void } {
  let loads = 0;
  let visible = true;
  const listeners: (() => void)[] = [];
  const webview = {
    set html(_value: string) {
      loads++;
    },
  };
  const panel = {
    get visible() {
      return visible;
    },
    webview,
    onDidChangeViewState: (listener: () => void) => {
      listeners.push(listener);
      return { dispose: () => listeners.splice(listeners.indexOf(listener), 1) };
    },
  } as unknown as vscode.WebviewPanel;
  return {
    panel,
    loads: () => loads,
    show: (shown) => {
      visible = shown;
      listeners.forEach((listener) => listener());
    },
  };
}

const logged: string[] = [];
const log = {
  warn: (text: string) => logged.push(`warn ${text}`),
  error: (text: string) => logged.push(`error ${text}`),
} as unknown as vscode.LogOutputChannel;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Watches a panel whose page never says ready, waiting `waitMs` before the first load again. */
const neverReady = (panel: vscode.WebviewPanel, waitMs: number): vscode.Disposable =>
  reloadUntilReady(
    panel,
    () => '<html>',
    () => false,
    log,
    'Test panel',
    waitMs,
  );

describe('reloading a webview page that never says ready', () => {
  beforeEach(() => (logged.length = 0));

  it('loads it again at most three times, then logs an error', async () => {
    const { panel, loads } = fakePanel();
    const watch = neverReady(panel, 5);
    await pause(150);
    watch.dispose();
    assert.equal(loads(), 3);
    assert.equal(logged.filter((line) => line.startsWith('warn')).length, 3);
    assert.match(logged.at(-1) ?? '', /^error Test panel: the page did not load after 3 attempts/);
  });

  it('waits twice as long before each further load', async () => {
    const { panel, loads } = fakePanel();
    const watch = neverReady(panel, 40);
    await pause(90); // the first load again at 40 ms; the second would be at 40 + 80 ms
    const early = loads();
    await pause(80);
    watch.dispose();
    assert.equal(early, 1);
    assert.equal(loads(), 2);
    assert.match(logged[1] ?? '', /within 0\.08 s/);
  });

  it('stops once the page is ready', async () => {
    const { panel, loads } = fakePanel();
    let ready = false;
    const watch = reloadUntilReady(
      panel,
      () => {
        ready = true;
        return '<html>';
      },
      () => ready,
      log,
      'Test panel',
      5,
    );
    await pause(60);
    watch.dispose();
    assert.equal(loads(), 1);
  });

  it('does nothing while the panel is hidden, and starts again when it is shown', async () => {
    const { panel, loads, show } = fakePanel();
    show(false);
    const watch = neverReady(panel, 5);
    await pause(40);
    assert.equal(loads(), 0);
    show(true);
    await pause(150);
    watch.dispose();
    assert.equal(loads(), 3);
  });
});

// Registers the Progress view at activation. Its page (dist/progressView.js, progressViewPage.ts) is
// required when the view is first shown or a test reads it: until then nothing is computed or watched.
import * as vscode from 'vscode';
import { PROGRESS_VIEW_ID } from '../../contracts/activitySettings';
import type * as ProgressViewPageModule from './progressViewPage';
import type { ProgressViewDependencies, ProgressViewPage, ProgressViewSnapshot } from './progressViewPage';
import type { ProgressOverview } from '../../model/progressOverview';
export type { ProgressViewDependencies, ProgressViewSnapshot } from './progressViewPage';

export class ProgressViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private loaded: ProgressViewPage | undefined;

  constructor(private readonly deps: ProgressViewDependencies) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.page().resolveWebviewView(view);
  }

  /** What the view last computed and what its page reported showing (for the tests). */
  snapshot(): ProgressViewSnapshot {
    return this.loaded?.snapshot() ?? {};
  }

  /** The overview as it stands now. */
  overview(): ProgressOverview {
    return this.page().overview();
  }

  dispose(): void {
    this.loaded?.dispose();
  }

  private page(): ProgressViewPage {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle of its own, loaded on first use
    this.loaded ??= new (require('./progressViewPage') as typeof ProgressViewPageModule).ProgressViewPage(this.deps);
    return this.loaded;
  }
}

export function registerProgressView(extensionContext: vscode.ExtensionContext, deps: ProgressViewDependencies): ProgressViewProvider {
  const provider = new ProgressViewProvider(deps);
  extensionContext.subscriptions.push(provider, vscode.window.registerWebviewViewProvider(PROGRESS_VIEW_ID, provider));
  return provider;
}

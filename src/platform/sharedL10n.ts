// Modules that stay free of `vscode` (so they run in plain Node tests) translate with `@vscode/l10n`;
// this hands them the bundle VS Code loaded for the display language. English needs no bundle.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';

export function shareL10nBundle(): void {
  const bundle = vscode.l10n.bundle;
  if (bundle !== undefined) l10n.config({ contents: bundle });
}

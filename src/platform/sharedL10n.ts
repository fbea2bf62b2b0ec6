// Modules that stay free of `vscode` (so they run in plain Node tests) translate with `@vscode/l10n`;
// this hands them the bundle VS Code loaded for the display language. English needs no bundle.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { setMessageLanguage } from '../model/messageNumbers';

/** Also sets how the model writes numbers in its messages (this bundle's copy of messageNumbers). */
export function shareL10nBundle(): void {
  const bundle = vscode.l10n.bundle;
  if (bundle !== undefined) l10n.config({ contents: bundle });
  setMessageLanguage(vscode.env.language);
}

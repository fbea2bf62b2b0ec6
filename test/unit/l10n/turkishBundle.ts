// The Turkish code bundle, for tests that configure @vscode/l10n with it as the extension does in a
// Turkish VS Code. `inTurkish` puts English back afterwards: @vscode/l10n is one module for the whole run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';
import { setMessageLanguage } from '../../../src/model/messageNumbers';

export const TURKISH_BUNDLE = JSON.parse(readFileSync(join(__dirname, '../../../l10n/bundle.l10n.tr.json'), 'utf8')) as Record<
  string,
  string
>;

/** Every test of the calling `describe` runs with the Turkish bundle and numbers; English again after it. */
export function inTurkish(): void {
  before(() => {
    l10n.config({ contents: TURKISH_BUNDLE });
    setMessageLanguage('tr');
  });
  after(() => {
    l10n.config({ contents: {} });
    setMessageLanguage('en-US');
  });
}

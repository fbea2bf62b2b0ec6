// Where a check comes from, as the learner reads it, in the display language.
import * as vscode from 'vscode';
import type { CheckSource } from '../model/checks';

export function checkSourceLabel(source: CheckSource): string {
  switch (source) {
    case 'roadmap':
      return vscode.l10n.t('the roadmap file');
    case 'checksFile':
      return vscode.l10n.t('the workspace checks file');
    case 'convention':
      return vscode.l10n.t('the test-folder convention');
  }
}

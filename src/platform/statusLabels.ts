// A status as the learner reads it, in the display language.
import * as vscode from 'vscode';
import type { Status } from '../model/status';

export function statusLabel(status: Status): string {
  switch (status) {
    case 'todo':
      return vscode.l10n.t('To do');
    case 'in-progress':
      return vscode.l10n.t('In progress');
    case 'done':
      return vscode.l10n.t('Done');
    case 'skipped':
      return vscode.l10n.t('Skipped');
  }
}

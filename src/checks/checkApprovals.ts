// The first run of each distinct command asks, showing the command in full with the folder it runs in
// and where it comes from. A yes is remembered in the workspace state under the exact command and folder,
// so a changed command (or the same one elsewhere) asks again.
import * as vscode from 'vscode';
import { approvalKey } from '../model/checks';
import type { MementoLike } from '../store/memento';
import type { ResolvedCheck } from './checkResolver';
import { displayFormat } from '../platform/displayLanguage';
import { checkSourceLabel } from './checkSourceLabel';

const APPROVED_KEY = 'roadmapTracker.approvedCheckCommands';
const MAX_APPROVALS = 500;

export class CheckApprovals {
  constructor(private readonly memento: MementoLike) {}

  isApproved(check: ResolvedCheck): boolean {
    return this.approved().includes(approvalKey(check.command, check.cwd.toString()));
  }

  /** True when the command may run: approved before, or the learner approves it now. */
  async ensureApproved(check: ResolvedCheck): Promise<boolean> {
    if (this.isApproved(check)) return true;
    const detail = [
      vscode.l10n.t('Command (from {0}):', checkSourceLabel(check.source)),
      check.command,
      '',
      check.folderLabel === '.' ? vscode.l10n.t('Runs in: the workspace folder') : vscode.l10n.t('Runs in: {0}', check.folderLabel),
      ...(check.reason ? [vscode.l10n.t('Chosen because: {0}', check.reason)] : []),
      vscode.l10n.t('Time limit: {0} s', displayFormat().number(check.timeoutSeconds)),
      '',
      vscode.l10n.t('It runs with your permissions, like a command typed in a terminal. You are asked once for each command and folder.'),
    ].join('\n');
    const run = vscode.l10n.t('Run');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('Run the check of "{0}"?', check.title),
      { modal: true, detail },
      run,
    );
    if (answer !== run) return false;
    const key = approvalKey(check.command, check.cwd.toString());
    await this.memento.update(APPROVED_KEY, [...this.approved().filter((entry) => entry !== key), key].slice(-MAX_APPROVALS));
    return true;
  }

  private approved(): string[] {
    const value = this.memento.get<unknown>(APPROVED_KEY);
    return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
  }
}

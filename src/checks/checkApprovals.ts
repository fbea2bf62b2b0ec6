// The first run of each distinct command asks, showing the command in full with the folder it runs in
// and where it comes from. A yes is remembered in the workspace state under the exact command and folder,
// so a changed command (or the same one elsewhere) asks again.
import * as vscode from 'vscode';
import { approvalKey, CHECK_SOURCE_LABELS } from '../model/checks';
import type { MementoLike } from '../store/memento';
import type { ResolvedCheck } from './checkResolver';

const APPROVED_KEY = 'roadmapTracker.approvedCheckCommands';
const MAX_APPROVALS = 500;
export const RUN_APPROVED = 'Run';

export class CheckApprovals {
  constructor(private readonly memento: MementoLike) {}

  isApproved(check: ResolvedCheck): boolean {
    return this.approved().includes(approvalKey(check.command, check.cwd.toString()));
  }

  /** True when the command may run: approved before, or the learner approves it now. */
  async ensureApproved(check: ResolvedCheck): Promise<boolean> {
    if (this.isApproved(check)) return true;
    const detail = [
      `Command (from ${CHECK_SOURCE_LABELS[check.source]}):`,
      check.command,
      '',
      `Runs in: ${check.folderLabel === '.' ? 'the workspace folder' : check.folderLabel}`,
      ...(check.reason ? [`Chosen because: ${check.reason}`] : []),
      `Time limit: ${check.timeoutSeconds} s`,
      '',
      'It runs with your permissions, like a command typed in a terminal. You are asked once for each command and folder.',
    ].join('\n');
    const answer = await vscode.window.showWarningMessage(`Run the check of "${check.title}"?`, { modal: true, detail }, RUN_APPROVED);
    if (answer !== RUN_APPROVED) return false;
    const key = approvalKey(check.command, check.cwd.toString());
    await this.memento.update(APPROVED_KEY, [...this.approved().filter((entry) => entry !== key), key].slice(-MAX_APPROVALS));
    return true;
  }

  private approved(): string[] {
    const value = this.memento.get<unknown>(APPROVED_KEY);
    return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
  }
}

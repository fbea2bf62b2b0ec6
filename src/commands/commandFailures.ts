// The one wrapper every command handler runs in: a failure is logged with its stack to the extension's
// log and shown to the user once, as a sentence naming the command, with a way to the log. Nothing is
// rethrown, so VS Code does not add its own generic toast.
import * as vscode from 'vscode';
import type { CommandId } from '../contracts/commandIds';

export type CommandHandler = (...args: unknown[]) => unknown;

/**
 * Titles of the contributed commands, read from the manifest so they are written in one place. In a
 * display language other than English, VS Code gives a translated title as { value, original }.
 */
export function commandTitles(extension: vscode.Extension<unknown>): ReadonlyMap<string, string> {
  const manifest = extension.packageJSON as { contributes?: { commands?: { command?: unknown; title?: unknown }[] } };
  const titles = new Map<string, string>();
  for (const { command, title } of manifest.contributes?.commands ?? []) {
    const text = typeof title === 'object' && title !== null && 'value' in title ? title.value : title;
    if (typeof command === 'string' && typeof text === 'string') titles.set(command, text);
  }
  return titles;
}

export function reasonOf(failure: unknown): string {
  const text = failure instanceof Error ? failure.message : String(failure);
  return text.trim().replace(/[.\s]+$/, '') || vscode.l10n.t('an unexpected error');
}

export function guardCommand(id: CommandId, title: string, handler: CommandHandler, log: vscode.LogOutputChannel): CommandHandler {
  return async (...args: unknown[]) => {
    try {
      return await handler(...args);
    } catch (failure) {
      log.error(`Command "${title}" (${id}) failed`, failure instanceof Error ? failure : new Error(String(failure)));
      const showLog = vscode.l10n.t('Show Log');
      const choice = await vscode.window.showErrorMessage(vscode.l10n.t('{0} did not finish: {1}.', title, reasonOf(failure)), showLog);
      if (choice === showLog) log.show(true);
      return undefined;
    }
  };
}

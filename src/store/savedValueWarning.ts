// The one "Show Saved Value" flow: a warning about a saved value that was kept aside, with a button that
// opens the raw value (as JSON) in an editor. Used for the workspace copy and for the synced copy.
import * as vscode from 'vscode';

export async function warnAboutKeptValue(message: string, memento: vscode.Memento, backupKey: string): Promise<void> {
  const showValue = vscode.l10n.t('Show Saved Value');
  const answer = await vscode.window.showWarningMessage(message, showValue);
  if (answer !== showValue) return;
  const raw = memento.get<unknown>(backupKey);
  const document = await vscode.workspace.openTextDocument({ language: 'json', content: JSON.stringify(raw, null, 2) ?? 'undefined' });
  await vscode.window.showTextDocument(document);
}

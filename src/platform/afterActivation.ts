// Work that the first paint does not need, run once activate() has returned and VS Code has taken its
// result: a task later (a timer), not a microtask, which would still count towards the activation time.
import type * as vscode from 'vscode';

export function afterActivation(extensionContext: vscode.ExtensionContext, work: () => void): void {
  const timer = setTimeout(work, 0);
  extensionContext.subscriptions.push({ dispose: () => clearTimeout(timer) });
}

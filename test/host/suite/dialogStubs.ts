// Answers VS Code's dialogs in place of a person, inside the extension host: the commands call
// vscode.window.* at run time, so replacing them here is what the learner's click would be.
import * as vscode from 'vscode';

type Window = typeof vscode.window;

export interface DialogCall {
  readonly message: string;
  readonly options: unknown;
  readonly items: readonly unknown[];
}

function replace<K extends keyof Window>(name: K, stub: Window[K]): () => void {
  const original = vscode.window[name];
  (vscode.window as Record<K, Window[K]>)[name] = stub;
  return () => ((vscode.window as Record<K, Window[K]>)[name] = original);
}

/** Any vscode.window function: `answer` stands in for it, and the arguments of every call are recorded. */
export function stubWindow<K extends keyof Window>(
  name: K,
  answer: (...args: unknown[]) => unknown,
): { calls: unknown[][]; restore: () => void } {
  const calls: unknown[][] = [];
  const restore = replace(name, ((...args: unknown[]) => {
    calls.push(args);
    return answer(...args);
  }) as unknown as Window[K]);
  return { calls, restore };
}

/** showWarningMessage answers `answer` (undefined = the dialog was cancelled) and records each call. */
export function stubWarning(answer: string | undefined): { calls: DialogCall[]; restore: () => void } {
  const calls: DialogCall[] = [];
  const restore = replace('showWarningMessage', (async (message: string, options: unknown, ...items: unknown[]) => {
    calls.push({ message, options, items });
    return answer;
  }) as unknown as Window['showWarningMessage']);
  return { calls, restore };
}

/** showQuickPick returns what `choose` picks from the offered items (for canPickMany: the ticked ones). */
export function stubQuickPick(choose: (items: readonly vscode.QuickPickItem[], options: vscode.QuickPickOptions | undefined) => unknown): {
  calls: { items: readonly vscode.QuickPickItem[]; options: vscode.QuickPickOptions | undefined }[];
  restore: () => void;
} {
  const calls: { items: readonly vscode.QuickPickItem[]; options: vscode.QuickPickOptions | undefined }[] = [];
  const restore = replace('showQuickPick', (async (
    items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>,
    options?: vscode.QuickPickOptions,
  ) => {
    const offered = await items;
    calls.push({ items: offered, options });
    return choose(offered, options);
  }) as unknown as Window['showQuickPick']);
  return { calls, restore };
}

/** Runs `action` with the dialogs stubbed, restoring them afterwards whatever happens. */
export async function withStubs<T>(stubs: readonly { restore: () => void }[], action: () => Thenable<T>): Promise<T> {
  try {
    return await action();
  } finally {
    for (const stub of stubs) stub.restore();
  }
}

/** Accepts a multi-select list as offered: every item that starts ticked stays ticked. */
export const acceptTicked = (items: readonly vscode.QuickPickItem[]): vscode.QuickPickItem[] => items.filter((item) => item.picked);

/** Import Progress… from a file, accepting the list of changes as offered; returns the changes made. */
export async function importAccepted(uri: vscode.Uri): Promise<number | undefined> {
  const pick = stubQuickPick(acceptTicked);
  return withStubs([pick], () => vscode.commands.executeCommand<number | undefined>('roadmapTracker.importProgress', uri));
}

/** Drop Orphaned Progress…, answering its confirmation with Drop. */
export async function dropConfirmed(clicked: unknown, selected?: unknown): Promise<void> {
  const warning = stubWarning('Drop');
  await withStubs([warning], () => vscode.commands.executeCommand('roadmapTracker.dropOrphanedProgress', clicked, selected));
  if (warning.calls.length !== 1) throw new Error(`expected one confirmation, saw ${warning.calls.length}`);
}

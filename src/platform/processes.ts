// The one seam for running programs: only an extension host on Node (desktop, remote, code-server)
// can start processes; a web worker host (vscode.dev, github.dev) cannot.
import * as l10n from '@vscode/l10n';

export type ProcessSupport = { readonly available: true } | { readonly available: false; readonly reason: string };

/** In the display language (a function: the bundle is configured when the extension activates). */
export const noProcessesReason = (): string =>
  l10n.t(
    'Checks run commands, and this VS Code (in the browser, without a server) cannot start programs. Open the folder in VS Code desktop or a remote window to run checks.',
  );

export function processSupport(): ProcessSupport {
  const node = typeof process === 'object' && process !== null && typeof process.versions === 'object' ? process.versions.node : undefined;
  // A web worker host has no Node (or only a small `process` shim without versions.node).
  return typeof node === 'string' && node.length > 0 ? { available: true } : { available: false, reason: noProcessesReason() };
}

// Reads a file only after its size is known to be within a limit: a huge file is refused by its stat,
// never read whole into memory first.
import * as vscode from 'vscode';

export type SizedRead =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'tooLarge'; readonly size: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreadable'; readonly reason: string };

export async function readTextWithin(uri: vscode.Uri, maxBytes: number): Promise<SizedRead> {
  let size: number;
  try {
    size = (await vscode.workspace.fs.stat(uri)).size;
  } catch {
    return { kind: 'missing' };
  }
  if (size > maxBytes) return { kind: 'tooLarge', size };
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    // The file may have grown between the stat and the read.
    if (bytes.byteLength > maxBytes) return { kind: 'tooLarge', size: bytes.byteLength };
    return { kind: 'text', text: new TextDecoder('utf-8').decode(bytes) };
  } catch (failure) {
    // Deleted between the stat and the read: gone, not unreadable.
    const stillThere = await vscode.workspace.fs.stat(uri).then(
      () => true,
      () => false,
    );
    return stillThere ? { kind: 'unreadable', reason: failure instanceof Error ? failure.message : String(failure) } : { kind: 'missing' };
  }
}

// The bundled roadmaps' note library, shipped as one deflate-compressed JSON file (dist/notes.json.deflate,
// built by esbuild.js from roadmaps/notes/) instead of 232 small files: one compressed stream is about
// half the size in the VSIX. Read and decompressed once, when the panel first shows a bundled note.
import * as vscode from 'vscode';
import { decodeNotesPack, NOTES_PACK_PATH } from './notesPack';

export class BundledNotes {
  private notes: Promise<ReadonlyMap<string, string>> | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** The note's text, or undefined when the library has no such note. */
  async read(notePath: string): Promise<string | undefined> {
    this.notes ??= this.load();
    try {
      return (await this.notes).get(notePath);
    } catch (failure) {
      this.notes = undefined; // Try again next time: a read can fail for a moment.
      throw failure;
    }
  }

  private async load(): Promise<ReadonlyMap<string, string>> {
    return decodeNotesPack(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, ...NOTES_PACK_PATH)));
  }
}

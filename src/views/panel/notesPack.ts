// The format of the packed note library (see bundledNotes.ts and scripts/packNotes.js). No vscode import.
import { brotliDecompressSync } from 'node:zlib';

/** Where the pack is, relative to the extension's folder. */
export const NOTES_PACK_PATH = ['dist', 'notes.json.br'] as const;

/** The pack's notes by their path relative to the roadmaps folder ("notes/http-caching.md"). */
export function decodeNotesPack(bytes: Uint8Array): ReadonlyMap<string, string> {
  const parsed: unknown = JSON.parse(brotliDecompressSync(bytes).toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('the note library is damaged');
  const notes = new Map<string, string>();
  for (const [notePath, text] of Object.entries(parsed)) {
    if (typeof text !== 'string') throw new Error('the note library is damaged');
    notes.set(notePath, text);
  }
  return notes;
}

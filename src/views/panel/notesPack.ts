// The format of the packed note library (see bundledNotes.ts and scripts/packNotes.js). No vscode import.
// Raw deflate, which both extension hosts decode (platform/compression.ts); brotli would need a decoder
// with its 120 KB dictionary on the web.
import { inflateRaw } from '../../platform/compression';

/** Where the pack is, relative to the extension's folder. */
export const NOTES_PACK_PATH = ['dist', 'notes.json.deflate'] as const;

/** Far above the library's size (about 0.5 MB): a damaged pack is refused, never inflated without bound. */
const MAX_NOTES_BYTES = 64 * 1024 * 1024;

/** The pack's notes by their path relative to the roadmaps folder ("notes/http-caching.md"). */
export function decodeNotesPack(bytes: Uint8Array): ReadonlyMap<string, string> {
  const parsed: unknown = JSON.parse(new TextDecoder().decode(inflateRaw(bytes, MAX_NOTES_BYTES)));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('the note library is damaged');
  const notes = new Map<string, string>();
  for (const [notePath, text] of Object.entries(parsed)) {
    if (typeof text !== 'string') throw new Error('the note library is damaged');
    notes.set(notePath, text);
  }
  return notes;
}

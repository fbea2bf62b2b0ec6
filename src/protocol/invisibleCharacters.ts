// Characters that change how a text reads without being seen: bidirectional controls (U+202E turns
// "moc.evil" into "live.com"), zero-width and other format characters, and Hangul fillers that render as
// blanks. Link text shows each by its code, so a link cannot pass for another. Used by the extension
// (links in notes) and the page (reference links).

const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0]/u;
const INVISIBLE_GLOBAL = /[\p{Cf}\u115F\u1160\u3164\uFFA0]/gu;

export type TextPiece = { readonly text: string } | { readonly invisible: string };

export function hasInvisibleCharacters(text: string): boolean {
  return INVISIBLE.test(text);
}

/** The text cut around each invisible character, which is given as its code ("U+202E"). One linear pass. */
export function splitInvisibleCharacters(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let from = 0;
  for (const match of text.matchAll(INVISIBLE_GLOBAL)) {
    if (match.index > from) pieces.push({ text: text.slice(from, match.index) });
    pieces.push({ invisible: codeOf(match[0]) });
    from = match.index + match[0].length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from) });
  return pieces;
}

function codeOf(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

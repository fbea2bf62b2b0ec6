// Formatted text (rendered notes) as typed data: a flat list of tokens that opens and closes elements
// from a fixed set, with text in between. The page builds DOM nodes from it; no HTML string ever crosses
// the message channel. Flat rather than nested, so checking a message is one linear pass, whatever its depth.
// No zod here (the Markdown bundle uses these types); the schema is in richTextSchema.ts.
export const RICH_TAGS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  's',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'span',
] as const;
export type RichTag = (typeof RICH_TAGS)[number];

export const RICH_CLASSES = [
  'align-left',
  'align-center',
  'align-right',
  /** A link that is not opened; its title says why. */
  'refused-link',
  /** Markdown shown as written (Restricted Mode, or too large to format). */
  'plain-text',
  /** A note that could not be shown. */
  'problem',
  /** An invisible or direction-changing character in a link's text, shown by its code. */
  'invisible-character',
  /** The address of a link whose text hides characters, shown beside it. */
  'link-address',
] as const;
export type RichClass = (typeof RICH_CLASSES)[number];

/** Beyond this many tokens a note is shown as plain text (see the renderer). */
export const MAX_RICH_TOKENS = 100_000;
/** A note is at most 1 MB; its text is at most that many characters. */
export const MAX_RICH_TEXT = 1024 * 1024;
export const MAX_LINK_HREF = 2048;
export const MAX_RICH_TITLE = 2048;

export type RichToken =
  | { type: 'open'; tag: RichTag; className?: RichClass; title?: string; /** The first number of an ordered list. */ start?: number }
  /** Opens a link, closed by a `close`. The page posts `openLink` with this address; it never navigates. */
  | { type: 'link'; href: string; title?: string; /** Stands in for an image, which the panel never loads. */ image?: boolean }
  | { type: 'close' }
  | { type: 'text'; text: string };

export type RichText = readonly RichToken[];

/** Text shown as it is written, for Markdown that is not formatted. */
export function plainTextBlock(text: string): RichToken[] {
  return [{ type: 'open', tag: 'pre', className: 'plain-text' }, { type: 'text', text }, { type: 'close' }];
}

/** A paragraph saying why something is not shown. */
export function problemParagraph(message: string): RichToken[] {
  return [{ type: 'open', tag: 'p', className: 'problem' }, { type: 'text', text: message }, { type: 'close' }];
}

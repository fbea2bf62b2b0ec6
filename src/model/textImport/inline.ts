// Cleaning of one line's text into a title: status markers out, Markdown decoration and emoji off,
// "**Title**: rest" split, trailing "[tags]" and personal "(remarks)" set aside.

import { httpUrlSchema } from '../schema';

export type ImportedStatus = 'todo' | 'in-progress' | 'done' | 'skipped';

/** Emoji that carry a status rather than decoration. */
const STATUS_EMOJI: ReadonlyMap<number, ImportedStatus> = new Map([
  [0x2705, 'done'], // ✅
  [0x2714, 'done'], // ✔
  [0x2611, 'done'], // ☑
  [0x2713, 'done'], // ✓
  [0x23f3, 'in-progress'], // ⏳
  [0x231b, 'in-progress'], // ⌛
  [0x1f504, 'in-progress'], // 🔄
  [0x1f6a7, 'in-progress'], // 🚧
  [0x23f8, 'todo'], // ⏸
  [0x2b1c, 'todo'], // ⬜
  [0x2610, 'todo'], // ☐
]);

/** Checklist boxes: `[ ]`, `[x]`, and the common extensions `[/]` (in progress) and `[-]` (skipped). */
const CHECKBOX_STATUS: Readonly<Record<string, ImportedStatus>> = {
  ' ': 'todo',
  x: 'done',
  X: 'done',
  '/': 'in-progress',
  '-': 'skipped',
};

const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
/** Symbols people put before a title as bullets or decoration, removed only at the start. */
const LEADING_DECORATION = new Set([...'★☆►▸▹▪▫●○◆◇■□•·➤➔→»']);

/** Emoji building blocks that never stand alone: variation selectors, joiner, keycap, skin tones, tags. */
function isEmojiComponent(code: number): boolean {
  return (
    code === 0xfe0f ||
    code === 0xfe0e ||
    code === 0x200d ||
    code === 0x20e3 ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0x1f1e6 && code <= 0x1f1ff) ||
    (code >= 0xe0020 && code <= 0xe007f)
  );
}

/**
 * A pictograph used as emoji. Pictographs below U+2300 (©, ®, ™, ↔, ‼) are ordinary text unless an
 * emoji variation selector follows them (`following`, the next code point).
 */
function isEmoji(code: number, following: number | undefined): boolean {
  if (!PICTOGRAPH.test(String.fromCodePoint(code))) return false;
  return code >= 0x2300 || following === 0xfe0f;
}

export interface Markers {
  text: string;
  status: ImportedStatus | undefined;
}

/**
 * Takes a checkbox, status emoji and decorative emoji off both ends of an item's text. The first
 * status found wins.
 */
export function takeStatusMarkers(text: string): Markers {
  let status: ImportedStatus | undefined;
  let rest = text.trim();
  const checkbox = /^\[([ xX/-])\](?=\s|$)/.exec(rest)?.[1];
  if (checkbox !== undefined) {
    status = CHECKBOX_STATUS[checkbox];
    rest = rest.slice(3).trimStart();
  }
  const codes = Array.from(rest, (char) => char.codePointAt(0) as number);
  let start = 0;
  let end = codes.length;
  const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0xa0;
  const consume = (index: number): boolean => {
    const code = codes[index];
    if (code === undefined) return false;
    const marker = STATUS_EMOJI.get(code);
    if (marker !== undefined) {
      status ??= marker;
      return true;
    }
    return isEmojiComponent(code) || isEmoji(code, codes[index + 1]) || isSpace(code);
  };
  while (start < end && consume(start)) start++;
  while (end > start && consume(end - 1)) end--;
  rest = codes
    .slice(start, end)
    .map((code) => String.fromCodePoint(code))
    .join('');
  // A checkbox after a decoration ("✨ [x] Foo") counts too.
  const lateCheckbox = /^\[([ xX/-])\](?=\s|$)/.exec(rest)?.[1];
  if (lateCheckbox !== undefined) {
    status ??= CHECKBOX_STATUS[lateCheckbox];
    rest = rest.slice(3).trimStart();
  }
  return { text: rest, status };
}

// Backslash escapes ("\*", "\[") are hidden as private-use characters while the Markdown is read,
// so that escaped characters are taken literally, and restored at the end. Besides Markdown's ASCII
// punctuation, the tree and bullet symbols can be escaped (an extension, used by the exporter).
const ESCAPE_BASE = 0xe000;
/** Non-ASCII characters that may be escaped; each gets a private-use code after the ASCII ones. */
export const ESCAPABLE_SYMBOLS = '├└│┣┗╠╚║┃¦•·→»★☆►▸▹▪▫●○◆◇■□➤➔';

export function protectEscapes(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~]|[├└│┣┗╠╚║┃¦•·→»★☆►▸▹▪▫●○◆◇■□➤➔])/g, (_match, char: string) => {
    const symbol = ESCAPABLE_SYMBOLS.indexOf(char);
    return String.fromCharCode(ESCAPE_BASE + (symbol >= 0 ? 0x80 + symbol : char.charCodeAt(0)));
  });
}

export function restoreEscapes(text: string): string {
  return text.replace(/[\ue000-\ue0ff]/g, (char) => {
    const offset = char.charCodeAt(0) - ESCAPE_BASE;
    return offset < 0x80 ? String.fromCharCode(offset) : (ESCAPABLE_SYMBOLS[offset - 0x80] ?? char);
  });
}

/** Removes emoji (pictographs and their components) anywhere in the text. */
export function removeEmoji(text: string): string {
  const codes = Array.from(text, (char) => char.codePointAt(0) as number);
  let out = '';
  for (const [index, code] of codes.entries()) {
    if (isEmojiComponent(code) || isEmoji(code, codes[index + 1]) || STATUS_EMOJI.has(code)) continue;
    out += String.fromCodePoint(code);
  }
  return out;
}

export interface Link {
  title: string;
  url: string;
}

/** Markdown inline syntax to plain text: links (collected), images (dropped), code, emphasis. */
export function stripInlineMarkdown(text: string, links: Link[]): string {
  // Character classes exclude their own opening delimiter so that every attempt stops at the next
  // one: the scans stay linear on hostile input such as "![![![…".
  let out = text.replace(/!\[[^\][\n]*\]\([^()\s]*\)/g, '');
  out = out.replace(/\[([^\][\n]+)\]\(([^()\s]+)\)/g, (_match, label: string, url: string) => {
    if (httpUrlSchema.safeParse(url).success) links.push({ title: label.trim() || url, url });
    return label;
  });
  out = out.replace(/<(https?:\/\/[^<>\s]+)>/g, '$1');
  out = out.replace(/`([^`\n]+)`/g, '$1');
  out = out.replace(/\*\*(?=\S)([^*]+?)\*\*/g, '$1').replace(/(^|[^\w])__(?=\S)([^_]+?)__(?!\w)/g, '$1$2');
  out = out.replace(/~~(?=\S)([^~]+?)~~/g, '$1');
  out = out.replace(/(^|[^\w*])\*(?=\S)([^*]+?)\*(?![\w*])/g, '$1$2');
  out = out.replace(/(^|[^\w])_(?=\S)([^_]+?)_(?!\w)/g, '$1$2');
  // Whatever "**" are left did not pair up; they are decoration, not text.
  return out.replace(/\*\*/g, '');
}

/** Words that make a remark personal: it speaks to or about the reader, not about the topic. */
const PERSONAL = /\b(?:you|your|yours|yourself|you're|you've|my|mine|i'm|i've)\b/i;

export const isPersonalRemark = (text: string): boolean => PERSONAL.test(text);

/** Drops parenthesised remarks that are personal, such as "(You have this)". */
export function dropPersonalRemarks(text: string): string {
  return text.replace(/\s*\(([^()]*)\)/g, (match, inner: string) => (isPersonalRemark(inner) ? '' : match));
}

export interface TrailingTags {
  text: string;
  /** Non-personal tags in the order written, e.g. ["Job Essential"]. */
  tags: string[];
}

/** Takes trailing bracketed tags off a title: "API DEVELOPMENT [Job Essential]". */
export function takeTrailingTags(text: string): TrailingTags {
  const tags: string[] = [];
  let rest = text.trimEnd();
  for (let count = 0; count < 5 && rest.endsWith(']'); count++) {
    const open = rest.lastIndexOf('[');
    if (open <= 0) break;
    const inner = rest.slice(open + 1, -1).trim();
    if (inner.length === 0 || inner.includes(']')) break;
    if (!isPersonalRemark(inner)) tags.unshift(inner);
    rest = rest.slice(0, open).trimEnd();
  }
  return { text: rest, tags };
}

/** "1. ", "2) " at the start of a heading or tree node: order, not wording. */
export const stripNumbering = (text: string): string => text.replace(/^\d{1,3}[.)][ \t]+/, '');

export const collapseSpaces = (text: string): string => text.replace(/[ \t\u00a0]+/g, ' ').trim();

export interface TitleParts {
  title: string;
  summary: string | undefined;
  /** The title was written as a label ending in a colon with nothing after it ("Concepts:"). */
  label: boolean;
  /** Trailing bracketed tags that are not personal, e.g. ["Job Essential"]. */
  tags: string[];
  links: Link[];
}

/**
 * Splits `**Title**: rest` / `**Title:** rest` into title and summary, then cleans both. `text`
 * has its status markers already taken off.
 */
export function splitTitle(input: string): TitleParts {
  let text = input;
  const links: Link[] = [];
  text = removeEmoji(text).trim();
  let titleSource = text;
  let summarySource: string | undefined;
  const bold = /^(\*\*|__)(.+?)\1/.exec(text);
  const boldText = bold?.[2];
  if (bold && boldText !== undefined) {
    const inner = boldText.trim();
    const after = text.slice(bold[0].length).trim();
    if (inner.endsWith(':') && after.length > 0) {
      titleSource = inner.slice(0, -1);
      summarySource = after;
    } else if (after.startsWith(':') && after.length > 1) {
      titleSource = inner;
      summarySource = after.slice(1);
    }
  }
  let title = collapseSpaces(stripInlineMarkdown(removeEmoji(titleSource), links));
  title = collapseSpaces(stripLeadingMarks(dropPersonalRemarks(title)));
  const { text: untagged, tags } = takeTrailingTags(title);
  title = untagged;
  const label = summarySource === undefined && title.endsWith(':');
  if (title.endsWith(':')) title = title.slice(0, -1).trimEnd();
  const summary =
    summarySource === undefined ? undefined : restoreEscapes(collapseSpaces(stripInlineMarkdown(removeEmoji(summarySource), links)));
  return {
    title: restoreEscapes(title),
    summary: summary || undefined,
    label,
    tags: tags.map(restoreEscapes),
    links: links.map((link) => ({ title: restoreEscapes(link.title), url: restoreEscapes(link.url) })),
  };
}

/** Cleans prose (a blockquote or description line): emoji and Markdown decoration off. */
export const cleanProse = (text: string): string =>
  restoreEscapes(collapseSpaces(stripInlineMarkdown(removeEmoji(protectEscapes(text)), [])));

/** Numbering and decoration off the start, repeated until none is left ("1. → 2. Topic" → "Topic"). */
function stripLeadingMarks(text: string): string {
  let current = text;
  for (;;) {
    const next = stripNumbering(stripLeadingDecoration(current)).trimStart();
    if (next === current) return current;
    current = next;
  }
}

function stripLeadingDecoration(text: string): string {
  let start = 0;
  while (start < text.length && (LEADING_DECORATION.has(text.charAt(start)) || text[start] === ' ')) start++;
  return text.slice(start);
}

// Classifies each line of roadmap text: heading, list item, tree node, blockquote, rule, prose.
// Every test here is anchored at the line's start and scans it once, so classification is linear.

export type LineKind = 'blank' | 'rule' | 'fence' | 'heading' | 'setext' | 'item' | 'tree' | 'text';

export interface ClassifiedLine {
  kind: LineKind;
  /** 1-based line number in the input. */
  number: number;
  /** Column of the bullet or tree connector (tabs expanded to 4); 0 for headings and prose. */
  indent: number;
  /** The content after the bullet, connector or `#`s, untrimmed of markers. */
  text: string;
  /** Heading level 1–6 (`setext` lines: the level they give the line above). */
  level: number;
  /** The line sits inside a blockquote (`>` prefix removed). */
  quoted: boolean;
}

const TAB_WIDTH = 4;

/** Characters drawing the vertical lines of an ASCII tree; a line of only these is a spacer. */
const TREE_VERTICALS = new Set(['│', '┃', '║', '|', '¦']);
/** First character of a tree connector: `├──`, `└──`, `|--`, `` `-- ``, `+--`, `\--`. */
const TREE_CONNECTORS = new Set(['├', '└', '┣', '┗', '╠', '╚', '|', '`', '+', '\\']);
const ASCII_CONNECTORS = new Set(['|', '`', '+', '\\']);
/** The horizontal strokes after the connector. */
const TREE_STROKES = new Set(['─', '━', '═', '-']);

const isIndentChar = (char: string): boolean => char === ' ' || char === '\t' || char === '\u00a0';

function advance(column: number, char: string): number {
  return char === '\t' ? column + TAB_WIDTH - (column % TAB_WIDTH) : column + 1;
}

/** Splits text into lines on LF, CRLF and lone CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function classifyLine(raw: string, number: number): ClassifiedLine {
  let line = raw;
  let quoted = false;
  // Strip blockquote markers ("> ", ">> ") before anything else.
  let position = 0;
  // Any indentation: a blockquote may sit under a nested list item.
  while (line[position] === ' ' || line[position] === '\t') position++;
  if (line[position] === '>') {
    quoted = true;
    while (line[position] === '>') {
      position++;
      if (line[position] === ' ') position++;
      let look = position;
      while (line[look] === ' ') look++;
      if (line[look] === '>') position = look; // a nested quote: "> > text"
    }
    line = line.slice(position);
  }
  const base = { number, quoted, indent: 0, level: 0 };

  // Leading indentation and tree verticals.
  let index = 0;
  let column = 0;
  let sawVertical = false;
  while (index < line.length) {
    const char = line.charAt(index);
    if (isIndentChar(char)) {
      column = advance(column, char);
    } else if (TREE_VERTICALS.has(char) && !isTreeConnectorAt(line, index)) {
      sawVertical = true;
      column++;
    } else {
      break;
    }
    index++;
  }
  if (index === line.length) return { ...base, kind: 'blank', text: '' };

  if (isTreeConnectorAt(line, index)) {
    let contentStart = index + 1;
    while (contentStart < line.length && TREE_STROKES.has(line.charAt(contentStart))) contentStart++;
    const text = line.slice(contentStart).trim();
    // A Markdown table's separator row ("|---|---|") is no tree.
    if (/^[-|: ]*$/.test(text)) return { ...base, kind: 'blank', text: '' };
    return { ...base, kind: 'tree', indent: column, text };
  }
  // Verticals followed by text that is no connector: part of a drawing, read as prose.
  const rest = line.slice(index);
  if (sawVertical) return { ...base, kind: 'text', indent: column, text: rest.trim() };

  const trimmed = rest.trim();
  if (isRule(trimmed)) return { ...base, kind: column < 4 && /^[=]+$/.test(trimmed) ? 'setext' : 'rule', level: 1, text: '' };
  if (trimmed.startsWith('```') || trimmed.startsWith('~~~')) return { ...base, kind: 'fence', text: '' };

  if (column < 4 && rest.startsWith('#')) {
    let hashes = 0;
    while (rest[hashes] === '#') hashes++;
    const after = rest[hashes];
    if (hashes <= 6 && (after === undefined || after === ' ' || after === '\t')) {
      return { ...base, kind: 'heading', level: hashes, text: stripClosingHashes(rest.slice(hashes).trim()) };
    }
  }

  const bullet = /^(?:[-*+•▪‣◦]|\d{1,9}[.)])(?=[ \t]|$)/.exec(rest);
  if (bullet) {
    return { ...base, kind: 'item', indent: column, text: rest.slice(bullet[0].length).trim() };
  }
  // A checkbox without a bullet ("[ ] Topic") is a checklist item as well.
  if (/^\[[ xX/-]\][ \t]/.test(rest)) return { ...base, kind: 'item', indent: column, text: trimmed };
  return { ...base, kind: 'text', indent: column, text: trimmed };
}

/**
 * Box-drawing connectors need one stroke after them ("├─"). ASCII ones ("|--", "`--", "+--", "\--")
 * need two strokes and then a space or the line's end, so that Markdown such as "\-" or "|-x" is no tree.
 */
function isTreeConnectorAt(line: string, index: number): boolean {
  const char = line.charAt(index);
  if (!TREE_CONNECTORS.has(char)) return false;
  if (!ASCII_CONNECTORS.has(char)) return TREE_STROKES.has(line[index + 1] ?? '');
  let end = index + 1;
  while (line[end] === '-') end++;
  const after = line[end];
  return end - index - 1 >= 2 && (after === undefined || after === ' ' || after === '\t');
}

/** `---`, `***`, `___` (spaces allowed), `===`, and lines of box-drawing strokes. */
function isRule(trimmed: string): boolean {
  if (trimmed.length < 3) return false;
  const first = trimmed.charAt(0);
  if (!'-*_=─━═'.includes(first)) return false;
  let count = 0;
  for (const char of trimmed) {
    if (char === first) count++;
    else if (char !== ' ' && char !== '\t') return false;
  }
  return count >= 3;
}

function stripClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === text.length) return text;
  if (end === 0) return '';
  return text[end - 1] === ' ' || text[end - 1] === '\t' ? text.slice(0, end).trimEnd() : text;
}

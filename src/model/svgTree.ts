// A tiny description of an SVG document as plain data, written out two ways from one source: as DOM
// nodes in a webview (createElementNS + textContent, see src/webview/svgDom.ts) and as markup for a file
// (below, every text and attribute value escaped). Roadmap text is only ever a text node or an
// attribute value, never markup.

export interface SvgElement {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Text content (escaped when written out); an element has text or children, not both. */
  readonly text?: string;
  readonly children: readonly SvgElement[];
}

export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** Tag and attribute names come from this codebase, never from a roadmap; checked all the same. */
const NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

export function svg(
  tag: string,
  attributes: Readonly<Record<string, string | number>> = {},
  children: readonly SvgElement[] = [],
): SvgElement {
  return { tag, attributes: stringValues(attributes), children };
}

export function svgText(tag: string, attributes: Readonly<Record<string, string | number>>, text: string): SvgElement {
  return { tag, attributes: stringValues(attributes), text, children: [] };
}

function stringValues(attributes: Readonly<Record<string, string | number>>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) values[name] = typeof value === 'number' ? formatNumber(value) : value;
  return values;
}

/** Coordinates with at most two decimals: shorter files, same picture. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function isSafeName(name: string): boolean {
  return NAME_PATTERN.test(name);
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML, and drops the characters XML 1.0 does not allow at all. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** The element as standalone SVG markup. Iterative, so a deep tree cannot exhaust the stack. */
export function svgMarkup(root: SvgElement): string {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  const stack: (SvgElement | string)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (!isSafeName(item.tag)) continue;
    const attributes = Object.entries(item === root ? { xmlns: SVG_NAMESPACE, ...item.attributes } : item.attributes)
      .filter(([name]) => isSafeName(name))
      .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
      .join('');
    if (item.text === undefined && item.children.length === 0) {
      parts.push(`<${item.tag}${attributes}/>`);
      continue;
    }
    parts.push(`<${item.tag}${attributes}>`);
    if (item.text !== undefined) parts.push(escapeXml(item.text));
    stack.push(`</${item.tag}>`);
    for (let index = item.children.length - 1; index >= 0; index--) stack.push(item.children[index]!);
  }
  return parts.join('');
}

// RichText written out as the markup of the elements the page builds from it, so tests can read a
// rendered note as HTML. A link is written `<a href="…">`, with its address where the page keeps it in
// data: the same address the page posts when it is clicked.
import type { RichText } from '../../../src/protocol/richText';

export function richTextHtml(tokens: RichText): string {
  const open: string[] = [];
  let html = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        html += escape(token.text);
        break;
      case 'link':
        html += `<a href="${escape(token.href)}"${token.title ? ` title="${escape(token.title)}"` : ''}${token.image ? ' class="image-link"' : ''}>`;
        open.push('a');
        break;
      case 'open':
        html += `<${token.tag}${token.className ? ` class="${token.className}"` : ''}${token.title ? ` title="${escape(token.title)}"` : ''}${token.start !== undefined ? ` start="${token.start}"` : ''}>`;
        if (token.tag === 'hr' || token.tag === 'br') open.push('');
        else open.push(token.tag);
        break;
      case 'close': {
        const tag = open.pop();
        if (tag) html += `</${tag}>`;
        if (tag && BLOCKS.has(tag)) html += '\n';
        break;
      }
    }
  }
  return html;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** Block elements, after which markdown-it's own HTML has a line break (insignificant to a browser). */
const BLOCKS: ReadonlySet<string> = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'table', 'tr']);

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

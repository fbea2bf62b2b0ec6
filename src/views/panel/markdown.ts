// Markdown → HTML for the topic panel, for text anyone may have written. markdown-it with raw HTML off
// escapes every tag; every link passes through classifyLink in a final pass over the tokens; images never load: they become a link to the image, or their alt text.
// No vscode import: the XSS corpus runs against exactly this code.
import MarkdownIt from 'markdown-it';
import { classifyLink } from '../../workspaceFiles/links';

type Token = MarkdownIt.Token;
type StateCore = MarkdownIt.StateCore;

export interface MarkdownRenderer {
  /** Markdown rendered to HTML that is safe to insert into the panel. */
  render(markdown: string): string;
}

export interface MarkdownOptions {
  /** Heading levels added to the note's own, so a note's "#" sits below the panel's section heading. */
  readonly headingOffset?: number;
}

export function createMarkdownRenderer(options: MarkdownOptions = {}): MarkdownRenderer {
  const markdown = new MarkdownIt('default', { html: false, linkify: true, typographer: false, breaks: false });
  // Only addresses that say what they are become links: no "example.com" or "README.md" guessed as a site.
  markdown.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
  markdown.linkify.add('ftp:', null).add('//', null);
  // Every link is classified after parsing (lockDownInline), never here: a link refused at parse time is
  // re-scanned by the linkify rule from each following "://", which is quadratic in an over-long address.
  markdown.validateLink = (): boolean => true;
  const headingOffset = options.headingOffset ?? 0;
  markdown.core.ruler.push('roadmap_lock_down', (state: StateCore): boolean => {
    for (const block of state.tokens) {
      if (headingOffset > 0 && (block.type === 'heading_open' || block.type === 'heading_close')) {
        block.tag = `h${Math.min(6, Number(block.tag.slice(1)) + headingOffset)}`;
      }
      if (block.type === 'th_open' || block.type === 'td_open') alignmentAsClass(block);
      if (block.type === 'inline' && block.children) block.children = lockDownInline(state, block.children);
    }
    return true;
  });
  return { render: (text) => markdown.render(text) };
}

/** Text shown as it is written, for Markdown that is not rendered (Restricted Mode). */
export function renderPlainText(text: string): string {
  return `<pre class="plain-text">${escapeHtml(text)}</pre>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function lockDownInline(state: StateCore, tokens: Token[]): Token[] {
  const result: Token[] = [];
  let refusedLinkOpen = false;
  for (const token of tokens) {
    if (token.type === 'link_open') {
      const target = classifyLink(attribute(token, 'href'));
      if (target.kind === 'refused') {
        refusedLinkOpen = true;
        result.push(refusedSpan(state, target.reason));
        continue;
      }
      // Rebuilt from scratch: only href and title are kept.
      const title = attribute(token, 'title');
      token.attrs = [['href', target.kind === 'external' ? target.url : attribute(token, 'href')]];
      if (title) token.attrSet('title', title);
      result.push(token);
      continue;
    }
    if (token.type === 'link_close' && refusedLinkOpen) {
      refusedLinkOpen = false;
      const close = new state.Token('span_close', 'span', -1);
      result.push(close);
      continue;
    }
    if (token.type === 'image') {
      result.push(...imageReplacement(state, token));
      continue;
    }
    result.push(token);
  }
  return result;
}

/** An image becomes a link to it (opened outside the panel) or, when it may not be opened, its alt text. */
function imageReplacement(state: StateCore, image: Token): Token[] {
  const alt = image.content.trim();
  const target = classifyLink(attribute(image, 'src'));
  const text = new state.Token('text', '', 0);
  if (target.kind === 'refused' || (target.kind === 'external' && target.url.startsWith('mailto:'))) {
    text.content = alt.length > 0 ? `[image: ${alt}]` : '[image]';
    return [text];
  }
  text.content = alt.length > 0 ? `Image: ${alt}` : 'Image';
  const open = new state.Token('link_open', 'a', 1);
  open.attrs = [
    ['href', target.kind === 'external' ? target.url : attribute(image, 'src')],
    ['class', 'image-link'],
  ];
  const close = new state.Token('link_close', 'a', -1);
  return [open, text, close];
}

/** markdown-it aligns table cells with a style attribute, which the panel's CSP blocks; use a class. */
function alignmentAsClass(cell: Token): void {
  const align = /text-align:\s*(left|center|right)/.exec(attribute(cell, 'style'))?.[1];
  cell.attrs = align ? [['class', `align-${align}`]] : null;
}

function attribute(token: Token, name: string): string {
  const value = token.attrGet(name);
  return value === null ? '' : String(value);
}

function refusedSpan(state: StateCore, reason: string): Token {
  const span = new state.Token('span_open', 'span', 1);
  span.attrs = [
    ['class', 'refused-link'],
    ['title', `Not a link: ${reason}`],
  ];
  return span;
}

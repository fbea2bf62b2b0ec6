// Markdown → RichText for the topic panel, for text anyone may have written. markdown-it with raw HTML off
// keeps every tag as text; every link passes through classifyLink in a final pass over the tokens; images
// never load: they become a link to the image, or their alt text. The result is typed tokens, never HTML.
// This module and markdown-it are a bundle of their own (dist/markdown.js), loaded at the first render.
// No vscode import: the XSS corpus runs against exactly this code.
import MarkdownIt from 'markdown-it';
import { classifyLink } from '../../workspaceFiles/links';
import { hasInvisibleCharacters, splitInvisibleCharacters } from '../../protocol/invisibleCharacters';
import {
  MAX_LINK_HREF,
  MAX_RICH_TITLE,
  MAX_RICH_TOKENS,
  plainTextBlock,
  RICH_CLASSES,
  RICH_TAGS,
  type RichClass,
  type RichTag,
  type RichToken,
} from '../../protocol/richText';
import * as l10n from '@vscode/l10n';

type Token = MarkdownIt.Token;
type StateCore = MarkdownIt.StateCore;

export interface MarkdownRenderer {
  /** Markdown as tokens the page turns into DOM nodes. */
  render(markdown: string): RichToken[];
}

export interface MarkdownOptions {
  /** Heading levels added to the note's own, so a note's "#" sits below the panel's section heading. */
  readonly headingOffset?: number;
  /** The display language's l10n bundle (`vscode.l10n.bundle`): this lazy bundle has its own @vscode/l10n. */
  readonly l10nBundle?: l10n.l10nJsonFormat;
}

export function createMarkdownItRenderer(options: MarkdownOptions = {}): MarkdownRenderer {
  if (options.l10nBundle !== undefined) l10n.config({ contents: options.l10nBundle });
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
  return {
    render: (text) => {
      const tokens = toRichText(markdown.parse(text, {}));
      // A note of a hundred thousand elements is no honest note; showing it as written stays bounded.
      return tokens.length > MAX_RICH_TOKENS ? plainTextBlock(text) : tokens;
    },
  };
}

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
    text.content = alt.length > 0 ? l10n.t('[image: {0}]', alt) : l10n.t('[image]');
    return [text];
  }
  text.content = alt.length > 0 ? l10n.t('Image: {0}', alt) : l10n.t('Image');
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
    ['title', l10n.t('Not a link: {0}', reason)],
  ];
  return span;
}

const RICH_TAG_SET: ReadonlySet<string> = new Set(RICH_TAGS);
const RICH_CLASS_SET: ReadonlySet<string> = new Set(RICH_CLASSES);

function isRichTag(tag: string): tag is RichTag {
  return RICH_TAG_SET.has(tag);
}

function isRichClass(name: string): name is RichClass {
  return RICH_CLASS_SET.has(name);
}

/**
 * markdown-it's tokens as RichText, in one pass. Only tags and classes of the fixed sets pass; any other
 * element keeps its text and loses its tag. Link text shows invisible characters by their code, and then
 * the address beside it.
 */
function toRichText(blocks: readonly Token[]): RichToken[] {
  const out: RichToken[] = [];
  /** Per open element: whether a `close` was emitted for it, and the link's address if it is a link. */
  const open: { emitted: boolean; href?: string; hidesCharacters?: boolean }[] = [];
  let link: (typeof open)[number] | undefined;

  const text = (content: string): void => {
    if (content.length === 0) return;
    if (!link) {
      out.push({ type: 'text', text: content });
      return;
    }
    for (const piece of splitInvisibleCharacters(content)) {
      if ('text' in piece) out.push({ type: 'text', text: piece.text });
      else
        out.push(
          { type: 'open', tag: 'span', className: 'invisible-character', title: l10n.t('Invisible character {0}', piece.invisible) },
          { type: 'text', text: `⟨${piece.invisible}⟩` },
          { type: 'close' },
        );
    }
    if (hasInvisibleCharacters(content)) link.hidesCharacters = true;
  };
  const leaf = (tag: RichTag, content?: string): void => {
    out.push({ type: 'open', tag });
    if (content !== undefined) text(content);
    out.push({ type: 'close' });
  };

  const visit = (token: Token): void => {
    if (token.nesting === 1) {
      const href = token.type === 'link_open' ? attribute(token, 'href') : '';
      if (href.length > MAX_LINK_HREF) {
        // Within the limit as written, longer once normalised (spaces become %20).
        out.push({
          type: 'open',
          tag: 'span',
          className: 'refused-link',
          title: l10n.t('Not a link: {0}', l10n.t('the link is too long')),
        });
        open.push({ emitted: true });
        return;
      }
      if (href !== '') {
        const title = attribute(token, 'title').slice(0, MAX_RICH_TITLE);
        out.push({
          type: 'link',
          href,
          ...(title ? { title } : {}),
          ...(attribute(token, 'class') === 'image-link' ? { image: true } : {}),
        });
        const opened = { emitted: true, href };
        open.push(opened);
        link = opened;
        return;
      }
      if (!isRichTag(token.tag)) {
        open.push({ emitted: false });
        return;
      }
      const className = attribute(token, 'class');
      const title = attribute(token, 'title').slice(0, MAX_RICH_TITLE);
      const start = attribute(token, 'start');
      out.push({
        type: 'open',
        tag: token.tag,
        ...(className && isRichClass(className) ? { className } : {}),
        ...(title ? { title } : {}),
        ...(/^\d{1,9}$/.test(start) ? { start: Number(start) } : {}),
      });
      open.push({ emitted: true });
      return;
    }
    if (token.nesting === -1) {
      const element = open.pop();
      if (!element?.emitted) return;
      out.push({ type: 'close' });
      if (element.href === undefined) return;
      link = undefined;
      if (element.hidesCharacters)
        out.push({ type: 'open', tag: 'span', className: 'link-address' }, { type: 'text', text: ` (${element.href})` }, { type: 'close' });
      return;
    }
    switch (token.type) {
      case 'inline':
        for (const child of token.children ?? []) visit(child);
        return;
      case 'softbreak':
        text('\n');
        return;
      case 'hardbreak':
        leaf('br');
        return;
      case 'hr':
        leaf('hr');
        return;
      case 'code_inline':
        leaf('code', token.content);
        return;
      case 'code_block':
      case 'fence':
        out.push({ type: 'open', tag: 'pre' });
        leaf('code', token.content);
        out.push({ type: 'close' });
        return;
      default:
        // text, and anything a future markdown-it adds: its text, never its markup.
        text(token.content);
    }
  };
  for (const block of blocks) visit(block);
  return out;
}

// Builds DOM nodes from RichText (typed tokens from the extension, already validated). Text is always
// set as text; elements come only from the protocol's fixed tags and classes. A link is an element the
// page handles itself (no href, so neither the browser nor the webview host opens it): a click posts
// `openLink`, and the extension opens it once, through VS Code's link protection.
import { splitInvisibleCharacters } from '../protocol/invisibleCharacters';
import type { RichText } from '../protocol/richText';

/** Deeper nesting than markdown-it makes (100) goes into the deepest element allowed. */
const MAX_DEPTH = 128;

export function richTextFragment(tokens: RichText): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const stack: ParentNode[] = [fragment];
  // The fragment stays at the bottom of the stack: `close` never pops it.
  const current = (): ParentNode => stack.at(-1) ?? fragment;
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        current().append(document.createTextNode(token.text));
        break;
      case 'close':
        if (stack.length > 1) stack.pop();
        break;
      case 'open': {
        const created = document.createElement(token.tag);
        if (token.className) created.className = token.className;
        if (token.title) created.title = token.title;
        if (token.start !== undefined && created instanceof HTMLOListElement) created.start = token.start;
        current().append(created);
        if (stack.length < MAX_DEPTH) stack.push(created);
        break;
      }
      case 'link': {
        const created = linkElement(token.href, token.title ?? token.href);
        if (token.image) created.classList.add('image-link');
        current().append(created);
        if (stack.length < MAX_DEPTH) stack.push(created);
        break;
      }
    }
  }
  return fragment;
}

/** An `<a>` without href, focusable and announced as a link; main.ts opens it on click or Enter. */
export function linkElement(href: string, title: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.dataset.href = href;
  link.title = title;
  link.tabIndex = 0;
  link.setAttribute('role', 'link');
  return link;
}

/** Link text with every invisible or direction-changing character shown by its code. */
export function visibleLinkText(text: string, invisibleTitle: (code: string) => string): Node[] {
  return splitInvisibleCharacters(text).map((piece) => {
    if ('text' in piece) return document.createTextNode(piece.text);
    const marker = document.createElement('span');
    marker.className = 'invisible-character';
    marker.title = invisibleTitle(piece.invisible);
    marker.textContent = `⟨${piece.invisible}⟩`;
    return marker;
  });
}

// The panel's Markdown renderer as the extension sees it. markdown-it and the code around it are a bundle
// of their own (esbuild.js builds markdownRendering.ts into dist/markdown.js and keeps this require
// outside dist/extension.js), so activation does not load them: the first note rendered does.
import type * as MarkdownRendering from './markdownRendering';
import type { MarkdownOptions, MarkdownRenderer } from './markdownRendering';
export type { MarkdownOptions, MarkdownRenderer } from './markdownRendering';
export { plainTextBlock as renderPlainText } from '../../protocol/richText';

let loaded: typeof MarkdownRendering | undefined;

function markdownRendering(): typeof MarkdownRendering {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  loaded ??= require('./markdownRendering') as typeof MarkdownRendering;
  return loaded;
}

/** A renderer that loads markdown-it when it first renders. */
export function createMarkdownRenderer(options: MarkdownOptions = {}): MarkdownRenderer {
  let renderer: MarkdownRenderer | undefined;
  return {
    render: (text) => {
      renderer ??= markdownRendering().createMarkdownItRenderer(options);
      return renderer.render(text);
    },
  };
}

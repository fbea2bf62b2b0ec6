// The renderer against hostile Markdown: the output is parsed with a real HTML parser (parse5, as a
// browser would) and every element, attribute and URL in it is checked.
import { strict as assert } from 'node:assert';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { createMarkdownRenderer as createRenderer, renderPlainText as renderPlainTokens } from '../../../src/views/panel/markdown';
import { escapeHtml } from '../../../src/views/panel/panelHtml';
import { richTextSchema } from '../../../src/protocol/richTextSchema';
import { richTextHtml } from './richTextHtml';
import { XSS_PAYLOADS } from './xssCorpus';

type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

/** The only elements markdown-it produces with raw HTML off (img is replaced by a link). */
const ALLOWED_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'span',
  'em',
  'strong',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);
const ALLOWED_ATTRIBUTES = new Set(['href', 'title', 'class', 'start']);

function elements(nodes: readonly ChildNode[]): Element[] {
  return nodes.flatMap((node) => ('tagName' in node ? [node, ...elements(node.childNodes)] : []));
}

/** What a browser would make of a URL attribute: entities decoded (by parse5), control characters and spaces dropped. */
function normalisedUrl(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
}

function assertSafe(html: string, payload: string): void {
  const context = `payload ${JSON.stringify(payload)} rendered as ${JSON.stringify(html)}`;
  assert.doesNotMatch(html, /<script/i, context);
  assert.doesNotMatch(html, /<(img|svg|iframe|object|embed|style|link|meta|base|form|math)\b/i, context);
  for (const element of elements(parseFragment(html).childNodes)) {
    assert.ok(ALLOWED_TAGS.has(element.tagName), `<${element.tagName}> in ${context}`);
    for (const { name, value } of element.attrs) {
      assert.ok(!/^on/i.test(name), `event handler ${name} in ${context}`);
      assert.ok(ALLOWED_ATTRIBUTES.has(name), `attribute ${name} in ${context}`);
      if (name === 'href') {
        const url = normalisedUrl(value);
        assert.doesNotMatch(url, /^(javascript|data|vbscript|file|command|vscode):/, `href ${value} in ${context}`);
        assert.ok(/^(https?:\/\/|mailto:)/.test(url) || !url.includes(':'), `href ${value} in ${context}`);
        assert.ok(!url.startsWith('//') && !url.startsWith('\\'), `href ${value} in ${context}`);
      }
    }
  }
}

/** The renderer's tokens as the markup of what the page builds; every rendering also passes the protocol's check. */
function createMarkdownRenderer(options?: Parameters<typeof createRenderer>[0]): { render(text: string): string } {
  const renderer = createRenderer(options);
  return {
    render: (text) => {
      const tokens = renderer.render(text);
      assert.ok(richTextSchema.safeParse(tokens).success, `tokens of ${JSON.stringify(text.slice(0, 80))} pass the protocol`);
      return richTextHtml(tokens);
    },
  };
}

function renderPlainText(text: string): string {
  return richTextHtml(renderPlainTokens(text));
}

describe('markdown renderer', () => {
  const renderer = createMarkdownRenderer({ headingOffset: 2 });

  it('has a corpus of at least 50 payloads', () => {
    assert.ok(XSS_PAYLOADS.length >= 50, `${XSS_PAYLOADS.length} payloads`);
  });

  describe('renders hostile Markdown without anything that could run', () => {
    for (const payload of XSS_PAYLOADS) {
      it(JSON.stringify(payload).slice(0, 90), () => {
        assertSafe(renderer.render(payload), payload);
        // The same payload inside a list, a quote and a link text, where other rules apply.
        assertSafe(renderer.render(`* ${payload}\n\n> ${payload}\n\n[${payload}](https://ok.example)`), payload);
      });
    }
  });

  it('checks what it should: a raw <script> or a javascript: link fails the check', () => {
    assert.throws(() => assertSafe('<p><script>alert(1)</script></p>', 'self-test'));
    assert.throws(() => assertSafe('<p><a href="jav&#x09;ascript:alert(1)">x</a></p>', 'self-test'));
    assert.throws(() => assertSafe('<p><a href="https://ok.example" onclick="x()">x</a></p>', 'self-test'));
    assert.throws(() => assertSafe('<p><img src="https://ok.example/a.png"></p>', 'self-test'));
  });

  it('keeps http(s), mailto and workspace links', () => {
    const html = renderer.render(
      '[a](https://example.com/x?y=1) [b](mailto:me@example.com) [c](practice/http/server.ts) <https://example.org>',
    );
    assert.match(html, /<a href="https:\/\/example\.com\/x\?y=1">a<\/a>/);
    assert.match(html, /<a href="mailto:me@example\.com">b<\/a>/);
    assert.match(html, /<a href="practice\/http\/server\.ts">c<\/a>/);
    assert.match(html, /<a href="https:\/\/example\.org\/">https:\/\/example\.org<\/a>/);
  });

  it('links bare web addresses but does not guess sites from file names', () => {
    const html = renderer.render('See https://example.com and README.md or www.example.com');
    assert.match(html, /<a href="https:\/\/example\.com\/">/);
    assert.doesNotMatch(html, /README\.md<\/a>|www\.example\.com<\/a>/);
  });

  it('shows a refused link as its text, not a link', () => {
    const html = renderer.render('[see this](../../etc/passwd)');
    assert.doesNotMatch(html, /<a /);
    assert.match(html, /see this/);
  });

  it('never loads an image: a web or workspace image becomes a link, anything else its alt text', () => {
    const web = renderer.render('![diagram](https://example.com/d.png)');
    assert.match(web, /<a href="https:\/\/example\.com\/d\.png" class="image-link">Image: diagram<\/a>/);
    assert.match(renderer.render('![local](images/d.png)'), /<a href="images\/d\.png" class="image-link">Image: local<\/a>/);
    const refused = renderer.render('![x](data:image/png;base64,AAAA)');
    assert.doesNotMatch(refused, /<a |<img/);
  });

  it('moves headings below the panel section heading', () => {
    assert.match(renderer.render('# Top\n\n## Next\n\n###### Deep'), /<h3>Top<\/h3>\n<h4>Next<\/h4>\n<h6>Deep<\/h6>/);
    assert.match(createMarkdownRenderer().render('# Top'), /<h1>Top<\/h1>/);
  });

  it('aligns table cells with classes instead of inline styles (the CSP blocks those)', () => {
    const html = renderer.render('| a | b |\n|:-:|--:|\n| 1 | 2 |');
    assert.doesNotMatch(html, /style=/);
    assert.match(html, /<th class="align-center">a<\/th>/);
    assert.match(html, /<td class="align-right">2<\/td>/);
  });

  describe('over-long and refused autolinks (issue 11, item 6): rendered in one pass, not re-scanned from each "://"', () => {
    // Before the fix these were refused while parsing and stayed plain text after minutes of re-scanning.
    const cases: readonly (readonly [string, string])[] = [
      ['8,000 joined addresses (88 KB)', 'http://a.b/'.repeat(8_000)],
      ['joined addresses up to the 1 MB note cap', 'http://a.b/'.repeat(Math.floor((1024 * 1024) / 11))],
    ];
    for (const [name, note] of cases) {
      it(name, () => {
        const html = renderer.render(note);
        assert.doesNotMatch(html, /<a /);
        const spans = html.match(/<span [^>]*>/g) ?? [];
        assert.ok(spans.length > 0);
        for (const span of spans) assert.equal(span, '<span class="refused-link" title="Not a link: the link is too long">');
        assert.equal(html.replace(/<[^>]*>/g, ''), `${note}\n`, 'the whole text is shown');
      });
    }

    it('still links each address when they are separated', () => {
      const html = renderer.render('http://a.b/ '.repeat(2_000));
      assert.equal(html.match(/<a href="http:\/\/a\.b\/">/g)?.length, 2_000);
    });
  });

  describe('link text that hides characters (issue 11, item 11)', () => {
    it('shows bidirectional controls and zero-width characters by their code, and the address beside', () => {
      const html = renderer.render('[https://bank.example/\u202Emoc.live\u200B](https://evil.example/)');
      assert.match(
        html,
        /<a href="https:\/\/evil\.example\/">https:\/\/bank\.example\/<span class="invisible-character" title="Invisible character U\+202E">⟨U\+202E⟩<\/span>moc\.live<span class="invisible-character" title="Invisible character U\+200B">⟨U\+200B⟩<\/span><\/a><span class="link-address"> \(https:\/\/evil\.example\/\)<\/span>/,
      );
      assert.doesNotMatch(html, /[\u202E\u200B]/);
    });

    it('leaves ordinary link text and text outside links as they are', () => {
      assert.equal(renderer.render('[Docs](https://example.com/) a\u200Bb'), '<p><a href="https://example.com/">Docs</a> a\u200Bb</p>\n');
    });
  });

  describe('stays within what the protocol accepts', () => {
    it('cuts a link title to the protocol limit', () => {
      assert.match(
        renderer.render(`[a](https://example.com/ "${'t'.repeat(5000)}")`),
        /<a href="https:\/\/example\.com\/" title="t{2048}">a<\/a>/,
      );
    });

    it('refuses a link that grows past the limit once percent-encoded', () => {
      const html = renderer.render(`[a](https://example.com/${'é'.repeat(1500)})`);
      assert.match(html, /^<p><span class="refused-link" title="Not a link: the link is too long">a<\/span><\/p>\n$/);
    });

    it('shows a note of more elements than the protocol carries as plain text', () => {
      const note = '*a* '.repeat(40_000);
      assert.equal(renderer.render(note), `<pre class="plain-text">${note}</pre>`);
    });
  });

  it('shows plain text as text', () => {
    assert.equal(renderPlainText('<b>x</b> & "y"'), '<pre class="plain-text">&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;</pre>');
    assert.equal(escapeHtml(`'`), '&#39;');
    for (const payload of XSS_PAYLOADS) assertSafe(renderPlainText(payload), payload);
  });
});

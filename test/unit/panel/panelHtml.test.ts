// The panel's page: a strict CSP, the one script by nonce, nothing inline.
import { strict as assert } from 'node:assert';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { contentSecurityPolicy, panelHtml } from '../../../src/views/panel/panelHtml';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function elements(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  const own = 'tagName' in node ? [node] : [];
  const inTemplate = 'content' in node ? elements(node.content) : [];
  return [...own, ...inTemplate, ...children.flatMap(elements)];
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

describe('panel page', () => {
  const page = {
    cspSource: 'https://*.vscode-cdn.net',
    nonce: 'bm9uY2Utbm9uY2Utbm9uY2U=',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/panel.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/panel.css',
    title: 'Roadmap <Topic>',
  };
  const all = elements(parse(panelHtml(page)));

  it("sets a CSP that allows only the nonce script and the extension's own styles and images", () => {
    const csp = all.find((element) => element.tagName === 'meta' && attribute(element, 'http-equiv') === 'Content-Security-Policy');
    assert.ok(csp);
    const policy = attribute(csp, 'content') ?? '';
    assert.equal(policy, contentSecurityPolicy(page.cspSource, page.nonce));
    const directives = new Map(
      policy.split(';').map((directive) => {
        const [name, ...values] = directive.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.deepEqual(directives.get('script-src'), [`'nonce-${page.nonce}'`]);
    assert.deepEqual(directives.get('style-src'), [page.cspSource]);
    assert.deepEqual(directives.get('img-src'), [page.cspSource]);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|https:(?!\/\/)|\*;|data:/);
  });

  it('loads one script, by nonce, from the extension, and no inline script, style or handler', () => {
    const scripts = all.filter((element) => element.tagName === 'script');
    assert.equal(scripts.length, 1);
    assert.equal(attribute(scripts[0]!, 'nonce'), page.nonce);
    assert.equal(attribute(scripts[0]!, 'src'), page.scriptUri);
    assert.equal(scripts[0]!.childNodes.length, 0);
    assert.ok(!all.some((element) => element.tagName === 'style'));
    assert.ok(!all.some((element) => element.attrs.some((attr) => /^on/i.test(attr.name) || attr.name === 'style')));
    assert.equal(all.filter((element) => element.tagName === 'link' && attribute(element, 'href') === page.styleUri).length, 1);
  });

  it('escapes the title and has a live region for announcements', () => {
    assert.match(panelHtml(page), /<title>Roadmap &lt;Topic&gt;<\/title>/);
    const announcer = all.find((element) => attribute(element, 'id') === 'announcer');
    assert.equal(announcer && attribute(announcer, 'aria-live'), 'polite');
  });
});

// Which links the panel opens, and how: web and mail addresses outside, workspace paths only when
// their spelling cannot leave the workspace folder.
import { strict as assert } from 'node:assert';
import { checkWorkspacePath, classifyLink } from '../../../src/workspaceFiles/links';

describe('classifyLink', () => {
  it('opens http(s) and mailto addresses outside VS Code, normalised', () => {
    assert.deepEqual(classifyLink('https://example.com/a b'), { kind: 'external', url: 'https://example.com/a%20b' });
    assert.deepEqual(classifyLink(' HTTP://Example.com '), { kind: 'external', url: 'http://example.com/' });
    assert.deepEqual(classifyLink('mailto:me@example.com'), { kind: 'external', url: 'mailto:me@example.com' });
  });

  it('keeps the header fields of a mail link', () => {
    const href = 'mailto:me@example.com?subject=Hello%20there&cc=a@example.com&body=attach%3Dnothing&';
    assert.deepEqual(classifyLink(href), { kind: 'external', url: href });
  });

  it('treats a relative path as a workspace path', () => {
    assert.deepEqual(classifyLink('practice/http/server.ts'), {
      kind: 'workspace',
      path: 'practice/http/server.ts',
      segments: ['practice', 'http', 'server.ts'],
    });
    assert.deepEqual(classifyLink('./notes/my%20notes.md#part'), {
      kind: 'workspace',
      path: 'notes/my notes.md',
      segments: ['notes', 'my notes.md'],
    });
  });

  const refused: readonly [string, RegExp][] = [
    ['javascript:alert(1)', /"javascript:"/],
    ['JavaScript:alert(1)', /"javascript:"/],
    ['data:text/html,<b>x</b>', /"data:"/],
    ['vbscript:msgbox(1)', /"vbscript:"/],
    ['file:///etc/passwd', /"file:"/],
    ['command:workbench.action.terminal.new', /"command:"/],
    ['vscode://file/etc/passwd', /"vscode:"/],
    ['ftp://example.com/x', /"ftp:"/],
    ['java\tscript:alert(1)', /control/],
    ['java\nscript:alert(1)', /control/],
    ['//evil.example/x', /scheme/],
    ['\\\\evil.example\\share', /scheme/],
    ['https://bank.example@evil.example/', /user name/],
    ['https://', /valid URL|host/],
    ['mailto:', /empty/],
    // Issue 11, item 12: a mail link must not attach a local file.
    ['mailto:a@example.com?attach=/etc/passwd', /not "attach"/],
    ['mailto:a@example.com?subject=hi&Attachment=C:%5Ckeys.txt', /not "attachment"/],
    ['mailto:a@example.com?subject=x&%61ttach=~/.ssh/id_rsa', /not "attach"/],
    ['mailto:a@example.com?body=x&file=secret', /not "file"/],
    ['mailto:a@example.com?%E0%A4%A=x', /encoded/],
    ['#heading', /same note/],
    ['', /empty/],
    ['x'.repeat(3000), /too long/],
    ['../secrets.txt', /leaves/],
    ['notes/../../secrets.txt', /leaves/],
    ['%2e%2e/secrets.txt', /leaves/],
    ['notes/%2E%2E/%2e%2e/x', /leaves/],
    ['/etc/passwd', /absolute/],
    ['%2Fetc%2Fpasswd', /absolute/],
    ['C:/Windows/win.ini', /"c:"/],
    ['c%3A/Windows/win.ini', /colon/],
    ['notes\\..\\..\\x', /backslash/],
    ['notes%5C..%5Cx', /backslash/],
    ['~/.ssh/id_rsa', /home/],
    ['notes/%00x.md', /control/],
    ['notes/%E0%A4%A', /encoded/],
    ['jav%61script:alert(1)', /colon/],
    ['file.md:stream', /"file\.md:"/],
  ];
  for (const [href, reason] of refused) {
    it(`refuses ${JSON.stringify(href.slice(0, 40))}`, () => {
      const target = classifyLink(href);
      assert.equal(target.kind, 'refused', JSON.stringify(target));
      assert.match(target.kind === 'refused' ? target.reason : '', reason);
    });
  }
});

describe('checkWorkspacePath', () => {
  it('does not decode paths from settings, where % is a plain character', () => {
    assert.deepEqual(checkWorkspacePath('practice/100%25', { percentEncoded: false }), {
      ok: true,
      path: 'practice/100%25',
      segments: ['practice', '100%25'],
    });
    assert.equal(checkWorkspacePath('practice/#1', { percentEncoded: false }).ok, true);
  });

  it('drops empty and "." segments but never ".."', () => {
    assert.deepEqual(checkWorkspacePath('a//./b/', { percentEncoded: false }), { ok: true, path: 'a/b', segments: ['a', 'b'] });
    assert.equal(checkWorkspacePath('a/b/..', { percentEncoded: false }).ok, false);
    assert.equal(checkWorkspacePath('./.', { percentEncoded: false }).ok, false);
  });
});

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { afterReloadTag } from '../protocol';

function workspaceFile(name: string): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return path.join(folder.uri.fsPath, name);
}

describe('extension host harness', () => {
  it('runs inside VS Code with the fixture workspace open', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    assert.equal(vscode.workspace.workspaceFolders?.length, 1);
    assert.ok(fs.existsSync(workspaceFile('README.md')), 'the fixture workspace was copied');
  });

  it('notes this extension host before the reload', () => {
    fs.writeFileSync(workspaceFile('.host-pid-before-reload'), String(process.pid));
  });

  it(`runs again in a new extension host after the reload ${afterReloadTag}`, () => {
    const before = Number(fs.readFileSync(workspaceFile('.host-pid-before-reload'), 'utf8'));
    assert.ok(before > 0);
    assert.notEqual(process.pid, before);
  });
});

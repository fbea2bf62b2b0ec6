// Symbolic links that lead out of the workspace folder are refused, against a real temporary folder.
import { strict as assert } from 'node:assert';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { isInside, resolveInside } from '../../../src/workspaceFiles/safePaths';

describe('isInside', () => {
  it('compares whole path segments', () => {
    assert.equal(isInside('/w/project', '/w/project'), true);
    assert.equal(isInside('/w/project', '/w/project/a/b'), true);
    assert.equal(isInside('/w/project', '/w/project-other/a'), false);
    assert.equal(isInside('/w/project', '/w'), false);
    assert.equal(isInside('/w/project', '/w/project/..foo'), true);
    assert.equal(isInside('C:\\w', 'D:\\w\\x', path.win32), false);
    assert.equal(isInside('C:\\w', 'C:\\w\\x', path.win32), true);
  });
});

describe('resolveInside', () => {
  let base: string;
  let root: string;
  let outside: string;

  beforeEach(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'roadmap-safe-paths-'));
    root = path.join(base, 'workspace');
    outside = path.join(base, 'outside');
    await mkdir(path.join(root, 'notes'), { recursive: true });
    await mkdir(outside);
    await writeFile(path.join(root, 'notes', 'a.md'), 'a');
    await writeFile(path.join(outside, 'secret.txt'), 'secret');
    await symlink(outside, path.join(root, 'escape'));
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'secret-link.txt'));
    await symlink(path.join(root, 'notes'), path.join(root, 'notes-link'));
    await symlink(path.join(outside, 'not-yet.txt'), path.join(root, 'dangling.txt'));
  });

  afterEach(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('finds an existing file inside', async () => {
    assert.deepEqual(await resolveInside(root, ['notes', 'a.md']), { ok: true, path: path.join(root, 'notes', 'a.md'), exists: true });
  });

  it('accepts a file that does not exist yet when its folder is inside', async () => {
    assert.deepEqual(await resolveInside(root, ['notes', 'new', 'b.md']), {
      ok: true,
      path: path.join(root, 'notes', 'new', 'b.md'),
      exists: false,
    });
  });

  it('follows a symbolic link that stays inside', async () => {
    const resolved = await resolveInside(root, ['notes-link', 'a.md']);
    assert.equal(resolved.ok && resolved.exists, true);
  });

  it('refuses a folder link that leads out, for existing and new files', async () => {
    for (const segments of [['escape', 'secret.txt'], ['escape', 'new.txt'], ['escape', 'deep', 'new.txt'], ['escape']]) {
      const resolved = await resolveInside(root, segments);
      assert.equal(resolved.ok, false, segments.join('/'));
      assert.match(resolved.ok ? '' : resolved.reason, /symbolic link/);
    }
  });

  it('refuses a file link that leads out', async () => {
    assert.equal((await resolveInside(root, ['secret-link.txt'])).ok, false);
  });

  it('refuses a dangling link, which a write would follow out', async () => {
    const resolved = await resolveInside(root, ['dangling.txt']);
    assert.equal(resolved.ok, false);
    assert.match(resolved.ok ? '' : resolved.reason, /missing/);
  });

  it('refuses ".." and separators inside a segment, whatever is on disk', async () => {
    assert.equal((await resolveInside(root, ['..', 'outside', 'secret.txt'])).ok, false);
    assert.equal((await resolveInside(root, ['notes/../../outside'])).ok, false);
  });

  it('refuses when the root itself is missing', async () => {
    assert.equal((await resolveInside(path.join(base, 'nope'), ['a'])).ok, false);
  });
});

// Issue 13: where real paths cannot be resolved (the web worker host, virtual file systems), a path is
// checked part by part with a stat that marks links, and any link on the way is refused.
import { strict as assert } from 'node:assert';
import { linkRefused, resolveInsideByStat, type StatKind } from '../../../src/workspaceFiles/safePaths';

/** A fake workspace: relative path → kind; anything else is missing. */
function statOf(tree: Readonly<Record<string, StatKind | 'unreadable'>>, asked: string[] = []) {
  return (segments: readonly string[]): Promise<StatKind> => {
    const key = segments.join('/');
    asked.push(key);
    const kind = tree[key];
    if (kind === 'unreadable') return Promise.reject(new Error('NoPermissions'));
    return Promise.resolve(kind ?? 'missing');
  };
}

const tree = {
  notes: 'folder',
  'notes/a.md': 'file',
  linked: 'link',
  'linked/secret.md': 'file',
  'notes/link.md': 'link',
  locked: 'unreadable',
} as const;

describe('resolveInsideByStat', () => {
  it('finds an existing file, statting each part from the root down', async () => {
    const asked: string[] = [];
    assert.deepEqual(await resolveInsideByStat('/w/ws/', ['notes', 'a.md'], statOf(tree, asked)), {
      ok: true,
      path: '/w/ws/notes/a.md',
      exists: true,
    });
    assert.deepEqual(asked, ['notes', 'notes/a.md']);
  });

  it('accepts a file that does not exist yet, and stops at the first missing part', async () => {
    const asked: string[] = [];
    assert.deepEqual(await resolveInsideByStat('/w/ws', ['new', 'deeper', 'b.md'], statOf(tree, asked)), {
      ok: true,
      path: '/w/ws/new/deeper/b.md',
      exists: false,
    });
    assert.deepEqual(asked, ['new']);
  });

  it('refuses a link to a folder on the way and a link as the file itself, saying why', async () => {
    assert.deepEqual(await resolveInsideByStat('/w/ws', ['linked', 'secret.md'], statOf(tree)), { ok: false, reason: linkRefused() });
    assert.deepEqual(await resolveInsideByStat('/w/ws', ['notes', 'link.md'], statOf(tree)), { ok: false, reason: linkRefused() });
  });

  it('refuses ".." and separators without asking the file system', async () => {
    const asked: string[] = [];
    for (const segments of [['..', 'x'], ['notes', '..', '..'], ['a/b'], ['']]) {
      const resolved = await resolveInsideByStat('/w/ws', segments, statOf(tree, asked));
      assert.equal(resolved.ok, false, segments.join('|'));
    }
    assert.deepEqual(asked, []);
  });

  it('says a part cannot be read rather than guessing', async () => {
    const resolved = await resolveInsideByStat('/w/ws', ['locked', 'a.md'], statOf(tree));
    assert.deepEqual(resolved, { ok: false, reason: 'the path cannot be read (NoPermissions)' });
  });

  it('treats a file where a folder is needed as not existing, as resolveInside does', async () => {
    assert.deepEqual(await resolveInsideByStat('/w/ws', ['notes', 'a.md', 'x'], statOf(tree)), {
      ok: true,
      path: '/w/ws/notes/a.md/x',
      exists: false,
    });
  });
});

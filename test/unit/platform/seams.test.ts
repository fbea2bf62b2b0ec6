// Issue 13: the small platform seams, against what Node does (the extension's behaviour before them).
import { strict as assert } from 'node:assert';
import * as nodePath from 'node:path';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64 } from '../../../src/platform/base64';
import { contentHash } from '../../../src/platform/contentHash';
import { contentHash as webContentHash } from '../../../src/platform/contentHash.web';
import { posixPath } from '../../../src/platform/posixPath.web';
import { randomNonce } from '../../../src/platform/randomNonce';
import {
  isPathInside as webIsPathInside,
  realPathOf as webRealPathOf,
  realPathFileSystem as webRealPathFileSystem,
} from '../../../src/platform/realPaths.web';
import { isPathInside } from '../../../src/platform/realPaths';
import { noProcessesReason } from '../../../src/platform/processes';
import { processGroupAlive, runProcess } from '../../../src/checks/processRunner.web';

describe('base 64 seam', () => {
  it('matches Buffer both ways, for any bytes, including more than one chunk (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        const text = bytesToBase64(bytes);
        assert.equal(text, Buffer.from(bytes).toString('base64'));
        assert.deepEqual(base64ToBytes(text), new Uint8Array(bytes));
      }),
      { numRuns: 60 },
    );
    const large = Uint8Array.from({ length: 100_000 }, (_, index) => (index * 31) % 256);
    assert.equal(bytesToBase64(large), Buffer.from(large).toString('base64'));
  });

  it('throws on text base 64 cannot be', () => {
    assert.throws(() => base64ToBytes('A'));
    assert.throws(() => base64ToBytes('ab$d'));
  });
});

describe('nonce seam (Web Crypto)', () => {
  it('is 24 base-64 characters of 18 random bytes, never repeated', () => {
    const nonces = Array.from({ length: 1_000 }, () => randomNonce());
    for (const nonce of nonces) {
      assert.match(nonce, /^[A-Za-z0-9+/]{24}$/);
      assert.equal(Buffer.from(nonce, 'base64').length, 18);
    }
    assert.equal(new Set(nonces).size, nonces.length);
  });
});

describe('content hash seam', () => {
  it('the web variant (@noble/hashes) gives what node:crypto gives (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2_000 }), (text) => {
        assert.equal(webContentHash(text), contentHash(text));
      }),
      { numRuns: 300 },
    );
    assert.equal(webContentHash(''), '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('posix path helper of the web (path-browserify) against node:path.posix', () => {
  const cases: ReadonlyArray<readonly [string, ...string[]]> = [
    ['/w/project'],
    ['/w/project/'],
    ['/w/project/notes/a.md'],
    ['/w//project/./notes/../a.md'],
    ['/'],
    ['relative/a/b'],
    ['a/../../b'],
    ['/w/project', 'notes', 'a.md'],
    ['/w/project/', '/notes/', 'a.md'],
    ['/w/project', '..', 'other'],
    ['/w/project', '.', 'x y', 'ü.md'],
    ['/w/project-other/a'],
    ['file.tar.gz'],
    ['.hidden'],
    ['/w/project/..foo'],
  ];

  it('join, normalize, dirname, basename, extname and isAbsolute agree', () => {
    for (const [first, ...rest] of cases) {
      const label = [first, ...rest].join(' + ');
      assert.equal(posixPath.join(first, ...rest), nodePath.posix.join(first, ...rest), `join ${label}`);
      assert.equal(posixPath.normalize(first), nodePath.posix.normalize(first), `normalize ${label}`);
      assert.equal(posixPath.dirname(first), nodePath.posix.dirname(first), `dirname ${label}`);
      assert.equal(posixPath.basename(first), nodePath.posix.basename(first), `basename ${label}`);
      assert.equal(posixPath.extname(first), nodePath.posix.extname(first), `extname ${label}`);
      assert.equal(posixPath.isAbsolute(first), nodePath.posix.isAbsolute(first), `isAbsolute ${label}`);
    }
  });

  it('relative agrees for absolute paths', () => {
    const absolute = cases.map(([first]) => first).filter((candidate) => candidate.startsWith('/'));
    for (const from of absolute) {
      for (const to of absolute) assert.equal(posixPath.relative(from, to), nodePath.posix.relative(from, to), `${from} → ${to}`);
    }
  });
});

describe('real paths seam, web variant', () => {
  it('has no real paths: links are refused by the callers, never followed', async () => {
    assert.equal(webRealPathFileSystem, undefined);
    assert.equal(await webRealPathOf(), undefined);
  });

  it('compares whole path segments as the Node variant does on posix paths', () => {
    const pairs: ReadonlyArray<readonly [string, string]> = [
      ['/w/project', '/w/project'],
      ['/w/project', '/w/project/a/b'],
      ['/w/project', '/w/project-other/a'],
      ['/w/project', '/w'],
      ['/w/project', '/w/project/..foo'],
      ['/w/project/', '/w/project/a'],
    ];
    for (const [root, candidate] of pairs)
      assert.equal(webIsPathInside(root, candidate), isPathInside(root, candidate), `${root} ⊇ ${candidate}`);
  });
});

describe('process runner, web variant', () => {
  it('starts nothing and says why', async () => {
    assert.deepEqual(await runProcess(), { kind: 'failedToStart', message: noProcessesReason() });
    assert.equal(processGroupAlive(), false);
  });
});

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { ProgressEntry } from '../../../src/model/status';
import {
  compress,
  COMPRESS_ABOVE_CHARS,
  decodeProgress,
  encodeProgress,
  packEntries,
  PROGRESS_VERSION,
  unpackEntries,
} from '../../../src/store/progressCodec';
import { decodeSyncedProgress, encodeSyncedProgress } from '../../../src/store/syncedProgressCodec';
import { plain, progressArb, progressByRoadmapArb, wideEntryArb } from '../arbitraries';

const jsonRoundTrip = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe('progress codec (version 2)', () => {
  it('packs entries oldest first, times as base-36 deltas, status as an upper-case letter', () => {
    const progress = new Map<string, ProgressEntry>([
      ['rest', { status: 'todo', changedAt: 1_000 }],
      ['http-caching', { status: 'done', changedAt: 100 }],
      ['sql', { status: 'skipped', changedAt: 1_000 }],
      ['grpc', { status: 'in-progress', changedAt: 1_036 }],
    ]);
    assert.equal(packEntries(progress), 'http-cachingD2s,restTp0,sqlS0,grpcP10');
    assert.deepEqual(encodeProgress(progress), { v: 2, t: 'http-cachingD2s,restTp0,sqlS0,grpcP10' });
  });

  it('round-trips any progress exactly through JSON (fast-check)', () => {
    fc.assert(
      fc.property(progressArb(wideEntryArb), (progress) => {
        const decoded = decodeProgress(jsonRoundTrip(encodeProgress(progress)));
        assert.equal(decoded.kind, 'ok');
        assert.deepEqual(decoded.kind === 'ok' ? plain(decoded.progress) : undefined, plain(progress));
      }),
      { numRuns: 1_000 },
    );
  });

  it('deflates a large value under z, and reads it back exactly', () => {
    const progress = new Map<string, ProgressEntry>();
    for (let index = 0; index < 2_000; index++)
      progress.set(`topic-${index}`, { status: index % 2 ? 'done' : 'skipped', changedAt: 1_763_700_000_000 + index * 977 });
    const saved = encodeProgress(progress);
    assert.ok('z' in saved && !('t' in saved), 'compressed');
    assert.ok(packEntries(progress).length > COMPRESS_ABOVE_CHARS);
    const decoded = decodeProgress(jsonRoundTrip(saved));
    assert.deepEqual(decoded.kind === 'ok' ? plain(decoded.progress) : decoded, plain(progress));
    assert.ok('t' in encodeProgress(new Map([['a', { status: 'done', changedAt: 1 }]])), 'small values stay readable');
  });

  it('reads nothing saved as no progress', () => {
    const decoded = decodeProgress(undefined);
    assert.ok(decoded.kind === 'ok' && decoded.progress.size === 0);
    assert.ok(unpackEntries('').ok);
  });

  it('migrates version 1 ({ v: 1, t: { id: letter + base-36 time } }) without losing anything', () => {
    const v1 = { v: 1, t: { http: 'dmi5q0k3c', rest: 'p1', sql: 's0', 'auth-basics': 't16' } };
    const decoded = decodeProgress(v1);
    assert.equal(decoded.kind, 'ok');
    if (decoded.kind !== 'ok') return;
    assert.equal(decoded.migratedFrom, 1);
    assert.deepEqual(plain(decoded.progress), {
      'auth-basics': { status: 'todo', changedAt: 42 },
      http: { status: 'done', changedAt: parseInt('mi5q0k3c', 36) },
      rest: { status: 'in-progress', changedAt: 1 },
      sql: { status: 'skipped', changedAt: 0 },
    });
    const rewritten = decodeProgress(jsonRoundTrip(encodeProgress(decoded.progress)));
    assert.ok(rewritten.kind === 'ok' && rewritten.migratedFrom === undefined);
    assert.deepEqual(plain(rewritten.progress), plain(decoded.progress));
  });

  for (const [name, value, pattern] of [
    ['not an object', 'garbage', /value/],
    ['a version 0', { v: 0, t: '' }, /v/],
    ['no version', { t: '' }, /v/],
    ['entries that are not a string', { v: 2, t: { a: 'd1' } }, /t/],
    ['an entry without a status letter', { v: 2, t: 'http12' }, /entry 1/],
    ['an entry with a lower-case status', { v: 2, t: 'httpd12' }, /entry 1/],
    ['an id with an upper-case letter', { v: 2, t: 'HttpD12' }, /entry 1/],
    ['an empty entry', { v: 2, t: 'httpD1,,restT2' }, /entry 2/],
    ['a time out of range', { v: 2, t: 'httpDzzzzzzzzzzz' }, /range/],
    ['a bad version 1 entry', { v: 1, t: { a: 'x??' } }, /t\.a/],
    ['both t and z', { v: 2, t: '', z: '' }, /value|t|z/],
    ['z that is not base 64', { v: 2, z: '%%%' }, /z: not base 64/],
    ['z that does not inflate', { v: 2, z: Buffer.from('plain text').toString('base64') }, /z: does not inflate/],
    ['z that inflates to bad entries', { v: 2, z: compress('no good') }, /z: entry 1/],
    ['a version 1 id version 2 cannot hold', { v: 1, t: { 'Has Spaces': 'd1' } }, /not a topic id/],
  ] as const) {
    it(`reports ${name} as corrupt`, () => {
      const decoded = decodeProgress(value);
      assert.equal(decoded.kind, 'corrupt');
      assert.match(decoded.kind === 'corrupt' ? decoded.reason : '', pattern);
    });
  }

  it('reports a newer version as newer, whatever its shape', () => {
    assert.deepEqual(decodeProgress({ v: PROGRESS_VERSION + 1, anything: true }), { kind: 'newer', version: PROGRESS_VERSION + 1 });
  });

  it('keeps the later entry when a packed string names a topic twice', () => {
    const unpacked = unpackEntries('httpD5,httpT1');
    assert.ok(unpacked.ok);
    assert.deepEqual(unpacked.ok ? unpacked.progress.get('http') : undefined, { status: 'todo', changedAt: 6 });
  });
});

describe('synced progress codec', () => {
  it('round-trips every roadmap exactly through JSON (fast-check)', () => {
    fc.assert(
      fc.property(progressByRoadmapArb(wideEntryArb), (progress) => {
        const decoded = decodeSyncedProgress(jsonRoundTrip(encodeSyncedProgress(progress)));
        assert.equal(decoded.kind, 'ok');
        const withoutEmpty = new Map([...progress].filter(([, entries]) => entries.size > 0));
        assert.deepEqual(decoded.kind === 'ok' ? plain(decoded.progress) : undefined, plain(withoutEmpty));
      }),
      { numRuns: 500 },
    );
  });

  it('has one key per roadmap, each a packed string', () => {
    const saved = encodeSyncedProgress(new Map([['backend', new Map([['http', { status: 'done' as const, changedAt: 36 }]])]]));
    assert.deepEqual(saved, { v: 2, r: { backend: 'httpD10' } });
  });

  for (const [name, value] of [
    ['a string', 'garbage'],
    ['roadmaps that are not strings', { v: 2, r: { backend: { http: 'd1' } } }],
    ['a bad roadmap id', { v: 2, r: { 'Back End': 'httpD1' } }],
    ['a bad entry', { v: 2, r: { backend: 'http' } }],
  ] as const) {
    it(`reports ${name} as corrupt`, () => assert.equal(decodeSyncedProgress(value).kind, 'corrupt'));
  }

  it('reports a newer version as newer', () => {
    assert.deepEqual(decodeSyncedProgress({ v: 3, r: 'whatever' }), { kind: 'newer', version: 3 });
  });

  it('deflates a large copy under z and reads it back exactly', () => {
    const progress = new Map<string, Map<string, ProgressEntry>>();
    for (const roadmapId of ['backend', 'devops']) {
      const entries = new Map<string, ProgressEntry>();
      for (let index = 0; index < 1_000; index++) entries.set(`${roadmapId}-${index}`, { status: 'done', changedAt: index * 1_013 });
      progress.set(roadmapId, entries);
    }
    const saved = encodeSyncedProgress(progress);
    assert.ok('z' in saved);
    const decoded = decodeSyncedProgress(jsonRoundTrip(saved));
    assert.deepEqual(decoded.kind === 'ok' ? plain(decoded.progress) : decoded, plain(progress));
  });

  for (const [name, z] of [
    ['z that does not inflate', Buffer.from('plain').toString('base64')],
    ['z that is not JSON inside', compress('{nope')],
    ['z whose roadmaps are not strings', compress('{"backend": 1}')],
  ] as const) {
    it(`reports ${name} as corrupt`, () => assert.equal(decodeSyncedProgress({ v: 2, z }).kind, 'corrupt'));
  }
});

// Issue 13: the compression seam (fflate, on both extension hosts) against what node:zlib wrote before,
// both ways: a value saved by the Node host of an earlier version opens on the web, and a value saved on
// the web opens with node:zlib, to the same text byte for byte.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import * as CRC32 from 'crc-32';
import fc from 'fast-check';
import { deflateRaw, InflatedTooLarge } from '../../../src/platform/compression';
import { inflateRaw as nodeInflateRaw } from '../../../src/platform/inflate';
import { inflateRaw as webInflateRaw } from '../../../src/platform/inflate.web';
import type { ProgressEntry } from '../../../src/model/status';
import { compress, decompress, openPart, sealPart } from '../../../src/store/progressCodec';
import { decodeSyncedPart, encodeSyncedPart } from '../../../src/store/syncedProgressCodec';
import { plain } from '../arbitraries';

/** What progressCodec.compress wrote until this change (node:zlib, level 4, base 64). */
const zlibCompress = (text: string): string => deflateRawSync(Buffer.from(text, 'utf8'), { level: 4 }).toString('base64');
const zlibDecompress = (base64: string): string => inflateRawSync(Buffer.from(base64, 'base64')).toString('utf8');

/** What sealPart wrote until this change for a payload above the compression threshold. */
function zlibSealedPart(payload: string): { v: 3; n: number; c: string; z: string } {
  const stored = zlibCompress(payload);
  return { v: 3, n: stored.length, c: (CRC32.str(stored) >>> 0).toString(16).padStart(8, '0'), z: stored };
}

/** A synced copy large enough to be compressed: `topics` topics of two roadmaps, deterministic. */
function largeProgress(topics: number): Map<string, Map<string, ProgressEntry>> {
  const statuses = ['todo', 'in-progress', 'done', 'skipped'] as const;
  const roadmap = (prefix: string): Map<string, ProgressEntry> =>
    new Map(
      Array.from({ length: topics }, (_, index): [string, ProgressEntry] => [
        `${prefix}-topic-${index}`,
        { status: statuses[index % 4]!, changedAt: 1_700_000_000_000 + index * 7_919 },
      ]),
    );
  return new Map([
    ['backend', roadmap('b')],
    ['devops', roadmap('d')],
  ]);
}

const textArb = fc.string({ unit: 'grapheme', maxLength: 3_000 });

describe('compression seam (fflate) and node:zlib', () => {
  it('node:zlib inflates what the seam deflates, to the same text (fast-check)', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        assert.equal(zlibDecompress(compress(text)), text);
      }),
      { numRuns: 300 },
    );
  });

  it('the seam inflates what node:zlib deflated, to the same text (fast-check)', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        assert.deepEqual(decompress(zlibCompress(text)), { ok: true, text });
      }),
      { numRuns: 300 },
    );
  });

  it('opens a synced part saved by the Node host before this change, and node:zlib opens one saved now', () => {
    const progress = largeProgress(1_500);
    const savedNow = encodeSyncedPart(progress);
    assert.ok('z' in savedNow, 'large enough to be compressed');
    const savedBefore = zlibSealedPart(zlibDecompress(savedNow.z));

    const openedBefore = decodeSyncedPart(JSON.parse(JSON.stringify(savedBefore)));
    assert.equal(openedBefore.kind, 'ok');
    assert.deepEqual(openedBefore.kind === 'ok' ? plain(openedBefore.progress) : undefined, plain(progress));
    // The payload both hosts seal is the same text, byte for byte.
    const payloadBefore = openPart(savedBefore);
    assert.equal(payloadBefore.kind, 'ok');
    assert.equal(payloadBefore.kind === 'ok' ? payloadBefore.payload : undefined, zlibDecompress(savedNow.z));
  });

  it('writes the same bytes for the same progress on every host (one implementation, pinned here)', () => {
    const saved = encodeSyncedPart(largeProgress(1_500));
    assert.ok('z' in saved);
    // Pinned so that a change of library or level, which would make hosts of different versions write
    // different values for the same progress, is a decision rather than an accident.
    assert.equal(createHash('sha256').update(JSON.stringify(saved)).digest('hex'), PINNED_SYNCED_PART_SHA256);
    assert.deepEqual(sealPart(zlibDecompress(saved.z)), saved);
  });

  for (const [host, inflateRaw] of [
    ['Node host (node:zlib)', nodeInflateRaw],
    ['web worker host (fflate)', webInflateRaw],
  ] as const) {
    describe(`inflating in the ${host}`, () => {
      it('gives the same bytes as node:zlib, for what either deflated (fast-check)', () => {
        fc.assert(
          fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
            assert.deepEqual(inflateRaw(deflateRaw(bytes, 4), 1e8), bytes);
            assert.deepEqual(inflateRaw(new Uint8Array(deflateRawSync(bytes, { level: 9 })), 1e8), bytes);
          }),
          { numRuns: 100 },
        );
      });

      it('stops inflating past the limit instead of filling memory', () => {
        const bomb = deflateRawSync(Buffer.alloc(20_000_000));
        assert.ok(bomb.length < 30_000);
        assert.throws(() => inflateRaw(bomb, 1_000_000), InflatedTooLarge);
        assert.equal(inflateRaw(bomb, 20_000_000).length, 20_000_000);
      });

      it('refuses empty, cut and invalid streams', () => {
        const whole = deflateRaw(new TextEncoder().encode('some text, some text, some more text'), 4);
        assert.throws(() => inflateRaw(new Uint8Array(0), 100), /empty/);
        assert.throws(() => inflateRaw(whole.subarray(0, whole.length - 3), 100));
        assert.throws(() => inflateRaw(new Uint8Array([0xff, 0xff, 0xff]), 100));
      });
    });
  }

  it('decompress refuses what is not base 64 or does not inflate', () => {
    assert.equal(decompress('').ok, false);
    assert.equal(decompress('A').ok, false); // a length base 64 cannot have
    assert.equal(decompress('AAAA').ok, false);
  });
});

const PINNED_SYNCED_PART_SHA256 = 'ef48f207ff0b12423dcde572e707fbbd0493185ac5f3a14ecbc16794e38355f6';

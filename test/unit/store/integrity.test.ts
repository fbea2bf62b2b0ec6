// Damage that still parses is caught (issue 11, item 4): every cut and every flipped bit of a saved part,
// in every format written now (workspace and synced, plain and deflated), is reported as corrupt, never
// read as different progress.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { ProgressEntry } from '../../../src/model/status';
import { decodePart, encodePart, type SavedPart } from '../../../src/store/progressCodec';
import { decodeSyncedPart, encodeSyncedPart } from '../../../src/store/syncedProgressCodec';
import { progressArb, wideEntryArb } from '../arbitraries';

function progressOf(count: number): Map<string, ProgressEntry> {
  const progress = new Map<string, ProgressEntry>();
  for (let index = 0; index < count; index++) {
    progress.set(`topic-${index.toString(36)}`, {
      status: index % 3 ? 'done' : 'in-progress',
      changedAt: 1_763_700_000_000 + index * 7_919,
    });
  }
  return progress;
}

type Decode = (value: unknown) => { kind: string };

const FORMATS: readonly { name: string; value: SavedPart; decode: Decode }[] = [
  { name: 'workspace part, plain', value: encodePart(progressOf(3)), decode: decodePart },
  { name: 'workspace part, deflated', value: encodePart(progressOf(700)), decode: decodePart },
  {
    name: 'synced part, plain',
    value: encodeSyncedPart(
      new Map([
        ['backend', progressOf(3)],
        ['devops', progressOf(2)],
      ]),
    ),
    decode: decodeSyncedPart,
  },
  {
    name: 'synced part, deflated',
    value: encodeSyncedPart(
      new Map([
        ['backend', progressOf(500)],
        ['devops', progressOf(200)],
      ]),
    ),
    decode: decodeSyncedPart,
  },
];

function storedOf(value: SavedPart): { field: 't' | 'z'; text: string } {
  return 't' in value ? { field: 't', text: value.t } : { field: 'z', text: value.z };
}

function withStored(value: SavedPart, text: string): unknown {
  const { field } = storedOf(value);
  return { ...value, [field]: text };
}

function flipBit(text: string, index: number, bit: number): string {
  return text.slice(0, index) + String.fromCharCode(text.charCodeAt(index) ^ (1 << bit)) + text.slice(index + 1);
}

// Stored texts are ASCII (ids, base-36 times, base 64): flipping any of a character's 8 bits covers every
// one-bit error of its byte.
describe('integrity of saved parts', () => {
  it('the formats under test include plain and deflated parts', () => {
    assert.deepEqual(
      FORMATS.map(({ value }) => storedOf(value).field),
      ['t', 'z', 't', 'z'],
    );
  });

  for (const { name, value, decode } of FORMATS) {
    describe(name, () => {
      const { text } = storedOf(value);

      it('reads back as saved, through JSON', () => {
        assert.equal(decode(JSON.parse(JSON.stringify(value))).kind, 'ok');
      });

      it(`detects every cut of the stored text (${text.length} cuts)`, () => {
        for (let length = 0; length < text.length; length++) {
          assert.equal(decode(withStored(value, text.slice(0, length))).kind, 'corrupt', `cut at ${length}`);
        }
      });

      it(`detects every flipped bit of the stored text (${text.length * 8} flips)`, function () {
        this.timeout(120_000);
        for (let index = 0; index < text.length; index++) {
          for (let bit = 0; bit < 8; bit++)
            assert.equal(decode(withStored(value, flipBit(text, index, bit))).kind, 'corrupt', `bit ${bit} of character ${index}`);
        }
      });

      it('detects a changed length or checksum', () => {
        assert.equal(decode({ ...value, n: value.n + 1 }).kind, 'corrupt');
        assert.equal(decode({ ...value, n: value.n - 1 }).kind, 'corrupt');
        for (let index = 0; index < value.c.length; index++) {
          for (let bit = 0; bit < 7; bit++) assert.equal(decode({ ...value, c: flipBit(value.c, index, bit) }).kind, 'corrupt');
        }
      });

      it('detects every cut of its JSON text, and every flipped bit that still parses reads as the same or is refused', () => {
        const json = JSON.stringify(value);
        const original = JSON.stringify(decode(value));
        const outcome = (candidate: string): string => {
          let parsed: unknown;
          try {
            parsed = JSON.parse(candidate);
          } catch {
            return 'unparsable';
          }
          const decoded = decode(parsed);
          return decoded.kind === 'ok' ? (JSON.stringify(decoded) === original ? 'same' : 'DIFFERENT') : decoded.kind;
        };
        for (let length = 0; length < Math.min(json.length, 400); length++)
          assert.notEqual(outcome(json.slice(0, length)), 'DIFFERENT', `cut at ${length}`);
        for (let index = 0; index < Math.min(json.length, 400); index++) {
          for (let bit = 0; bit < 7; bit++)
            assert.notEqual(outcome(flipBit(json, index, bit)), 'DIFFERENT', `bit ${bit} of character ${index}`);
        }
      });
    });
  }

  it('detects a random cut or flip of any progress (fast-check)', () => {
    fc.assert(
      fc.property(progressArb(wideEntryArb), fc.nat(), fc.nat(15), fc.boolean(), (progress, position, bit, cut) => {
        const value = encodePart(progress);
        const { text } = storedOf(value);
        if (text.length === 0) return;
        const index = position % text.length;
        const damaged = cut ? text.slice(0, index) : flipBit(text, index, bit);
        assert.equal(decodePart(withStored(value, damaged)).kind, 'corrupt');
      }),
      { numRuns: 2_000 },
    );
  });
});

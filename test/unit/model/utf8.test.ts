import * as assert from 'node:assert/strict';
import { utf8ByteLength } from '../../../src/model/utf8';

describe('utf8ByteLength', () => {
  it('counts bytes exactly as Node encodes them, lone surrogates included', () => {
    const samples = ['', 'abc', 'çğış', 'â€“', '€', '😀', 'a\uD800b', '\uDC00', 'x'.repeat(1000) + '\u{10FFFF}', '\uD83D'];
    for (const sample of samples) assert.equal(utf8ByteLength(sample), Buffer.byteLength(sample, 'utf8'), JSON.stringify(sample));
  });
});

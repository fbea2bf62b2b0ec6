// Characters that hide in link text are found in one pass and named by their code.
import { strict as assert } from 'node:assert';
import { hasInvisibleCharacters, splitInvisibleCharacters } from '../../../src/protocol/invisibleCharacters';

describe('invisible characters in link text', () => {
  it('finds bidirectional controls, zero-width characters and fillers', () => {
    for (const character of [
      '\u202E',
      '\u202A',
      '\u2066',
      '\u2069',
      '\u200E',
      '\u200F',
      '\u061C',
      '\u200B',
      '\u200C',
      '\u200D',
      '\u2060',
      '\uFEFF',
      '\u00AD',
      '\u3164',
      '\u{E0041}',
    ]) {
      assert.ok(hasInvisibleCharacters(`a${character}b`), character.codePointAt(0)?.toString(16));
    }
    assert.equal(hasInvisibleCharacters('plain text, accents é, emoji 🎉, RTL text שלום'), false);
  });

  it('cuts the text around each one, giving its code', () => {
    assert.deepEqual(splitInvisibleCharacters('\u202Eab\u200B\u200Bc\u{E0041}'), [
      { invisible: 'U+202E' },
      { text: 'ab' },
      { invisible: 'U+200B' },
      { invisible: 'U+200B' },
      { text: 'c' },
      { invisible: 'U+E0041' },
    ]);
    assert.deepEqual(splitInvisibleCharacters('plain'), [{ text: 'plain' }]);
    assert.deepEqual(splitInvisibleCharacters(''), []);
  });

  it('handles a long run in one pass', () => {
    const pieces = splitInvisibleCharacters('\u200B'.repeat(200_000) + 'x');
    assert.equal(pieces.length, 200_001);
  });
});

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { sizeOverLimit } from '../../../src/model/roadmapLimits';
import { utf8ByteLength } from '../../../src/model/utf8';

describe('sizeOverLimit', () => {
  it('gives the UTF-8 size exactly when it is over the limit, whatever the characters', () => {
    const unit = fc.oneof(fc.constantFrom('a', 'é', '€', '🚀', '\ud800', '\udc00'), fc.string({ unit: 'binary', maxLength: 1 }));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.nat({ max: 200 }), (text, maxBytes) => {
        const size = utf8ByteLength(text);
        assert.equal(sizeOverLimit(text, maxBytes), size > maxBytes ? size : undefined);
      }),
      { numRuns: 1000 },
    );
  });

  it('counts multi-byte text near the limit', () => {
    assert.equal(sizeOverLimit('é'.repeat(6), 11), 12);
    assert.equal(sizeOverLimit('é'.repeat(6), 12), undefined);
    assert.equal(sizeOverLimit('€'.repeat(4), 11), 12);
    assert.equal(sizeOverLimit('🚀'.repeat(3), 11), 12);
    assert.equal(sizeOverLimit('a'.repeat(5), 4), 5);
  });
});

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeTextBytes, repairMojibake } from '../../../src/model/textImport/encoding';

/** What a Windows code page makes of UTF-8: each byte one character; bytes it lacks are dropped. */
function damage(text: string, codePage: 'windows-1254' | 'windows-1252'): string {
  const decoder = new TextDecoder(codePage);
  const lacking = codePage === 'windows-1254' ? [0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x9d, 0x9e] : [0x81, 0x8d, 0x8f, 0x90, 0x9d];
  return Array.from(Buffer.from(text, 'utf8'))
    .filter((byte) => !lacking.includes(byte))
    .map((byte) => decoder.decode(Uint8Array.of(byte)))
    .join('');
}

const repaired = (text: string): string => repairMojibake(text).text;

describe('encoding repair', () => {
  it('restores the markers and punctuation damaged in seeds 002 and 003', () => {
    assert.equal(repaired('â³ JavaScript'), '⏳ JavaScript');
    assert.equal(repaired('â¸ï¸ Go/Java'), '⏸️ Go/Java');
    assert.equal(repaired('âœ… Python'), '✅ Python');
    assert.equal(repaired('Engineer â€“ Ultimate'), 'Engineer – Ultimate');
    assert.equal(repaired('fundamentals â†’ systems'), 'fundamentals → systems');
    assert.equal(repaired('â”‚   â”œâ”€â”€ x'), '│   ├── x');
  });

  it('round-trips text damaged by Windows-1254 and by Windows-1252', () => {
    const original = '│ ├── ✅ Done – “quoted” → next… ❌ ⏳ ⏸️ 🚀 café';
    for (const codePage of ['windows-1254', 'windows-1252'] as const) {
      const damaged = damage(original, codePage);
      assert.notEqual(damaged, original);
      assert.equal(repaired(damaged), original, codePage);
    }
  });

  it('repairs the plain Latin-1 variant (C1 control characters kept)', () => {
    const latin1 = Array.from(Buffer.from('⏳ wait – ok é', 'utf8'), (byte) => String.fromCharCode(byte)).join('');
    assert.equal(repaired(latin1), '⏳ wait – ok é');
    assert.equal(repaired('CafÃ© â€œdÃ©jÃ\u00a0 vuâ€'), 'Café “déjà vu”');
  });

  it('guesses a dropped byte deterministically, preferring pictographs and U+FE0F after them', () => {
    // 🏗️ = F0 9F 8F 97 EF B8 8F loses both 0x8F bytes.
    const result = repaired(damage('🏗️ Build', 'windows-1254'));
    assert.match(result, /^\p{Extended_Pictographic}\uFE0F Build$/u);
    assert.equal(repaired(damage('🏗️ Build', 'windows-1254')), result);
  });

  it('leaves text that is fine unchanged, including Turkish text', () => {
    for (const text of [
      'ğ',
      'Ağaç, çalışma, dağ — Öğrenci “İyi” işler.',
      'KOÇ’un GÜÇ… bölümü',
      'Café é–– ç’’ ğ“quoted”',
      'Straße, café, naïve, Ærø – “ok” • 100 €',
      'plain ASCII',
      '✅ ⏳ ⏸️ │ ├── real Unicode',
      '',
    ]) {
      assert.deepEqual(repairMojibake(text), { text, repairedSequences: 0 }, text);
    }
  });

  it('repairs the seeds that need it, leaves the others, and is idempotent', () => {
    const seeds = join(__dirname, '../../fixtures/seeds');
    const counts = [
      '000_8bcf72779aae2d0c.txt',
      '001_929c1ac9dc74f502.txt',
      '002_5051973490843975.txt',
      '003_f5fb33b680d64a1c.txt',
      '004_40151eb1b6f74554.txt',
    ].map((file) => {
      const text = readFileSync(join(seeds, file), 'utf8');
      const once = repairMojibake(text);
      assert.equal(repaired(once.text), once.text, `${file}: a second repair changes nothing`);
      assert.doesNotMatch(once.text, /â|ğŸ|ï¸/, file);
      return once.repairedSequences;
    });
    assert.deepEqual(
      counts.map((count) => count > 0),
      [false, false, true, true, false],
    );
  });

  it('seed 003 keeps its 4 ✅, 4 ⏳ and the ⏸️ markers after repair', () => {
    const text = repaired(readFileSync(join(__dirname, '../../fixtures/seeds/003_f5fb33b680d64a1c.txt'), 'utf8'));
    assert.equal(text.match(/✅/g)?.length, 4);
    assert.equal(text.match(/⏳/g)?.length, 4);
    assert.equal(text.match(/⏸️/g)?.length, (text.match(/⏸/g) ?? []).length);
    assert.ok((text.match(/⏸️/g)?.length ?? 0) > 100);
  });

  it('decodes bytes honouring UTF-8 and UTF-16 byte-order marks', () => {
    assert.equal(decodeTextBytes(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9)), 'aé');
    assert.equal(decodeTextBytes(Uint8Array.of(0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00)), 'aé');
    assert.equal(decodeTextBytes(Uint8Array.of(0xfe, 0xff, 0x00, 0x61, 0x00, 0xe9)), 'aé');
    assert.equal(decodeTextBytes(Uint8Array.of(0x61, 0xff)), 'a\uFFFD');
  });
});

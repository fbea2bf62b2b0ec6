// Bad input ends in an error result with a sentence for the user: never an exception, never a hang.
import { strict as assert } from 'node:assert';
import { importRoadmapText, IMPORT_LIMITS, type ImportErrorCode } from '../../../src/model/textImport';

function expectError(text: string, code: ImportErrorCode): string {
  const result = importRoadmapText(text);
  assert.equal(result.ok, false);
  if (result.ok) throw new Error('unreachable');
  assert.equal(result.error.code, code, result.error.message);
  assert.ok(result.error.message.length > 20);
  return result.error.message;
}

describe('importer: bad input', () => {
  it('an empty file, only whitespace, only a byte-order mark', () => {
    for (const text of ['', ' \n\t\r\n', '\uFEFF']) expectError(text, 'empty');
  });

  it('binary data: NUL bytes, or many control and replacement characters', () => {
    expectError('PK\u0003\u0004\u0000\u0000- a', 'binary');
    const noise = Array.from({ length: 4000 }, (_, index) => String.fromCharCode(1 + ((index * 7919) % 255))).join('');
    expectError(noise, 'binary');
    expectError('\uFFFD'.repeat(50) + '\n- a', 'binary');
  });

  it('a 5 MB file', () => {
    const message = expectError('- topic\n'.repeat(650_000), 'too-large');
    assert.match(message, /5\.2 million characters/);
  });

  it('10,000 levels of indentation (50 MB of spaces) is too large; 1,400 levels are too deep', () => {
    const deep = (levels: number): string => Array.from({ length: levels }, (_, level) => `${' '.repeat(level)}- x`).join('\n');
    expectError(deep(10_000), 'too-large');
    const message = expectError(deep(1_400), 'too-deep');
    assert.match(message, new RegExp(`Line ${IMPORT_LIMITS.maxDepth + 1} is nested more than ${IMPORT_LIMITS.maxDepth} levels`));
  });

  it('1,000 levels of nested tree connectors are too deep', () => {
    const tree = ['Root', ...Array.from({ length: 1_000 }, (_, level) => `${'│'.repeat(level)}└── x`)].join('\n');
    expectError(tree, 'too-deep');
  });

  it('more items than a roadmap holds', () => {
    expectError('- a\n'.repeat(IMPORT_LIMITS.maxNodes + 1), 'too-many-nodes');
  });

  it('text with no structure', () => {
    expectError('Just a paragraph of prose.\n\nAnother one.', 'no-structure');
    expectError('---\n***\n', 'no-structure');
  });

  it('hostile lines of 400 KB end in a roadmap or a message', function () {
    this.timeout(60_000);
    const hostile = [
      ' '.repeat(399_000) + 'x',
      '- ' + '*'.repeat(399_000),
      '- ' + '!['.repeat(199_000),
      '- ' + '[a]('.repeat(99_000),
      '- a' + ' ('.repeat(199_000),
      '- a' + ' [b]'.repeat(99_000),
      '- ' + '_a '.repeat(133_000),
      '#'.repeat(399_000),
      '│'.repeat(399_000) + '├── x',
      'ğŸ'.repeat(199_000),
      '- ' + '[x] '.repeat(99_000),
      '>'.repeat(399_000),
    ];
    for (const text of hostile) {
      // The outcome: a roadmap or a message, never a throw. The hang guard is this test's timeout
      // (generous: linear code takes well under a second per input; quadratic code would take hours).
      const result = importRoadmapText(text);
      assert.ok(result.ok ? result.roadmap.nodes.length >= 0 : result.error.message.length > 0, text.slice(0, 20));
    }
  });
});

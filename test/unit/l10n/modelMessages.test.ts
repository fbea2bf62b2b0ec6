// Issue 13: the model's messages (the Problems panel's, the importer's, checks' reasons) come out in the
// display language @vscode/l10n was given, with their values in place; English without a bundle.
import { strict as assert } from 'node:assert';
import { loadRoadmap } from '../../../src/model/loader';
import { parseChecksFile } from '../../../src/model/checksFile';
import { detectTestCommand } from '../../../src/model/testCommandDetection';
import { importRoadmapText } from '../../../src/model/textImport';
import { tooLargeMessage } from '../../../src/model/roadmapLimits';
import { parseProgressJson } from '../../../src/model/progressTransfer/progressExport';
import { inTurkish } from './turkishBundle';

const HEADER = 'id: r\ntitle: R\nnodes:\n';
const messagesOf = (text: string): string[] => loadRoadmap(text).problems.map((problem) => problem.message);

describe('model messages in Turkish', () => {
  inTurkish();

  it('words an unknown key with its node, the suggestion and the key in Turkish', () => {
    assert.deepEqual(messagesOf(`${HEADER}  - id: a\n    title: Joins\n    sumary: x\n`), [
      'bilinmeyen anahtar "sumary" ("Joins" içinde); "summary" mi demek istediniz?',
    ]);
  });

  it('words duplicate ids with both titles and the first line, and the related place', () => {
    const result = loadRoadmap(`${HEADER}  - id: x\n    title: First\n  - id: x\n    title: Second\n`);
    assert.deepEqual(
      result.problems.map((problem) => problem.message),
      ['yinelenen kimlik "x": hem "Second" hem "First" (4. satır) bunu kullanıyor; kimlikler bir yol haritasında benzersiz olmalı'],
    );
    assert.equal(result.problems[0]?.related?.[0]?.message, '"x" ilk kez burada kullanılıyor');
  });

  it('words schema limits, wrong types and zod refinements in Turkish, at the node they concern', () => {
    const messages = messagesOf(
      `${HEADER}  - id: a\n    title: A\n    notes: "${'n'.repeat(100_001)}"\n  - id: b\n    title: B\n    links: 5\n  - id: c\n    title: C\n    practice: ["/abs"]\n`,
    );
    assert.deepEqual(messages, [
      '"notes" çok uzun: 100.001 karakter, en fazla 100.000 ("A" içinde)',
      '"links" bir liste olmalı, bir sayı değil ("B" içinde)',
      'alıştırma glob deseni mutlak bir yol değil, çalışma alanı klasörüne göre bir yoldur ("C" içinde)',
    ]);
  });

  it('words YAML syntax errors and the size limit in Turkish', () => {
    assert.deepEqual(messagesOf(`${HEADER}  - id: a\n    title: "A\n`), [
      'YAML sözdizimi hatası: çift tırnakla açılan bu metin hiç kapatılmamış',
    ]);
    assert.match(messagesOf(`${HEADER}\ta: b\n`)[0] ?? '', /^YAML sözdizimi hatası: /);
    assert.equal(tooLargeMessage(9 * 1024 * 1024), 'dosya 9,0 MB boyutunda; yol haritaları en fazla 8,0 MB olabilir');
  });

  it("gives the importer's, the checks file's, progress import's and test detection's reasons in Turkish", () => {
    const empty = importRoadmapText('   ');
    assert.equal(empty.ok ? undefined : empty.error.message, 'Metin boş: içe aktarılacak bir yol haritası yok.');
    const checks = parseChecksFile('{"checks": {"r": {"a": ""}}}');
    assert.equal(checks.ok ? undefined : checks.problem, 'bir kontrol komutu boş (konum: checks.r.a)');
    const progress = parseProgressJson('{"format": "other"}');
    assert.match(progress.ok ? '' : progress.reason, /^format: bir Roadmap Tracker ilerleme dışa aktarımı değil \(biçim "/);
    assert.equal(detectTestCommand({ files: ['src/rate.test.mjs'] })?.reason, 'node --test: src/rate.test.mjs bulundu');
  });

  it('puts in words what zod/mini, without its locales, would only call "Invalid input"', () => {
    const checks = parseChecksFile('{"checks": {"r": {"a": {"command": "x", "bogus": 1}}}}');
    assert.equal(checks.ok ? undefined : checks.problem, 'bilinmeyen anahtar "bogus" (konum: checks.r.a)');
    const progress = parseProgressJson('{"format": "roadmap-tracker-progress", "version": 1, "roadmapId": 5, "topics": {}}');
    assert.equal(progress.ok ? undefined : progress.reason, 'roadmapId: metin bekleniyordu');
  });
});

describe('model messages without a bundle', () => {
  it('stay in English, word for word', () => {
    assert.deepEqual(messagesOf(`${HEADER}  - id: a\n    title: Joins\n    sumary: x\n`), [
      'unknown key "sumary" (in "Joins"); did you mean "summary"?',
    ]);
    assert.equal(detectTestCommand({ files: ['src/rate.test.mjs'] })?.reason, 'node --test: found src/rate.test.mjs');
    const progress = parseProgressJson('{"format": "roadmap-tracker-progress", "version": 1, "roadmapId": 5, "topics": {}}');
    assert.equal(progress.ok ? undefined : progress.reason, 'roadmapId: expected text');
  });
});

// A roadmap may say which language its titles and notes are in; the pages take their `lang` from it.
import { strict as assert } from 'node:assert';
import { loadRoadmap } from '../../../src/model/loader';
import { roadmapJsonSchema } from '../../../src/model/jsonSchema';

const file = (lang: string): string => `id: r\ntitle: Yol Haritam\nlang: ${lang}\nnodes:\n  - id: a\n    title: Konu\n`;

describe('a roadmap file declares its language', () => {
  it('keeps a well-formed BCP 47 tag', () => {
    for (const tag of ['tr', 'en', 'pt-BR', 'zh-Hant-TW', 'sr-Latn']) {
      const result = loadRoadmap(file(tag));
      assert.deepEqual(result.problems, [], tag);
      assert.equal(result.roadmap?.lang, tag);
    }
  });

  it('has no language when the file does not say', () => {
    const result = loadRoadmap('id: r\ntitle: R\nnodes:\n  - id: a\n    title: A\n');
    assert.equal(result.roadmap?.lang, undefined);
  });

  it('refuses a tag that is not BCP 47, with a plain sentence on the lang line', () => {
    for (const tag of ['turkish', 'tr_TR', 'e', '"en US"', 'x-123456789']) {
      const result = loadRoadmap(file(tag));
      assert.equal(result.roadmap, undefined, tag);
      const problem = result.problems.find((candidate) => /BCP 47/.test(candidate.message));
      assert.ok(problem, `${tag}: ${result.problems.map((candidate) => candidate.message).join(' | ')}`);
      assert.equal(problem.range.start.line, 3, tag);
    }
  });

  it('is in the JSON Schema editors complete from, with its description', () => {
    const schema = roadmapJsonSchema() as { properties: Record<string, { description?: string; pattern?: string }> };
    assert.match(schema.properties.lang?.description ?? '', /BCP 47/);
    assert.ok(schema.properties.lang?.pattern);
  });
});

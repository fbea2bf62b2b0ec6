// Issue 12: inputs that made loading quadratic (yaml's uniqueKeys check, one "did you mean" per unknown
// key) now load or are refused with a clear problem. Asserted by outcome; the bench prints the times.
import { strict as assert } from 'node:assert';
import { loadRoadmap, MAX_PROBLEMS } from '../../../src/model/loader';

const HEADER = 'id: r\ntitle: R\nnodes:\n  - id: a\n    title: A\n';

function keyFlood(count: number, indent = ''): string {
  const lines: string[] = [];
  for (let index = 0; index < count; index++) lines.push(`${indent}k${index}: v`);
  return lines.join('\n');
}

describe('loader bounds (adversarial)', function () {
  // A guard against a hang, not a speed assertion: before the fix 40,000 keys took about 25 s.
  this.timeout(60_000);

  for (const count of [40_000, 100_000]) {
    it(`refuses a mapping of ${count.toLocaleString('en-US')} keys with one clear problem`, () => {
      const result = loadRoadmap(`${HEADER}${keyFlood(count)}\n`);
      assert.equal(result.roadmap, undefined);
      assert.equal(result.problems.length, 1);
      assert.match(result.problems[0]?.message ?? '', new RegExp(`has ${(count + 3).toLocaleString('en-US')} keys`));
    });
  }

  it('reports 900 duplicate keys of one mapping in a bounded number of problems', () => {
    const duplicates = Array.from({ length: 900 }, () => `    title: again`).join('\n');
    const result = loadRoadmap(`${HEADER}${duplicates}\n`);
    assert.equal(result.roadmap, undefined);
    assert.ok(result.problems.length <= MAX_PROBLEMS + 1);
    assert.match(result.problems[0]?.message ?? '', /duplicate key "title"/);
  });

  it('caps the problems of 20,000 broken nodes and says how many were left out', () => {
    const nodes = Array.from({ length: 20_000 }, (_, index) => `  - id: n${index}\n    bogus: 1`).join('\n');
    const result = loadRoadmap(`id: r\ntitle: R\nnodes:\n${nodes}\n`);
    assert.equal(result.roadmap, undefined);
    assert.equal(result.problems.length, MAX_PROBLEMS + 1);
    assert.match(result.problems[MAX_PROBLEMS]?.message ?? '', /more problems in this file are not listed/);
  });

  it('still loads a valid roadmap of 10,000 topics', () => {
    const nodes = Array.from({ length: 10_000 }, (_, index) => `  - id: t${index}\n    title: Topic ${index}`).join('\n');
    const result = loadRoadmap(`id: r\ntitle: R\nnodes:\n${nodes}\n`);
    assert.deepEqual(result.problems, []);
    assert.equal(result.roadmap?.topics.length, 10_000);
  });
});

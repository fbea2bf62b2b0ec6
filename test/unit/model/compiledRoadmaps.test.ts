// Issue 12: the compiled bundled roadmaps are exactly what loading their YAML gives.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRoadmaps } from '../../../src/model/compileRoadmaps';
import { readCompiledRoadmaps } from '../../../src/model/compiledRoadmaps';
import { loadRoadmap } from '../../../src/model/loader';

const folder = join(__dirname, '..', '..', '..', 'roadmaps');
const bundled = readdirSync(folder)
  .filter((name) => name.endsWith('.roadmap.yaml'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(folder, file), 'utf8') }));

describe('compiled bundled roadmaps', () => {
  it('equal, file by file, the roadmaps loaded from their YAML', () => {
    assert.ok(bundled.length >= 5);
    const read = readCompiledRoadmaps(JSON.stringify(compileRoadmaps(bundled)));
    assert.ok(read.ok);
    assert.deepEqual(
      read.roadmaps.map(({ file }) => file),
      bundled.map(({ file }) => file),
    );
    read.roadmaps.forEach(({ file, roadmap }, index) => {
      const fromYaml = loadRoadmap(bundled[index]!.text);
      assert.deepEqual(fromYaml.problems, [], file);
      assert.deepStrictEqual(roadmap, fromYaml.roadmap, file);
    });
  });

  it('refuses to compile a bundled file with problems, naming the file and line', () => {
    assert.throws(
      () => compileRoadmaps([{ file: 'bad.roadmap.yaml', text: 'id: x\ntitle: X\nnodes:\n  - id: a\n' }]),
      /bad\.roadmap\.yaml:4:5: "title" is missing/,
    );
  });

  it('reports a damaged or foreign compiled file instead of loading nothing', () => {
    const truncated = readCompiledRoadmaps('{"format":1,"roadmaps":[');
    assert.equal(truncated.ok, false);
    assert.match(truncated.ok ? '' : truncated.reason, /not valid JSON/);
    const foreign = readCompiledRoadmaps('{"format":2,"roadmaps":[]}');
    assert.equal(foreign.ok, false);
  });
});

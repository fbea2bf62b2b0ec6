import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { introOf, RECOMMENDED_ROADMAP_ID, sizeOf } from '../../../src/progress/roadmapIntros';
import { roadmapFrom, SMALL_ROADMAP } from '../helpers';

const BUNDLED = path.join(__dirname, '..', '..', '..', 'roadmaps');
const bundled = fs
  .readdirSync(BUNDLED)
  .filter((name) => name.endsWith('.roadmap.yaml'))
  .map((name) => roadmapFrom(fs.readFileSync(path.join(BUNDLED, name), 'utf8')));

describe('what Choose a Roadmap says about each roadmap', () => {
  it('gives every bundled roadmap a sentence for learners, without how its file was made', () => {
    assert.ok(bundled.length >= 6);
    for (const roadmap of bundled) {
      const intro = introOf(roadmap, 'bundled');
      assert.ok(intro && intro !== roadmap.description, `${roadmap.id} has a sentence of its own`);
      assert.doesNotMatch(intro, /seed|encod|windows-125|generated|round trip/i, roadmap.id);
    }
  });

  it('recommends a bundled roadmap', () => {
    assert.ok(bundled.some((roadmap) => roadmap.id === RECOMMENDED_ROADMAP_ID));
  });

  it("uses a workspace roadmap's own description", () => {
    const roadmap = roadmapFrom(`${SMALL_ROADMAP}\ndescription: My own path.\n`);
    assert.equal(introOf(roadmap, 'workspace'), 'My own path.');
  });

  it('gives the size in topics and sections', () => {
    assert.equal(sizeOf(roadmapFrom(SMALL_ROADMAP)), '6 topics · 2 sections');
  });
});

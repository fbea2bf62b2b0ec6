// The benchmarks' own helpers: what they report must be what they claim to measure.
import * as assert from 'node:assert/strict';
import { ADVERSARIAL_INPUTS } from '../../../bench/adversarialInputs';
import { median, medianRatio } from '../../../bench/measure';
import { syntheticRoadmapYaml, syntheticTopicIds } from '../../../bench/syntheticRoadmap';
import { MINIMAL_CONTAINER_ID, MINIMAL_ROWS, MINIMAL_VIEW_ID, minimalManifest } from '../../../bench/vscode/minimalExtension/identity';
import { DEFAULT_MAX_ROADMAP_BYTES, loadRoadmap } from '../../../src/model/loader';

describe('bench helpers', () => {
  it('median takes the middle value, or the mean of the two middle ones', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.throws(() => median([]));
  });

  it('medianRatio pairs the runs of two measurements', () => {
    // Per run 2, 3 and 10: the median ratio is 3, while the ratio of the medians would be 4 / 2 = 2.
    assert.equal(medianRatio({ median: 4, runs: [2, 6, 40] }, { median: 2, runs: [1, 2, 4] }), 3);
    assert.throws(() => medianRatio({ median: 1, runs: [1] }, { median: 1, runs: [1, 2] }));
  });

  it('a synthetic roadmap loads with the asked number of topics, and each variant is another text', () => {
    const first = syntheticRoadmapYaml(1_000, 1);
    const second = syntheticRoadmapYaml(1_000, 2);
    assert.notEqual(first, second);
    const roadmap = loadRoadmap(first).roadmap;
    assert.equal(roadmap?.topics.length, 1_000);
    assert.deepEqual(
      roadmap?.topics.map((topic) => topic.id),
      syntheticTopicIds(1_000),
    );
  });

  it('every adversarial input is under the size limit except the one named for it', () => {
    for (const input of ADVERSARIAL_INPUTS) {
      const bytes = Buffer.byteLength(input.make());
      const meantToBeOver = /over the 8 MB limit/.test(input.name);
      assert.equal(bytes > DEFAULT_MAX_ROADMAP_BYTES, meantToBeOver, `${input.name}: ${bytes} bytes`);
    }
  });

  it('the minimal reference extension contributes one view of 7 rows in its own container', () => {
    const manifest = minimalManifest('^1.85.0') as { contributes: { views: Record<string, { id: string }[]> } };
    assert.deepEqual(Object.keys(manifest.contributes.views), [MINIMAL_CONTAINER_ID]);
    assert.deepEqual(
      manifest.contributes.views[MINIMAL_CONTAINER_ID]!.map((view) => view.id),
      [MINIMAL_VIEW_ID],
    );
    assert.equal(MINIMAL_ROWS.length, 7);
  });
});

// Generates the bundled roadmaps (roadmaps/<id>.roadmap.yaml) from the seed documents in
// test/fixtures/seeds with the importer, adding a hand-written id, title, description and source.
// The output was then checked by hand against the seeds; the golden tests in
// test/unit/import/seeds.test.ts keep importer and bundled files in step.
//
//   npx tsx scripts/import-seeds.ts && npx tsx scripts/apply-note-map.ts
//
// The second step puts back the noteFile and practice fields that the note maps add; together the two
// reproduce the committed files byte for byte.
//
// Bundled roadmaps carry no progress: the status markers found in the seeds are dropped here.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importRoadmapText, roadmapToYaml } from '../src/model/textImport';
import { BUNDLED_SEEDS } from '../test/fixtures/bundledSeeds';

const root = join(__dirname, '..');

for (const seed of BUNDLED_SEEDS) {
  const text = readFileSync(join(root, 'test/fixtures/seeds', seed.file), 'utf8');
  const result = importRoadmapText(text, seed.roadmap);
  if (!result.ok) throw new Error(`${seed.file}: ${result.error.message}`);
  const comment =
    `Generated from seed ${seed.file} by scripts/import-seeds.ts, then checked by hand.` +
    (result.repairedSequences > 0 ? `\nEncoding repaired: ${result.repairedSequences} damaged sequences restored.` : '');
  const target = join(root, 'roadmaps', `${result.roadmap.id}.roadmap.yaml`);
  writeFileSync(target, roadmapToYaml(result.roadmap, comment));
  console.log(`${seed.file} → roadmaps/${result.roadmap.id}.roadmap.yaml (${countNodes(result.roadmap.nodes)} nodes)`);
}

function countNodes(nodes: readonly { children?: readonly unknown[] }[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countNodes((node.children ?? []) as { children?: unknown[] }[]), 0);
}

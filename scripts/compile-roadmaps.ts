// Writes dist/bundled-roadmaps.json from roadmaps/*.roadmap.yaml; run by `npm run build` before bundling,
// so the extension loads its bundled roadmaps without YAML parsing or schema validation.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRoadmaps } from '../src/model/compileRoadmaps';
import { COMPILED_ROADMAPS_FILE } from '../src/model/compiledRoadmaps';

const root = join(__dirname, '..');
const folder = join(root, 'roadmaps');
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.roadmap.yaml'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(folder, file), 'utf8') }));
const target = join(root, 'dist', COMPILED_ROADMAPS_FILE);
mkdirSync(join(target, '..'), { recursive: true });
writeFileSync(target, JSON.stringify(compileRoadmaps(files)));
console.log(`wrote ${target} (${files.length} roadmaps)`);

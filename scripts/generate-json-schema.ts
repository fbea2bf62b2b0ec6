// Writes dist/roadmap.schema.json from the zod schema; run by `npm run build` before bundling.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { roadmapJsonSchema } from '../src/model/jsonSchema';

const target = join(__dirname, '..', 'dist', 'roadmap.schema.json');
mkdirSync(join(target, '..'), { recursive: true });
writeFileSync(target, `${JSON.stringify(roadmapJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);

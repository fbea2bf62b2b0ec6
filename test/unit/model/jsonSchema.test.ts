// The JSON Schema editors get is derived from the zod schema and agrees with it.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { roadmapJsonSchema } from '../../../src/model/jsonSchema';
import { KNOWN_KEYS, roadmapSchema } from '../../../src/model/schema';
import { newRoadmapTemplate } from '../../../src/model/roadmapTemplate';

const schema = roadmapJsonSchema();
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const roadmapsFolder = join(__dirname, '../../../roadmaps');

type JsonObject = { [key: string]: unknown };
const propertiesOf = (object: unknown): Record<string, JsonObject> => (object as { properties: Record<string, JsonObject> }).properties;

describe('JSON Schema for roadmap files', () => {
  it('describes every key of the format', () => {
    const node = (schema.definitions as Record<string, JsonObject>).node;
    assert.deepEqual(Object.keys(propertiesOf(schema)).sort(), [...KNOWN_KEYS.roadmap].sort());
    assert.deepEqual(Object.keys(propertiesOf(node)).sort(), [...KNOWN_KEYS.node].sort());
    for (const property of [...Object.values(propertiesOf(schema)), ...Object.values(propertiesOf(node))]) {
      assert.ok(typeof property.description === 'string' && property.description.length > 10);
    }
    assert.equal(schema.additionalProperties, false);
    assert.equal(node?.additionalProperties, false);
  });

  it('accepts every bundled roadmap and the New Roadmap template', () => {
    const files = readdirSync(roadmapsFolder).filter((name) => name.endsWith('.roadmap.yaml'));
    assert.ok(files.length >= 5);
    for (const file of files)
      assert.ok(validate(parse(readFileSync(join(roadmapsFolder, file), 'utf8'))), `${file}: ${JSON.stringify(validate.errors)}`);
    const template = parse(newRoadmapTemplate({ id: 'mine', title: 'Mine: "quoted"' }));
    assert.ok(validate(template), JSON.stringify(validate.errors));
    assert.ok(roadmapSchema.safeParse(template).success);
  });

  it('rejects what the zod schema rejects: unknown keys, bad ids, missing titles, deep bad nodes', () => {
    const base = { id: 'r', title: 'R', nodes: [{ id: 'a', title: 'A' }] };
    const bad = [
      { ...base, colour: 'red' },
      { ...base, id: 'Not Kebab' },
      { ...base, nodes: [] },
      { ...base, nodes: [{ id: 'a' }] },
      { ...base, nodes: [{ id: 'a', title: 'A', children: [{ id: 'b', title: 'B', kidn: 'group' }] }] },
      { ...base, nodes: [{ id: 'a', title: 'A', links: [{ title: 'x', url: 'ftp://x' }] }] },
    ];
    assert.ok(validate(base));
    for (const roadmap of bad) {
      assert.equal(validate(roadmap), false, JSON.stringify(roadmap));
      assert.equal(roadmapSchema.safeParse(roadmap).success, false, JSON.stringify(roadmap));
    }
  });
});

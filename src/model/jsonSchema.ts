// The JSON Schema of a roadmap file, derived from the zod schema (the one definition), with the
// descriptions and snippets an editor's YAML language server shows. Written to dist/ at build time by
// scripts/generate-json-schema.ts and contributed through `yamlValidation` in package.json.
import * as z from 'zod';
import { roadmapSchema } from './schema';

type JsonObject = { [key: string]: unknown };

const ROADMAP_DESCRIPTIONS: Readonly<Record<string, string>> = {
  id: 'Stable id of the roadmap: lower-case words joined by dashes, unique among roadmaps. Progress is saved under it.',
  title: 'Name of the roadmap shown in the sidebar.',
  description: 'What the roadmap covers, in a sentence or two.',
  source: 'Where the roadmap comes from: a URL, a book, a person.',
  lang: 'The language its titles and notes are written in, as a BCP 47 tag (en, tr, pt-BR). The topic panel and the map tell the page so; English if absent.',
  nodes: 'The groups and topics of the roadmap, in order.',
};

const NODE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  id: 'Stable id, unique inside the roadmap (kebab-case). Keep it when the title changes; progress is saved under it.',
  title: 'Title shown in the tree.',
  kind: '"group": a heading without status of its own. "topic" (the default): has a status and may hold topics.',
  summary: 'One line shown in the tooltip and the topic panel.',
  notes: 'Markdown notes shown in the topic panel.',
  noteFile: 'A shared Markdown note, relative to the roadmap file, e.g. notes/http-caching.md.',
  links: 'Reference links: a title and an absolute http(s) URL each.',
  practice: 'Workspace globs where the learner practises this topic, e.g. practice/http/**.',
  formerIds: 'Ids this node had before; progress saved under them follows the node.',
  subject:
    'The subject this topic teaches (kebab-case, e.g. caching-fundamentals). Topics of other roadmaps with the same subject share their status on request.',
  check:
    'A command that shows the topic is learned: it passes on exit code 0. Either the command (e.g. "node --test") or { command, folder, timeoutSeconds }; folder is relative to the workspace folder. Runs only when you ask, in a trusted workspace, after you approve it once.',
  children: 'Nodes below this one. A topic may hold topics; a group may hold groups and topics.',
};

const LINK_DESCRIPTIONS: Readonly<Record<string, string>> = {
  title: 'Text of the link.',
  url: 'Absolute http(s) address, such as https://example.com/page.',
};

function describe(schema: JsonObject, descriptions: Readonly<Record<string, string>>): void {
  const properties = schema.properties as Record<string, JsonObject> | undefined;
  for (const [key, description] of Object.entries(descriptions)) {
    const property = properties?.[key];
    if (property) property.description = description;
  }
}

export function roadmapJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(roadmapSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as JsonObject;
  const definitions = (schema.definitions ?? {}) as Record<string, JsonObject>;
  const [nodeKey, node] =
    Object.entries(definitions).find(([, definition]) => 'children' in ((definition.properties as object) ?? {})) ?? [];
  if (nodeKey === undefined || node === undefined) throw new Error('the node definition is missing from the generated schema');
  // A readable name for the recursive node definition.
  const json = JSON.stringify({ ...schema, definitions: { node } })
    .split(`#/definitions/${nodeKey}`)
    .join('#/definitions/node');
  const result = JSON.parse(json) as JsonObject;
  const nodeSchema = (result.definitions as Record<string, JsonObject> | undefined)?.node;
  if (!nodeSchema) throw new Error('the node definition is missing after renaming');

  result.title = 'Roadmap Tracker roadmap';
  result.description = 'A learning roadmap for the Roadmap Tracker extension: groups and topics with stable ids.';
  describe(result, ROADMAP_DESCRIPTIONS);
  describe(nodeSchema, NODE_DESCRIPTIONS);
  const links = (nodeSchema.properties as Record<string, JsonObject>).links;
  describe((links?.items ?? {}) as JsonObject, LINK_DESCRIPTIONS);
  const url = ((links?.items as JsonObject | undefined)?.properties as Record<string, JsonObject> | undefined)?.url;
  if (url) url.pattern = '^https?://';
  nodeSchema.defaultSnippets = [
    { label: 'topic', description: 'A topic with a status', body: { id: '$1', title: '$2' } },
    {
      label: 'group',
      description: 'A group of topics',
      body: { id: '$1', title: '$2', kind: 'group', children: [{ id: '$3', title: '$4' }] },
    },
  ];
  return result;
}

// Property tests (fast-check): the importer takes any input without throwing or stalling, and an
// exported roadmap imports back to the same tree.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { roadmapSchema, type NodeInput, type RoadmapInput } from '../../../src/model/schema';
import { exportRoadmapMarkdown, importRoadmapText, type ImportedStatus } from '../../../src/model/textImport';
import { IdAllocator } from '../../../src/model/textImport/ids';
import { repairMojibake } from '../../../src/model/textImport/encoding';
import { allNodes } from './helpers';

/** Pieces roadmap text is made of, including damaged encoding and hostile syntax. */
const TOKENS = [
  '#',
  '## ',
  '### ',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '2) ',
  '  ',
  '    ',
  '\t',
  '├── ',
  '└── ',
  '│   ',
  '|-- ',
  '`-- ',
  '> ',
  '**',
  '__',
  '_',
  '*',
  '`',
  '[x] ',
  '[ ] ',
  '[/] ',
  '✅ ',
  '⏳ ',
  '⏸️ ',
  '🚀',
  '(You have this)',
  '(Optional)',
  '[Job Essential]',
  ':',
  '---',
  '```',
  '===',
  'â³',
  'ğŸ',
  'â€“',
  'â”‚',
  'Ã©',
  'ï¸',
  'ğ',
  'é',
  '→',
  '[a](https://a.io)',
  '![i](x)',
  '\\',
  '(',
  ')',
  '[',
  ']',
  'word',
  'Topic',
  'C++',
  'a',
  '1',
  ' ',
  '\r',
  '\uFEFF',
];

const roadmapText = fc
  .array(
    fc.array(fc.constantFrom(...TOKENS), { maxLength: 8 }).map((tokens) => tokens.join('')),
    { maxLength: 40 },
  )
  .map((lines) => lines.join('\n'));

const anyText = fc.oneof(roadmapText, fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }));

describe('importer: properties', () => {
  it('no input makes it throw or hang; every success is a valid roadmap', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        // A hang fails through the test's timeout; how long imports take is measured in the bench.
        const result = importRoadmapText(text);
        if (!result.ok) {
          assert.ok(result.error.message.length > 0);
          return;
        }
        assert.ok(roadmapSchema.safeParse(result.roadmap).success);
        const topicIds = new Set(
          allNodes(result.roadmap.nodes)
            .filter((node) => node.kind !== 'group')
            .map((node) => node.id),
        );
        for (const id of result.progress.keys()) assert.ok(topicIds.has(id), id);
      }),
      { numRuns: 1500 },
    );
  });

  it('encoding repair never throws and returns text of a similar length', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { text: out, repairedSequences } = repairMojibake(text);
        assert.ok(out.length <= text.length + 2 * repairedSequences);
        if (repairedSequences === 0) assert.equal(out, text);
      }),
      { numRuns: 1500 },
    );
  });

  it('an imported roadmap exported as a checklist imports back to the same tree and statuses', () => {
    fc.assert(
      fc.property(roadmapText, (text) => {
        const first = importRoadmapText(text);
        fc.pre(first.ok);
        if (!first.ok) return;
        const second = importRoadmapText(exportRoadmapMarkdown(first.roadmap, first.progress));
        assert.ok(second.ok, second.ok ? '' : second.error.message);
        assertSameRoadmap(second.roadmap, first.roadmap, second.progress, first.progress);
      }),
      { numRuns: 1500 },
    );
  });

  it('a generated roadmap exported as a checklist imports back to the same tree and statuses', () => {
    fc.assert(
      fc.property(generatedRoadmap, ({ roadmap, progress }) => {
        const back = importRoadmapText(exportRoadmapMarkdown(roadmap, progress));
        assert.ok(back.ok, back.ok ? '' : back.error.message);
        assertSameRoadmap(back.roadmap, roadmap, back.progress, progress);
      }),
      { numRuns: 500 },
    );
  });
});

function assertSameRoadmap(
  actual: RoadmapInput,
  expected: RoadmapInput,
  actualProgress: ReadonlyMap<string, ImportedStatus>,
  expectedProgress: ReadonlyMap<string, ImportedStatus>,
): void {
  assert.equal(actual.title, expected.title);
  assert.equal(actual.description, expected.description);
  const strip = (nodes: readonly NodeInput[]): unknown =>
    nodes.map((node) => ({
      id: node.id,
      title: node.title,
      kind: node.kind ?? 'topic',
      summary: node.summary,
      children: strip(node.children ?? []),
    }));
  assert.deepEqual(strip(actual.nodes), strip(expected.nodes));
  const statuses = (roadmap: RoadmapInput, progress: ReadonlyMap<string, ImportedStatus>): string[] =>
    allNodes(roadmap.nodes)
      .filter((node) => node.kind !== 'group')
      .map((node) => `${node.id}=${progress.get(node.id) ?? 'todo'}`);
  assert.deepEqual(statuses(actual, actualProgress), statuses(expected, expectedProgress));
}

// Titles as people write them, with the characters Markdown gives meaning to.
const titleText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'API',
        'Design',
        'C++',
        'C#',
        'café',
        'ağaç',
        'x',
        '1.',
        '2)',
        '#1',
        'a:b',
        'e.g.',
        '→',
        '–',
        '100%',
        '3.0',
        '(you)',
        '(Optional)',
        '├──',
        '•',
      ),
      fc.string({ unit: fc.constantFrom(...'ab*_`[]()<>~\\#:-+|!&/.,\'"'), minLength: 1, maxLength: 4 }),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((words) => words.join(' '));

interface GeneratedNode {
  title: string;
  summary: string | undefined;
  group: boolean;
  status: ImportedStatus | undefined;
  children: GeneratedNode[];
}

const status = fc.option(fc.constantFrom<ImportedStatus>('todo', 'in-progress', 'done', 'skipped'), { nil: undefined });
const summary = fc.option(titleText, { nil: undefined, freq: 3 });

function generatedNode(depth: number): fc.Arbitrary<GeneratedNode> {
  return fc.record({
    title: titleText,
    summary,
    group: fc.boolean(),
    status,
    children: depth === 0 ? fc.constant([]) : fc.array(generatedNode(depth - 1), { maxLength: 3 }),
  });
}

const generatedRoadmap = fc
  .record({
    title: titleText,
    description: fc.option(titleText, { nil: undefined }),
    nodes: fc.array(generatedNode(3), { minLength: 1, maxLength: 4 }),
  })
  .map(({ title, description, nodes }) => {
    const ids = new IdAllocator();
    const progress = new Map<string, ImportedStatus>();
    // Ids as the importer gives them: in document order, parents first. A topic cannot hold a group.
    const build = (node: GeneratedNode, parentId: string | undefined, parentIsTopic: boolean): NodeInput => {
      const group = node.group && !parentIsTopic;
      const id = ids.allocate(node.title, parentId);
      if (!group && node.status !== undefined) progress.set(id, node.status);
      const children = node.children.map((child) => build(child, id, !group));
      return {
        id,
        title: node.title,
        ...(group ? { kind: 'group' as const } : {}),
        ...(node.summary === undefined ? {} : { summary: node.summary }),
        ...(children.length > 0 ? { children } : {}),
      };
    };
    const roadmap: RoadmapInput = {
      id: 'generated',
      title,
      ...(description === undefined ? {} : { description }),
      nodes: nodes.map((node) => build(node, undefined, false)),
    };
    return { roadmap, progress };
  });

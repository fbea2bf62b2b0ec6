// Issue 12: a valid roadmap is read by js-yaml (fastYaml.ts) rather than `yaml`. The two paths must agree:
// the same roadmap for every file the fast reader vouches for, and for every file with problems the
// `yaml` path's problems, positions and wording. Checked as a property over generated roadmaps written
// in many YAML styles, valid and broken, and on the YAML features the fast reader hands back.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { dump as jsYamlDump } from 'js-yaml';
import { stringify } from 'yaml';
import { loadValidRoadmapFast, validatedRoadmap } from '../../../src/model/fastRoadmapLoad';
import { hasLineYamlMustRead, readYamlFast } from '../../../src/model/fastYaml';
import { roadmapSchema } from '../../../src/model/schema';
import { loadRoadmapInput, loadRoadmapInputWithYaml } from '../../../src/model/loader';
import { ADVERSARIAL_INPUTS } from '../../../bench/adversarialInputs';

/** Text that YAML must quote or fold, that looks like other scalars, or that is ordinary. */
const textArb = fc.oneof(
  fc.constantFrom(
    'HTTP',
    'null',
    'true',
    'no',
    '123',
    '1.5',
    '0x1F',
    '0o17',
    '.inf',
    '~',
    '- dash',
    'a: b',
    'x # not a comment',
    "it's",
    '"quoted"',
    '  leading',
    'trailing  ',
    'two\nlines',
    'ends\n',
    'tab\there',
    'émoji 🚀',
    '@at',
    '`tick`',
    '%percent',
    '*star',
    '&amp',
    '!bang',
    '[x]',
    '{y}',
    '<<',
  ),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('a', ' ', ':', '#', '\n', '-', '"', "'", '\\', '\t', '0', '.', 'é'), minLength: 1, maxLength: 10 }),
);
/**
 * Roadmaps as data: all valid when `allowWrong` is false (each field from its valid values), otherwise
 * with a value a roadmap may not hold now and then (one field in sixteen).
 */
function roadmapArbitrary(allowWrong: boolean): fc.Arbitrary<Record<string, unknown>> {
  const validOrNot = <T, U>(valid: fc.Arbitrary<T>, wrong: fc.Arbitrary<U>): fc.Arbitrary<T | U> =>
    allowWrong ? fc.oneof({ arbitrary: valid, weight: 15 }, { arbitrary: wrong, weight: 1 }) : valid;
  const idArb = validOrNot(
    fc.constantFrom('http', 'rest', 'sql', 'a-b', 'x1', 'caching', 'k8s-basics'),
    fc.constantFrom('Bad Id', 'n-', ''),
  );
  const titleArb = validOrNot(
    textArb.filter((text) => text.trim().length > 0),
    fc.constantFrom('', ' ', 5, null, true),
  );
  const timeoutArb = validOrNot(fc.integer({ min: 1, max: 3600 }), fc.constantFrom(0, 4000, 1.5, -0, 1e20, 'ten'));
  const checkArb = fc.oneof(
    fc.constantFrom('npm test', 'node --test', 'pytest -q'),
    fc.record(
      {
        command: validOrNot(fc.constantFrom('npm test', 'go test ./...'), fc.constantFrom('', 'two\nlines')),
        folder: validOrNot(fc.constantFrom('practice/x', 'a b/c'), fc.constantFrom('../up', 'a\\b')),
        timeoutSeconds: timeoutArb,
      },
      { requiredKeys: ['command'] },
    ),
  );
  const linkArb = fc.record({
    title: titleArb,
    url: validOrNot(fc.constantFrom('https://example.com/a?b=c#d', 'http://x.org'), fc.constantFrom('ftp://no', 'not a url')),
  });
  const nodeArb: fc.Arbitrary<GeneratedNode> = fc.letrec<{ node: GeneratedNode }>((tie) => ({
    node: fc.record(
      {
        id: idArb,
        title: titleArb,
        // A group may not sit inside a topic: groups come only with the wrong values.
        kind: validOrNot(fc.constant('topic'), fc.constantFrom('group', 'other')),
        summary: textArb,
        notes: textArb,
        noteFile: validOrNot(fc.constantFrom('notes/a.md', 'notes/sub/b-c.md'), fc.constantFrom('../x.md', 'n.txt')),
        links: fc.array(linkArb, { maxLength: 2 }),
        practice: fc.array(validOrNot(fc.constantFrom('practice/**', 'src/*.ts'), fc.constantFrom('/abs', '../up')), { maxLength: 2 }),
        formerIds: fc.array(validOrNot(fc.constantFrom('old'), idArb), { maxLength: 1 }),
        subject: idArb,
        check: checkArb,
        children: fc.array(tie('node'), { maxLength: 3 }),
      },
      { requiredKeys: ['id', 'title'] },
    ),
  })).node;
  return fc
    .tuple(
      fc.record(
        { id: idArb, title: titleArb, description: textArb, source: textArb, nodes: fc.array(nodeArb, { minLength: 1, maxLength: 4 }) },
        { requiredKeys: ['id', 'title', 'nodes'] },
      ),
      allowWrong ? fc.boolean() : fc.constant(true),
    )
    .map(([roadmap, unique]) => (unique ? { ...roadmap, nodes: withUniqueIds(roadmap.nodes) } : roadmap));
}

interface GeneratedNode {
  [key: string]: unknown;
}

/** Gives every node's well-formed ids (its own and former) ids of their own; duplicates are left to chance otherwise. */
function withUniqueIds(nodes: GeneratedNode[], next = { value: 0 }): GeneratedNode[] {
  const unique = (id: unknown): unknown => (typeof id === 'string' && /^[a-z]/.test(id) ? `${id}-${next.value++}` : id);
  return nodes.map((node) => ({
    ...node,
    id: unique(node.id),
    ...(Array.isArray(node.formerIds) ? { formerIds: node.formerIds.map(unique) } : {}),
    ...(Array.isArray(node.children) ? { children: withUniqueIds(node.children as GeneratedNode[], next) } : {}),
  }));
}

const roadmapArb = fc.oneof(roadmapArbitrary(false), roadmapArbitrary(true));

/** The same data written the ways people and tools write YAML. */
const writerArb = fc.oneof(
  fc
    .record({
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
      lineWidth: fc.constantFrom(0, 20, 80),
      indent: fc.constantFrom(2, 4),
      flow: fc.boolean(),
    })
    .map(
      ({ defaultStringType, lineWidth, indent, flow }) =>
        (data: unknown) =>
          stringify(data, { defaultStringType, lineWidth, indent, collectionStyle: flow ? 'flow' : 'any' } as const),
    ),
  fc.constantFrom(
    (data: unknown) => jsYamlDump(data),
    (data: unknown) => jsYamlDump(data, { flowLevel: 2 }),
    (data: unknown) => JSON.stringify(data, null, 2),
  ),
);

/** Small edits that break a file in ways a person does: a character lost or added, a line doubled. */
const editArb = fc.oneof(
  { arbitrary: fc.constant((text: string) => text), weight: 8 },
  fc.tuple(fc.nat(), fc.constantFrom(':', '"', "'", ' ', '\t', '-', '#', '\n', '&a ', '*a', '!!int ', '<<: ', '[', '{', '%')).map(
    ([at, inserted]) =>
      (text: string) =>
        text.slice(0, at % (text.length + 1)) + inserted + text.slice(at % (text.length + 1)),
  ),
  fc.nat().map((at) => (text: string) => text.slice(0, at % (text.length + 1)) + text.slice((at % (text.length + 1)) + 1)),
  fc.nat().map((at) => (text: string) => {
    const lines = text.split('\n');
    const index = at % lines.length;
    return [...lines.slice(0, index + 1), ...lines.slice(index)].join('\n');
  }),
);

describe('the fast roadmap reader', function () {
  // A guard against a hang; the property runs a thousand small loads, each twice (FAST_LOADER_RUNS=15000 for a deeper search).
  this.timeout(120_000);

  it('gives exactly what `yaml` gives: the same roadmap, or the same problems', () => {
    let vouchedValid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(roadmapArb, writerArb, editArb, (roadmap, write, edit) => {
        const text = edit(write(roadmap));
        const reference = loadRoadmapInputWithYaml(text);
        assert.deepStrictEqual(loadRoadmapInput(text), reference);
        const fast = loadValidRoadmapFast(text);
        if (reference.problems.length > 0) {
          // A file with problems never passes the fast path: it always gets `yaml`'s messages.
          assert.equal(fast, undefined);
          invalid++;
        } else if (fast) {
          assert.deepStrictEqual(fast, reference.input);
          vouchedValid++;
        }
      }),
      { numRuns: Number(process.env.FAST_LOADER_RUNS ?? 1000) },
    );
    // The property saw both sides: valid files read by the fast path, and files with problems.
    assert.ok(vouchedValid > 50, `${vouchedValid} valid files read by the fast path`);
    assert.ok(invalid > 50, `${invalid} files with problems`);
  });

  it('validates level by level exactly as the whole roadmap schema does', () => {
    fc.assert(
      fc.property(roadmapArb, (roadmap) => {
        const whole = roadmapSchema.safeParse(roadmap);
        assert.deepStrictEqual(validatedRoadmap(roadmap), whole.success ? whole.data : undefined);
      }),
      { numRuns: 500 },
    );
    const topicHolding = (child: Record<string, unknown>) => ({ id: 'r', title: 'R', nodes: [{ id: 'a', title: 'A', children: [child] }] });
    assert.equal(validatedRoadmap(topicHolding({ id: 'g', title: 'G', kind: 'group' })), undefined, 'a group inside a topic');
    assert.equal(
      validatedRoadmap(topicHolding({ id: 'g', title: null, kind: 'group' })),
      undefined,
      'a group without a title inside a topic',
    );
    assert.equal(validatedRoadmap(topicHolding({ id: 'b', title: 'B', unknown: 1 })), undefined, 'an unknown key one level down');
    assert.equal(validatedRoadmap({ id: 'r', title: 'R', nodes: [] }), undefined, 'no nodes');
    assert.deepStrictEqual(
      validatedRoadmap(topicHolding({ id: 'b', title: '  B  ' })),
      roadmapSchema.parse(topicHolding({ id: 'b', title: 'B' })),
    );
  });

  it('validates a 10,000-deep chain of topics without running out of stack', () => {
    let node: Record<string, unknown> = { id: 'n-0', title: 'Deepest' };
    for (let depth = 1; depth < 10_000; depth++) node = { id: `n-${depth}`, title: `Level ${depth}`, children: [node] };
    const validated = validatedRoadmap({ id: 'r', title: 'R', nodes: [node] });
    let deepest = validated?.nodes[0];
    let depth = 1;
    while (deepest?.children?.[0]) [deepest, depth] = [deepest.children[0], depth + 1];
    assert.equal(depth, 10_000);
    assert.equal(deepest?.title, 'Deepest');
  });

  it('finds exactly the lines the multi-line regexes find: directives and lines blank but for spaces or tabs', () => {
    const original = (text: string) => /^%/m.test(text) || /^[ \t]+\r?$/m.test(text);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '\r', '\u2028', '\u2029', '%', '#'), maxLength: 12 }), (text) => {
        assert.equal(hasLineYamlMustRead(text), original(text), JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('hands anchors and aliases, merge keys, tags, directives and duplicate keys to `yaml`', () => {
    const header = 'id: r\ntitle: R\nnodes:\n';
    for (const text of [
      `${header}  - id: a\n    title: &t A\n  - id: b\n    title: *t\n`,
      `${header}  - &n { id: a, title: A }\n  - <<: *n\n    id: b\n`,
      `${header}  - id: a\n    title: !!str A\n    check: { command: x, timeoutSeconds: !!int "5" }\n`,
      `%YAML 1.1\n---\n${header}  - id: a\n    title: yes\n`,
      `${header}  - id: a\n    title: A\n    title: B\n`,
      `${header}  - id: a\n    title: !local A\n`,
      `${header}  - id: a\n    title: 1e3\n`,
      `${header}  - id: a\n    title: A\n    check: { command: x, timeoutSeconds: 0x10 }\n`,
    ]) {
      assert.equal(readYamlFast(text).vouched && loadValidRoadmapFast(text) !== undefined, false, text);
      assert.deepStrictEqual(loadRoadmapInput(text), loadRoadmapInputWithYaml(text), text);
    }
  });

  it('reads multi-line strings, quoting and short integers as `yaml` does', () => {
    const text = [
      'id: r',
      "title: 'It''s: a roadmap'",
      'description: |',
      '  Line one',
      '    indented',
      '',
      '  after a blank line',
      'source: >-',
      '  folded',
      '  text',
      'nodes:',
      '  - id: a',
      '    title: "Tab\\tand \\u00e9"',
      '    summary: plain # with a comment',
      '    check: { command: npm test, timeoutSeconds: 030 }',
      '',
    ].join('\n');
    const fast = loadValidRoadmapFast(text);
    assert.ok(fast, 'the fast path reads it');
    assert.deepStrictEqual(fast, loadRoadmapInputWithYaml(text).input);
  });

  it('agrees with `yaml` on every adversarial input of the loader bench', () => {
    // The deep-nesting inputs too: they are refused before `yaml`'s composer recurses (boundedYamlParse.ts).
    for (const input of ADVERSARIAL_INPUTS.filter((candidate) => !candidate.slow)) {
      const text = input.make();
      assert.deepStrictEqual(loadRoadmapInput(text), loadRoadmapInputWithYaml(text), input.name);
    }
  });
});

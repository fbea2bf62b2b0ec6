import { strict as assert } from 'node:assert';
import { stringify } from 'yaml';
import { loadRoadmap, loadRoadmapInput, loadRoadmapInputWithYaml } from '../../../src/model/loader';
import { MAX_NESTING_DEPTH } from '../../../src/model/yamlStructure';
import { formatProblem, type Problem } from '../../../src/model/problems';

function problemsOf(text: string): Problem[] {
  const result = loadRoadmap(text);
  assert.equal(result.roadmap, undefined, 'expected the file to be rejected');
  return [...result.problems];
}

function at(problem: Problem): string {
  return `${problem.range.start.line}:${problem.range.start.column}`;
}

const HEADER = 'id: r\ntitle: R\nnodes:\n';

/** A roadmap of one topic inside another, `levels` deep. */
function topicChain(levels: number): string {
  let node: Record<string, unknown> = { id: 'n-0', title: 'Deepest' };
  for (let level = 1; level < levels; level++) node = { id: `n-${level}`, title: `Level ${level}`, children: [node] };
  return stringify({ id: 'r', title: 'R', nodes: [node] });
}

describe('loadRoadmap', () => {
  it('builds the tree with kinds, paths and parents', () => {
    const result = loadRoadmap(
      `${HEADER}  - id: web\n    title: Web\n    kind: group\n    summary: The web.\n    children:\n      - id: http\n        title: HTTP\n        links:\n          - title: RFC 9110\n            url: https://www.rfc-editor.org/rfc/rfc9110\n        practice: ["practice/http/**"]\n`,
    );
    assert.deepEqual(result.problems, []);
    const roadmap = result.roadmap!;
    assert.equal(roadmap.nodes[0]!.kind, 'group');
    const http = roadmap.nodesById.get('http')!;
    assert.equal(http.kind, 'topic');
    assert.equal(http.parentId, 'web');
    assert.deepEqual(http.path, ['Web', 'HTTP']);
    assert.deepEqual(http.practice, ['practice/http/**']);
    assert.deepEqual(
      roadmap.topics.map((topic) => topic.id),
      ['http'],
    );
  });

  it('accepts a byte-order mark and CRLF line ends', () => {
    const result = loadRoadmap(`\uFEFF${HEADER}  - id: a\n    title: A\n`.replace(/\n/g, '\r\n'));
    assert.ok(result.roadmap);
  });

  it('reads lone CR line ends as the editor does, on both paths, and finds a real mistake at its line', () => {
    const text = `${HEADER}  - id: a\n    title: A\n`.replace(/\n/g, '\r');
    const fast = loadRoadmapInput(text);
    assert.deepEqual(fast.problems, []);
    assert.deepEqual(loadRoadmapInputWithYaml(text), fast);
    const mistaken = `${HEADER}  - id: a\n    tittle: A\n`;
    const problems = problemsOf(mistaken.replace(/\n/g, '\r'));
    assert.deepEqual(problems, problemsOf(mistaken), 'the same problems, at the same places, as with LF');
    assert.ok(problems.some((problem) => /tittle/.test(problem.message) && problem.range.start.line === 5));
  });

  it('reports a YAML syntax error at its line', () => {
    const [problem] = problemsOf(`${HEADER}  - id: a\n    title: "A\n`);
    assert.ok(problem);
    assert.match(problem.message, /^YAML syntax error/);
    assert.equal(problem.range.start.line, 5);
  });

  it('reports an unknown key at the key, with a suggestion', () => {
    const problems = problemsOf(`${HEADER}  - id: a\n    title: A\n    sumary: typo\n`);
    assert.equal(problems.length, 1);
    assert.equal(at(problems[0]!), '6:5');
    assert.match(problems[0]!.message, /unknown key "sumary".*did you mean "summary"/);
  });

  it('reports a missing title at the node that lacks it', () => {
    const problems = problemsOf(`${HEADER}  - id: a\n    title: A\n  - id: b\n    summary: no title\n`);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.range.start.line, 6);
    assert.match(problems[0]!.message, /"title" is missing/);
  });

  it('reports a duplicate id at the second use and points at the first', () => {
    const problems = problemsOf(
      `${HEADER}  - id: a\n    title: A\n  - id: b\n    title: B\n    children:\n      - id: a\n        title: Again\n`,
    );
    assert.equal(problems.length, 1);
    assert.equal(at(problems[0]!), '9:13');
    assert.match(problems[0]!.message, /duplicate id "a"/);
    assert.equal(problems[0]!.related?.[0]!.range.start.line, 4);
  });

  it('reports a link URL that is not http(s) at the URL', () => {
    for (const url of ['javascript:alert(1)', 'ftp://example.com', 'not a url', 'data:text/html,x']) {
      const problems = problemsOf(`${HEADER}  - id: a\n    title: A\n    links:\n      - title: L\n        url: "${url}"\n`);
      assert.equal(problems.length, 1, url);
      assert.equal(at(problems[0]!), '8:14', url);
      assert.match(problems[0]!.message, /http\(s\)/);
    }
  });

  it('reports a bad id, a wrong type and a wrong kind with readable sentences', () => {
    assert.match(problemsOf(`id: Not An Id\ntitle: R\nnodes:\n  - id: a\n    title: A\n`)[0]!.message, /lower-case letters/);
    const wrongType = problemsOf(`${HEADER}  - id: a\n    title: 42\n`)[0];
    assert.ok(wrongType);
    assert.equal(wrongType.message, '"title" should be a string, not a number');
    assert.equal(at(wrongType), '5:12');
    assert.match(
      problemsOf(`${HEADER}  - id: a\n    title: A\n    kind: grop\n`)[0]!.message,
      /"kind" must be "group" or "topic", not "grop"/,
    );
  });

  it('refuses a group inside a topic', () => {
    const [problem] = problemsOf(`${HEADER}  - id: a\n    title: A\n    children:\n      - id: b\n        title: B\n        kind: group\n`);
    assert.ok(problem);
    assert.match(problem.message, /a topic cannot contain a group/);
    assert.equal(problem.range.start.line, 9);
  });

  it('refuses former ids that clash', () => {
    const problems = problemsOf(`${HEADER}  - id: a\n    title: A\n    formerIds: [b]\n  - id: b\n    title: B\n`);
    assert.match(problems[0]!.message, /former id "b" of "A" is the id of "B"/);
    assert.equal(problems[0]!.range.start.line, 6);
    assert.match(problemsOf(`${HEADER}  - id: a\n    title: A\n    formerIds: [a]\n`)[0]!.message, /its own id/);
    assert.match(
      problemsOf(`${HEADER}  - id: a\n    title: A\n    formerIds: [old]\n  - id: b\n    title: B\n    formerIds: [old]\n`)[0]!.message,
      /claimed by both/,
    );
  });

  it('refuses duplicate keys, alias bombs, deep nesting, empty files and oversized files with one clear problem', () => {
    assert.match(problemsOf(`id: r\ntitle: R\ntitle: S\nnodes: []\n`)[0]!.message, /keys must be unique/);
    const bomb = [
      'a: &a [x,x,x,x,x,x,x,x,x]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    ].join('\n');
    assert.match(problemsOf(bomb)[0]!.message, /aliases/);
    const deep = problemsOf('['.repeat(20_000) + ']'.repeat(20_000));
    assert.equal(deep.length, 1);
    assert.match(deep[0]!.message, /nests too deeply/);
    assert.match(problemsOf('')[0]!.message, /mapping with id, title and nodes/);
    const big = loadRoadmap(`${HEADER}  - id: a\n    title: A\n`, { maxBytes: 10 });
    assert.match(big.problems[0]!.message, /limited to/);
  });

  it('refuses nesting deeper than the bound at its line, in bounded time, however often the file is read', () => {
    const nestings = [
      { name: 'flow sequences', text: '['.repeat(20_000) + ']'.repeat(20_000), line: 1 },
      { name: 'flow mappings', text: '{a: '.repeat(20_000) + '1' + '}'.repeat(20_000), line: 1 },
      { name: 'compact block sequences', text: `${'- '.repeat(20_000)}a\n`, line: 1 },
      { name: 'explicit keys', text: `${'? '.repeat(20_000)}a\n`, line: 1 },
      {
        name: 'indented block mappings',
        text: Array.from({ length: 1_000 }, (_, level) => `${' '.repeat(level)}a:\n`).join(''),
        line: MAX_NESTING_DEPTH,
      },
      { name: 'a chain of 150 topics', text: topicChain(150), line: 298 },
      { name: 'flow sequences a line each', text: '[\n'.repeat(5_000) + ']\n'.repeat(5_000), line: MAX_NESTING_DEPTH },
    ];
    for (const { name, text, line } of nestings) {
      // Three reads: a second 20,000-deep parse used to abort the process inside V8.
      for (let read = 0; read < 3; read++) {
        const problems = problemsOf(text);
        assert.equal(problems.length, 1, name);
        assert.match(problems[0]!.message, /nests too deeply/, name);
        assert.equal(problems[0]!.range.start.line, line, name);
      }
    }
  });

  it('reports the real mistakes of flat text that nests deep only in the parser (20,000 lines of "a: b: c")', () => {
    const problems = problemsOf(Array.from({ length: 20_000 }, () => 'a: b: c').join('\n'));
    assert.ok(problems.length > 0);
    for (const problem of problems) assert.match(problem.message, /second "key:" after a key/);
    assert.equal(problems[0]!.range.start.line, 1);
  });

  it('reads a deep but bounded roadmap, by the fast path or by yaml, the same either way', () => {
    for (const levels of [40, 90]) {
      const text = topicChain(levels);
      const result = loadRoadmap(text);
      assert.equal(result.roadmap?.nodesById.get('n-0')?.path.length, levels, `${levels} levels`);
      assert.deepStrictEqual(loadRoadmapInput(text), loadRoadmapInputWithYaml(text));
    }
  });

  it('names the file in formatted problems and keeps a partial title for broken files', () => {
    const result = loadRoadmap(`id: r\ntitle: Broken One\nnodes:\n  - id: a\n`);
    assert.equal(result.partial?.title, 'Broken One');
    assert.equal(formatProblem('x.roadmap.yaml', result.problems[0]!), 'x.roadmap.yaml:4:5: "title" is missing');
  });
});

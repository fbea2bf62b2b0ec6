// The pure parts of checks: sources merged in order, the test-folder convention, output bounding, the
// roadmap file's `check` key and the workspace checks file.
import { strict as assert } from 'node:assert';
import { BoundedOutput } from '../../../src/model/boundedOutput';
import { approvalKey, mergeCheckSources } from '../../../src/model/checks';
import { parseChecksFile, withCheck, type ChecksFileEntries } from '../../../src/model/checksFile';
import { loadRoadmap } from '../../../src/model/loader';
import { detectTestCommand } from '../../../src/model/testCommandDetection';
import { roadmapFrom } from '../helpers';

describe('check sources', () => {
  const convention = { spec: { command: 'node --test' }, reason: 'node --test: found a.test.js' };

  it('takes the roadmap file first, then the checks file on top, field by field', () => {
    assert.deepEqual(mergeCheckSources({ roadmap: { command: 'npm test', folder: 'labs/http', timeoutSeconds: 30 } }), {
      command: 'npm test',
      folder: 'labs/http',
      timeoutSeconds: 30,
      source: 'roadmap',
      from: ['roadmap'],
    });
    assert.deepEqual(
      mergeCheckSources({
        roadmap: { command: 'npm test', folder: 'labs/http', timeoutSeconds: 30 },
        checksFile: { command: 'make check', timeoutSeconds: 5 },
        convention,
      }),
      {
        command: 'make check',
        folder: 'labs/http',
        timeoutSeconds: 5,
        source: 'checksFile',
        from: ['roadmap', 'checksFile'],
      },
    );
  });

  it('uses the convention only when no file names a command, and says why', () => {
    assert.deepEqual(mergeCheckSources({ convention }), {
      command: 'node --test',
      source: 'convention',
      from: ['convention'],
      reason: convention.reason,
    });
    assert.equal(mergeCheckSources({ checksFile: { command: 'pytest' }, convention })?.command, 'pytest');
    assert.equal(mergeCheckSources({}), undefined);
  });

  it('keys approvals by the exact command and folder', () => {
    assert.notEqual(approvalKey('npm test', '/a'), approvalKey('npm test ', '/a'));
    assert.notEqual(approvalKey('npm test', '/a'), approvalKey('npm test', '/b'));
    assert.equal(approvalKey('npm test', '/a'), approvalKey('npm test', '/a'));
  });
});

describe('test command detection', () => {
  it('chooses npm test when the folder has a package.json test script', () => {
    const found = detectTestCommand({ files: ['package.json', 'src/limiter.test.ts'], packageJson: '{"scripts":{"test":"vitest run"}}' });
    assert.equal(found?.spec.command, 'npm test');
    assert.match(found?.reason ?? '', /test script/);
  });

  it('ignores the failing placeholder script npm init writes, and a package.json that does not parse', () => {
    const placeholder = '{"scripts":{"test":"echo \\"Error: no test specified\\" && exit 1"}}';
    assert.equal(detectTestCommand({ files: ['package.json', 'bucket.test.mjs'], packageJson: placeholder })?.spec.command, 'node --test');
    assert.equal(detectTestCommand({ files: ['package.json'], packageJson: '{not json' }), undefined);
  });

  it('chooses node --test for the file names node --test runs', () => {
    for (const name of ['tokenBucket.test.mjs', 'a-test.js', 'cache_test.cjs', 'test.js', 'test-lru.js', 'sub/dir/x.test.js']) {
      const found = detectTestCommand({ files: ['README.md', name] });
      assert.equal(found?.spec.command, 'node --test', name);
      assert.match(found?.reason ?? '', new RegExp(name.replace(/[.]/g, '\\.')));
    }
  });

  it('chooses pytest and go test by their file names', () => {
    assert.equal(detectTestCommand({ files: ['limiter.py', 'test_limiter.py'] })?.spec.command, 'pytest');
    assert.equal(detectTestCommand({ files: ['limiter_test.py'] })?.spec.command, 'pytest');
    assert.equal(detectTestCommand({ files: ['ring.go', 'ring_test.go'] })?.spec.command, 'go test ./...');
  });

  it('finds nothing in a folder without tests, or with TypeScript tests and no script', () => {
    for (const files of [[], ['notes.md', 'limiter.ts', 'testing.js', 'latest.js', 'contest.py'], ['limiter.test.ts']]) {
      assert.equal(detectTestCommand({ files }), undefined, files.join(', '));
    }
  });

  it('reads long and odd file names in bounded time', () => {
    const long = `${'a.'.repeat(50_000)}test.j`;
    assert.equal(detectTestCommand({ files: [long, `${'test-'.repeat(20_000)}x`, `${'_'.repeat(100_000)}.py`] }), undefined);
  });
});

describe('bounded output', () => {
  it('passes output on until the limit, then says once that the rest is not shown', () => {
    const output = new BoundedOutput({ maxStreamed: 10, tailSize: 4 });
    assert.equal(output.append('12345'), '12345');
    const cut = output.append('6789AB');
    assert.ok(cut.startsWith('6789A'));
    assert.match(cut, /not shown/);
    assert.equal(output.append('CDE'), '');
    assert.equal(output.totalCharacters, 14);
  });

  it('keeps only the tail, and says how much came before it', () => {
    const output = new BoundedOutput({ maxStreamed: 100, tailSize: 5 });
    output.append('hello ');
    output.append('world');
    assert.equal(output.tail(), '…(6 earlier characters left out)\nworld');
    const short = new BoundedOutput({ maxStreamed: 100, tailSize: 50 });
    short.append('all of it');
    assert.equal(short.tail(), 'all of it');
  });

  it('keeps its memory bounded whatever a command prints', () => {
    const output = new BoundedOutput({ maxStreamed: 1000, tailSize: 100 });
    let passed = 0;
    for (let index = 0; index < 10_000; index++) passed += output.append('x'.repeat(1000)).replace(/\r\n\[.*\]\r\n/, '').length;
    assert.equal(passed, 1000);
    assert.ok(output.tail().length < 200);
    assert.equal(output.totalCharacters, 10_000_000);
  });
});

describe('the check key in a roadmap file', () => {
  const roadmap = (check: string) => `
id: with-checks
title: With Checks
nodes:
  - id: limiter
    title: Rate limiter
    check: ${check}
`;

  it('accepts a command alone or with a folder and a time limit', () => {
    assert.deepEqual(roadmapFrom(roadmap('node --test')).nodesById.get('limiter')?.check, { command: 'node --test' });
    const full = roadmapFrom(roadmap('{ command: "npm test", folder: practice/limiter, timeoutSeconds: 30 }'));
    assert.deepEqual(full.nodesById.get('limiter')?.check, { command: 'npm test', folder: 'practice/limiter', timeoutSeconds: 30 });
  });

  it('reports a check that leaves the workspace, has no command or an odd time limit', () => {
    for (const [check, message] of [
      ['{ command: "npm test", folder: ../elsewhere }', /leave the workspace/],
      ['{ folder: practice }', /check/],
      ['{ command: "npm test", timeoutSeconds: 0 }', /at least 1/],
      ['{ command: "npm test", shell: bash }', /shell|check/],
    ] as const) {
      const result = loadRoadmap(roadmap(check));
      assert.equal(result.roadmap, undefined, check);
      assert.ok(
        result.problems.some((problem) => message.test(problem.message)),
        `${check}: ${result.problems.map((problem) => problem.message).join('; ')}`,
      );
    }
  });
});

describe('the workspace checks file', () => {
  it('reads checks per roadmap and topic', () => {
    const parsed = parseChecksFile('{"checks":{"backend":{"caching":"node --test","jwt":{"command":"npm test","folder":"practice/jwt"}}}}');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.entries.get('backend')?.get('caching'), { command: 'node --test' });
    assert.deepEqual(parsed.entries.get('backend')?.get('jwt'), { command: 'npm test', folder: 'practice/jwt' });
  });

  it('explains what is wrong instead of throwing', () => {
    for (const [text, problem] of [
      ['{', /not valid JSON/],
      ['{"checks":{"Bad Id":{}}}', /id/],
      ['{"checks":{"a":{"b":{"command":""}}}}', /check|empty/],
      ['[]', /object|expected/i],
      [' '.repeat(300 * 1024), /at most/],
    ] as const) {
      const parsed = parseChecksFile(text);
      assert.equal(parsed.ok, false, text.slice(0, 40));
      if (!parsed.ok) assert.match(parsed.problem, problem);
    }
  });

  it("writes a topic's check beside the others, sorted, and removes it again", () => {
    const start = parseChecksFile(withCheck(new Map(), 'zeta', 'b', { command: 'pytest', folder: 'py' }));
    assert.ok(start.ok);
    const text = withCheck(start.entries, 'alpha', 'a', { command: 'node --test' });
    assert.ok(text.indexOf('"alpha"') < text.indexOf('"zeta"'));
    const both = parseChecksFile(text);
    assert.ok(both.ok);
    assert.deepEqual(both.entries.get('alpha')?.get('a'), { command: 'node --test' });
    assert.deepEqual(both.entries.get('zeta')?.get('b'), { command: 'pytest', folder: 'py' });
    const removed = parseChecksFile(withCheck(both.entries as ChecksFileEntries, 'alpha', 'a', undefined));
    assert.ok(removed.ok);
    assert.equal(removed.entries.has('alpha'), false);
  });
});

// Issue 11 items 13 and 14: every problem of a file in one report, in sentences without the parser's
// or the validator's words.
import { strict as assert } from 'node:assert';
import { loadRoadmap } from '../../../src/model/loader';

const HEADER = 'id: r\ntitle: R\nnodes:\n';
const messagesOf = (text: string): string[] => {
  const result = loadRoadmap(text);
  assert.equal(result.roadmap, undefined, 'expected the file to be rejected');
  return result.problems.map((problem) => problem.message);
};

describe('loader messages', () => {
  it('reports duplicate ids together with schema errors', () => {
    const messages = messagesOf(`${HEADER}  - id: x\n    title: X\n  - id: x\n    title: Y\n    bogus: 1\n  - id: BAD\n    title: Z\n`);
    assert.ok(
      messages.some((message) => /duplicate id "x"/.test(message)),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((message) => /unknown key "bogus"/.test(message)),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((message) => /lower-case letters/.test(message)),
      messages.join('\n'),
    );
  });

  it('reports duplicate keys together with schema errors, in file order', () => {
    const result = loadRoadmap(`${HEADER}  - id: a\n    title: A\n    title: B\n  - id: b\n`);
    const messages = result.problems.map((problem) => problem.message);
    assert.match(messages[0] ?? '', /duplicate key "title"/);
    assert.match(messages[1] ?? '', /"title" is missing/);
    assert.deepEqual(
      result.problems.map((problem) => problem.range.start.line),
      [6, 7],
    );
  });

  it('says "one document" for several YAML documents, without naming parser functions', () => {
    const [message] = messagesOf(`${HEADER}  - id: a\n    title: A\n---\nid: b\n`);
    assert.match(message ?? '', /more than one YAML document/);
    assert.doesNotMatch(message ?? '', /parseAllDocuments|YAML\./);
  });

  it('says how long a too-long note is and what the limit is', () => {
    const [message] = messagesOf(`${HEADER}  - id: a\n    title: A\n    notes: "${'n'.repeat(100_001)}"\n`);
    assert.equal(message, '"notes" is too long: 100,001 characters, at most 100,000 (in "A")');
  });

  it('explains 1,000 flat lines of "a: b: c" as the mistake they are, not as deep nesting', () => {
    const messages = messagesOf(Array.from({ length: 1000 }, () => 'a: b: c').join('\n'));
    assert.ok(messages.length > 0);
    for (const message of messages) {
      assert.doesNotMatch(message, /nests too deeply/);
      assert.match(message, /second "key:" after a key/);
    }
  });

  it('lists at most a few unknown keys of one mapping and counts the rest', () => {
    const keys = Array.from({ length: 500 }, (_, index) => `    extra${index}: 1`).join('\n');
    const messages = messagesOf(`${HEADER}  - id: a\n    title: A\n${keys}\n`);
    assert.equal(messages.filter((message) => message.startsWith('unknown key')).length, 10);
    assert.ok(
      messages.some((message) => message.startsWith('490 more unknown keys')),
      messages.join('\n'),
    );
  });
});

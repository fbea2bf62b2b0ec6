import { strict as assert } from 'node:assert';
import { applyToRoadmapText, combineNoteMaps, type NoteAssignment } from '../../../scripts/apply-note-map';

const ROADMAP = `# A comment that must survive.
id: r
title: R
nodes:
  - id: web
    title: Web
    kind: group
    children:
      - id: http
        title: HTTP # trailing comment
        children:
          - id: caching
            title: Caching
      - id: rest
        title: REST
`;

const assignment = (topicId: string, subject: string, roadmapId = 'r'): NoteAssignment => ({
  key: `${roadmapId}/${topicId}`,
  roadmapId,
  topicId,
  subject,
  source: 'test.json',
});

describe('apply-note-map', () => {
  it('sets noteFile and practice before children, keeping comments and the rest of the file', () => {
    const result = applyToRoadmapText(ROADMAP, [assignment('http', 'http-semantics'), assignment('caching', 'http-caching')]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.topicsWithoutNote, ['rest']);
    assert.equal(
      result.text,
      ROADMAP.replace(
        'title: HTTP # trailing comment\n',
        'title: HTTP # trailing comment\n        noteFile: notes/http-semantics.md\n        practice: ["practice/http-semantics/**"]\n',
      ).replace(
        'title: Caching\n',
        'title: Caching\n            noteFile: notes/http-caching.md\n            practice: ["practice/http-caching/**"]\n',
      ),
    );
  });

  it('is idempotent and replaces an earlier mapping in place', () => {
    const once = applyToRoadmapText(ROADMAP, [assignment('rest', 'rest-principles')]).text;
    assert.equal(applyToRoadmapText(once, [assignment('rest', 'rest-principles')]).text, once);
    const remapped = applyToRoadmapText(once, [assignment('rest', 'api-design')]).text;
    assert.equal(remapped, once.replace(/rest-principles/g, 'api-design'));
  });

  it('ignores assignments for other roadmaps and reports unknown topics and groups', () => {
    const result = applyToRoadmapText(ROADMAP, [assignment('nope', 'dns'), assignment('web', 'dns'), assignment('http', 'dns', 'other')]);
    assert.equal(result.problems.length, 2);
    assert.match(result.problems[0]!, /names no topic/);
    assert.match(result.problems[1]!, /names a group/);
    assert.equal(result.text, ROADMAP);
  });

  it('refuses a topic that two maps send to different subjects, and malformed entries', () => {
    const { assignments, problems } = combineNoteMaps([
      { name: 'a.json', entries: { 'r/http': 'http-semantics', 'r/rest': 'rest-principles' } },
      { name: 'b.json', entries: { 'r/http': 'http-versions', 'r/rest': 'rest-principles', 'no-slash': 'x', 'r/dns': 'Not An Id' } },
    ]);
    assert.equal(problems.length, 3);
    assert.match(problems[0]!, /"r\/http" is mapped to "http-semantics" by a\.json and to "http-versions" by b\.json/);
    assert.deepEqual([...assignments.keys()], ['r/http', 'r/rest']);
  });
});

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { mergeProgress } from '../../../src/model/merge';
import { statusFor } from '../../../src/model/progress';
import {
  exportProgressJson,
  exportProgressMarkdown,
  parseChecklist,
  parseProgressJson,
} from '../../../src/model/progressTransfer/progressExport';
import { checklistEntries, matchChecklist, previewImport, previewRestore } from '../../../src/model/progressTransfer/progressImport';
import type { ProgressEntry, Status } from '../../../src/model/status';
import { plain, progressArb, statusArb, wideEntryArb } from '../arbitraries';
import { runWithHangGuard } from '../hangGuard';
import { roadmapFrom, SMALL_ROADMAP } from '../helpers';

const roadmap = roadmapFrom(SMALL_ROADMAP);
const EXPORTED_AT = Date.UTC(2025, 10, 21, 4, 21, 0, 123);

describe('export and import formats', () => {
  describe('JSON', () => {
    it('round-trips any progress exactly, todo entries and unknown ids included (fast-check)', () => {
      fc.assert(
        fc.property(progressArb(wideEntryArb), (progress) => {
          const parsed = parseProgressJson(exportProgressJson(roadmap, progress, EXPORTED_AT));
          assert.ok(parsed.ok);
          if (!parsed.ok) return;
          assert.equal(parsed.value.roadmapId, 'small');
          assert.equal(parsed.value.exportedAt, EXPORTED_AT);
          assert.deepEqual(plain(parsed.value.progress), plain(progress));
        }),
        { numRuns: 500 },
      );
    });

    it('imports back exactly: merging an export into an empty store restores it, and into the same store changes nothing', () => {
      fc.assert(
        fc.property(progressArb(wideEntryArb), (progress) => {
          const parsed = parseProgressJson(exportProgressJson(roadmap, progress, EXPORTED_AT));
          assert.ok(parsed.ok);
          if (!parsed.ok) return;
          assert.deepEqual(plain(mergeProgress(new Map(), parsed.value.progress)), plain(progress));
          assert.equal(previewImport(roadmap, progress, parsed.value.progress).winners.size, 0);
        }),
        { numRuns: 300 },
      );
    });

    it('is readable: topics in roadmap order, times as ISO strings', () => {
      const text = exportProgressJson(
        roadmap,
        new Map([
          ['zz-gone', { status: 'done', changedAt: 0 }],
          ['sql', { status: 'in-progress', changedAt: EXPORTED_AT }],
          ['methods', { status: 'done', changedAt: EXPORTED_AT }],
        ]),
        EXPORTED_AT,
      );
      const document = JSON.parse(text);
      assert.equal(document.format, 'roadmap-tracker-progress');
      assert.deepEqual(Object.keys(document.topics), ['methods', 'sql', 'zz-gone']);
      assert.equal(document.topics.sql.changedAt, '2025-11-21T04:21:00.123Z');
    });

    for (const [name, text, pattern] of [
      ['not JSON', '{ nope', /not JSON/],
      ['another JSON document', '{"name": "package"}', /format/],
      [
        'a bad status',
        '{"format":"roadmap-tracker-progress","version":1,"roadmapId":"r","topics":{"a":{"status":"finished","changedAt":1}}}',
        /topics\.a\.status/,
      ],
      [
        'a bad time',
        '{"format":"roadmap-tracker-progress","version":1,"roadmapId":"r","topics":{"a":{"status":"done","changedAt":"yesterday"}}}',
        /changedAt/,
      ],
      [
        'a bad topic id',
        '{"format":"roadmap-tracker-progress","version":1,"roadmapId":"r","topics":{"A B":{"status":"done","changedAt":1}}}',
        /topics/,
      ],
      ['a newer version', '{"format":"roadmap-tracker-progress","version":2,"roadmapId":"r","topics":{}}', /newer version/],
    ] as const) {
      it(`refuses ${name} with a reason`, () => {
        const parsed = parseProgressJson(text);
        assert.equal(parsed.ok, false);
        assert.match(parsed.ok ? '' : parsed.reason, pattern);
      });
    }
  });

  describe('check-verified topics', () => {
    const progress = new Map<string, ProgressEntry>([
      ['methods', { status: 'done', changedAt: EXPORTED_AT }],
      ['sql', { status: 'in-progress', changedAt: EXPORTED_AT }],
      ['rest', { status: 'done', changedAt: EXPORTED_AT }],
    ]);
    // sql was verified once, then reopened by hand: no longer evidence of anything.
    const verified = new Map([
      ['methods', Date.UTC(2026, 11, 1, 9)],
      ['sql', Date.UTC(2026, 10, 1)],
    ]);

    it('JSON: a done topic that its check marked done carries verifiedAt; others do not; it still imports', () => {
      const text = exportProgressJson(roadmap, progress, EXPORTED_AT, verified);
      const topics = JSON.parse(text).topics;
      assert.equal(topics.methods.verifiedAt, '2026-12-01T09:00:00.000Z');
      assert.equal(topics.sql.verifiedAt, undefined);
      assert.equal(topics.rest.verifiedAt, undefined);
      const parsed = parseProgressJson(text);
      assert.ok(parsed.ok);
      if (parsed.ok) assert.deepEqual(plain(parsed.value.progress), plain(progress));
      assert.equal(parseProgressJson(text.replace('"2026-12-01T09:00:00.000Z"', '"someday"')).ok, false);
    });

    it('Markdown: the verified topic is marked after its title, explained once, and the mark reads back as the title', () => {
      const text = exportProgressMarkdown(roadmap, progress, EXPORTED_AT, verified);
      assert.match(text, /^ {4}- \[x\] Methods ✔ verified by its check \(2026-12-01\)$/m);
      assert.match(text, /^ {2}- \[x\] REST$/m);
      assert.match(text, /^ {2}- \[\/\] SQL$/m);
      assert.match(text, /✔ verified: a passing practice check marked it done/);
      assert.doesNotMatch(exportProgressMarkdown(roadmap, progress, EXPORTED_AT), /✔/);
      const checklist = parseChecklist(text);
      const methods = checklist.items.find((item) => item.title === 'Methods');
      assert.deepEqual(methods && { ...methods, line: 0 }, { line: 0, title: 'Methods', ancestors: ['Web', 'HTTP'], status: 'done' });
      const matched = matchChecklist(roadmap, checklist);
      assert.equal(matched.statuses.get('methods'), 'done');
      assert.deepEqual(matched.unmatched, []);
      assert.deepEqual(
        [...matched.statuses],
        [...matchChecklist(roadmap, parseChecklist(exportProgressMarkdown(roadmap, progress, EXPORTED_AT))).statuses],
      );
    });

    it('Markdown: a title that merely contains the words keeps them', () => {
      const items = parseChecklist('- [x] Why ✔ verified by its check matters\n- [x] Trailing ✔ verified by its check (soon)\n').items;
      assert.deepEqual(
        items.map((item) => item.title),
        ['Why ✔ verified by its check matters', 'Trailing ✔ verified by its check (soon)'],
      );
    });
  });

  describe('Markdown checklist', () => {
    const progress = new Map<string, ProgressEntry>([
      ['http', { status: 'in-progress', changedAt: 1 }],
      ['methods', { status: 'done', changedAt: 1 }],
      ['rest', { status: 'skipped', changedAt: 1 }],
    ]);

    it('is a checklist indented like the roadmap, groups without a box', () => {
      const text = exportProgressMarkdown(roadmap, progress, EXPORTED_AT);
      assert.equal(
        text,
        [
          '# Small Roadmap',
          '',
          '<!-- roadmap-tracker: {"roadmapId":"small","exportedAt":"2025-11-21T04:21:00.123Z"} -->',
          '_[x] done · [/] in progress · [-] skipped · [ ] to do_',
          '',
          '- Web',
          '  - [/] HTTP',
          '    - [x] Methods',
          '    - [ ] Caching',
          '  - [-] REST',
          '- Data',
          '  - [ ] SQL',
          '  - [ ] Indexes',
          '',
        ].join('\n'),
      );
    });

    it('round-trips every topic status (fast-check)', () => {
      fc.assert(
        fc.property(fc.array(statusArb, { minLength: roadmap.topics.length, maxLength: roadmap.topics.length }), (statuses) => {
          const saved = new Map(roadmap.topics.map((topic, index) => [topic.id, { status: statuses[index]!, changedAt: 5 }]));
          const checklist = parseChecklist(exportProgressMarkdown(roadmap, saved, EXPORTED_AT));
          assert.equal(checklist.roadmapId, 'small');
          assert.equal(checklist.exportedAt, EXPORTED_AT);
          const { statuses: read, unmatched } = matchChecklist(roadmap, checklist);
          assert.deepEqual(unmatched, []);
          for (const topic of roadmap.topics) assert.equal(read.get(topic.id), statusFor(saved, topic), topic.id);
        }),
        { numRuns: 300 },
      );
    });

    it('reads a hand-written list: any bullet, tabs, upper-case X, ids for titles, case and spacing ignored', () => {
      const checklist = parseChecklist(
        ['Some notes.', '* Web', '\t+ [X] http', '\t\t- [/]   methods  ', '- [-] SQL', '- [x] Nothing Like It', '- plain line'].join(
          '\r\n',
        ),
      );
      assert.equal(checklist.roadmapId, undefined);
      const { statuses, unmatched } = matchChecklist(roadmap, checklist);
      assert.deepEqual(Object.fromEntries(statuses), { http: 'done', methods: 'in-progress', sql: 'skipped' });
      assert.deepEqual(unmatched, [{ line: 6, title: 'Nothing Like It', reason: 'no topic has this title' }]);
    });

    it('tells apart topics with the same title by the enclosing items', () => {
      const twins = roadmapFrom(`
id: twins
title: Twins
nodes:
  - id: sql
    title: SQL
    kind: group
    children: [{ id: sql-basics, title: Basics }]
  - id: nosql
    title: NoSQL
    kind: group
    children: [{ id: nosql-basics, title: Basics }]
`);
      const { statuses, unmatched } = matchChecklist(twins, parseChecklist('- NoSQL\n  - [x] Basics\n- [x] Basics\n'));
      assert.deepEqual(Object.fromEntries(statuses), { 'nosql-basics': 'done' });
      assert.equal(unmatched.length, 1);
      assert.equal(unmatched[0]!.reason, 'several topics have this title');
    });
  });

  describe('checklist parser on hostile input (linear: outcome asserted, a hang fails)', function () {
    this.timeout(120_000);
    const PARSER = 'src/model/progressTransfer/progressExport.ts';
    type Parsed = ReturnType<typeof parseChecklist>;

    it("reads '# a' + 4,000 spaces + 'x' as a heading", async () => {
      const parsed = await runWithHangGuard<Parsed>(PARSER, 'parseChecklist', ['# a' + ' '.repeat(4_000) + 'x']);
      assert.equal(parsed.title, 'a' + ' '.repeat(4_000) + 'x');
    });

    it("reads '- a' + 160,000 spaces + 'x' as one item", async () => {
      const parsed = await runWithHangGuard<Parsed>(PARSER, 'parseChecklist', ['- a' + ' '.repeat(160_000) + 'x']);
      assert.equal(parsed.items.length, 1);
      assert.equal(parsed.items[0]!.title, 'a' + ' '.repeat(160_000) + 'x');
    });

    it('reads long runs of every character the syntax uses, within one guard', async () => {
      const runs = ['# ', '- ', '- [x] ', '<!--', '-->', '<!-- roadmap-tracker: {', '}', ' ', '\t', '#', '-', '[', ']', 'x', '*', '+'];
      const inputs = runs.flatMap((run) => [
        run.repeat(40_000),
        `# a${run.repeat(40_000)}x`,
        `- [ ] a${run.repeat(40_000)}x  `,
        `<!-- roadmap-tracker: {"a": 1${run.repeat(40_000)}`,
      ]);
      const parsed = await runWithHangGuard<Parsed[]>('test/unit/model/parseMany.ts', 'parseMany', [inputs]);
      assert.equal(parsed.length, inputs.length);
      for (const checklist of parsed) for (const item of checklist.items) assert.doesNotMatch(item.title, /[ \t]$/);
    });

    it('never throws and trims every title, on lines built from the syntax (fast-check)', () => {
      const piece = fc.constantFrom(
        ' ',
        '\t',
        '#',
        '-',
        '*',
        '+',
        '[',
        ']',
        'x',
        'X',
        '/',
        'a',
        '<!--',
        '-->',
        '{',
        '}',
        'roadmap-tracker:',
        '\n',
        '\r\n',
      );
      fc.assert(
        fc.property(fc.array(fc.tuple(piece, fc.integer({ min: 1, max: 200 })), { maxLength: 12 }), (pieces) => {
          const text = pieces.map(([run, count]) => run.repeat(count)).join('');
          const checklist = parseChecklist(text);
          assert.ok(checklist.items.length <= text.split('\n').length);
          for (const item of checklist.items) assert.ok(item.title !== '' && !/^[ \t]|[ \t]$/.test(item.title), JSON.stringify(item.title));
        }),
        { numRuns: 500 },
      );
    });

    it('keeps the reading of ordinary lines', () => {
      const checklist = parseChecklist(
        [
          '# Title ##',
          '<!-- note --> <!-- roadmap-tracker: {"roadmapId":"small"} -->',
          '- [x]',
          '- [x] ',
          '-no space',
          '  * [/] In progress  ',
          '# C#',
        ].join('\n'),
      );
      assert.equal(checklist.title, 'Title');
      assert.equal(checklist.roadmapId, 'small');
      assert.deepEqual(
        checklist.items.map(({ title, status }) => ({ title, status })),
        [
          { title: '[x]', status: undefined },
          { title: 'In progress', status: 'in-progress' },
        ],
      );
    });
  });

  describe('restore preview', () => {
    it("makes the file's statuses the current ones whatever the times, following former ids", () => {
      const renamed = roadmapFrom(
        `id: r\ntitle: R\nnodes:\n  - id: new\n    title: New\n    formerIds: [old]\n  - id: other\n    title: Other\n  - id: untouched\n    title: Untouched\n`,
      );
      const current = new Map<string, ProgressEntry>([
        ['new', { status: 'todo', changedAt: 90 }],
        ['other', { status: 'todo', changedAt: 90 }],
        ['untouched', { status: 'done', changedAt: 90 }],
      ]);
      const backup = new Map<string, ProgressEntry>([
        ['old', { status: 'done', changedAt: 10 }],
        ['other', { status: 'todo', changedAt: 10 }],
        ['gone', { status: 'skipped', changedAt: 10 }],
      ]);
      const preview = previewRestore(renamed, current, backup);
      assert.deepEqual(Object.fromEntries(preview.statuses), { new: 'done', other: 'todo', gone: 'skipped' });
      assert.deepEqual(
        preview.changes.map(({ topicId, from, to, orphan }) => ({ topicId, from, to, orphan })),
        [
          { topicId: 'new', from: 'todo', to: 'done', orphan: false },
          { topicId: 'gone', from: 'todo', to: 'skipped', orphan: true },
        ],
      );
      assert.equal(previewImport(renamed, current, backup).changes.length, 1, 'merging would only bring the orphan: the reset is newer');
    });
  });

  describe('import preview', () => {
    it('lists status changes per topic, follows former ids, and leaves out older entries', () => {
      const renamed = roadmapFrom(
        `id: r\ntitle: R\nnodes:\n  - id: new\n    title: New\n    formerIds: [old]\n  - id: other\n    title: Other\n`,
      );
      const current = new Map<string, ProgressEntry>([
        ['new', { status: 'done', changedAt: 10 }],
        ['other', { status: 'in-progress', changedAt: 50 }],
      ]);
      const incoming = new Map<string, ProgressEntry>([
        ['old', { status: 'skipped', changedAt: 20 }],
        ['other', { status: 'done', changedAt: 40 }],
        ['gone', { status: 'done', changedAt: 1 }],
      ]);
      const preview = previewImport(renamed, current, incoming);
      assert.deepEqual(
        preview.changes.map(({ topicId, from, to, savedIds, orphan }) => ({ topicId, from, to, savedIds, orphan })),
        [
          { topicId: 'new', from: 'done', to: 'skipped', savedIds: ['old'], orphan: false },
          { topicId: 'gone', from: 'todo', to: 'done', savedIds: ['gone'], orphan: true },
        ],
      );
      assert.equal(preview.older, 1);
      assert.deepEqual([...preview.winners.keys()].sort(), ['gone', 'old']);
    });

    it('gives checklist lines one time, so later changes here win over an older export', () => {
      const current = new Map<string, ProgressEntry>([['sql', { status: 'done', changedAt: EXPORTED_AT + 1 }]]);
      const incoming = checklistEntries(
        new Map<string, Status>([
          ['sql', 'todo'],
          ['rest', 'done'],
        ]),
        EXPORTED_AT,
      );
      const preview = previewImport(roadmap, current, incoming);
      assert.deepEqual(
        preview.changes.map((change) => change.topicId),
        ['rest'],
      );
    });
  });
});

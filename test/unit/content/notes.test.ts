// The shipped content: every topic of every bundled roadmap opens an existing note, every note follows
// the notes brief (issue 7), and the merged roadmap holds every subject once plus the capstones.
import { strict as assert } from 'node:assert';
import type { Roadmap, RoadmapNode } from '../../../src/model/roadmap';
import { checkLibrary, checkNote, countSentences, parseNote } from '../../../scripts/check-notes';
import { isCapstone, MERGED_ROADMAP_ID, readBundledRoadmaps, readNoteMaps, readNotes, subjectOfNoteFile } from './library';

const bundled = readBundledRoadmaps();
const notes = readNotes();
const roadmaps: Roadmap[] = bundled.flatMap(({ result }) => (result.roadmap ? [result.roadmap] : []));
const merged = roadmaps.find((roadmap) => roadmap.id === MERGED_ROADMAP_ID);

/** Body characters (everything after the title line) below which a note says too little. */
const MIN_NOTE_BODY = 600;
const SHORTENER_HOSTS = ['bit.ly', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'buff.ly', 'is.gd', 'lnkd.in', 'rebrand.ly'];
const TRACKING_PARAMETER = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ref_src|_hsenc|_hsmi)$/i;

const referencesOf = (text: string): { title: string; url: string }[] =>
  (parseNote(text).sections.get('References') ?? '')
    .split('\n')
    .map((line) => /^- \[([^\]]+)\]\(([^)\s]+)\)$/.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ title: match[1]!, url: match[2]! }));

describe('bundled content', () => {
  it('has six bundled roadmaps, the merged one among them', () => {
    assert.equal(bundled.length, 6, bundled.map(({ file }) => file).join(', '));
    assert.ok(merged, `no roadmap with id ${MERGED_ROADMAP_ID}`);
    assert.equal(merged.title, 'Backend Engineering (merged)');
  });

  describe('every bundled roadmap', () => {
    for (const { file, result } of bundled) {
      describe(file, () => {
        it('loads with the project loader, without problems', () => {
          assert.deepEqual(
            result.problems.map((problem) => problem.message),
            [],
          );
          assert.ok(result.roadmap && result.roadmap.topics.length > 0);
        });

        it('gives every topic an existing note and a practice folder', () => {
          const roadmap = result.roadmap!;
          const withoutNote = roadmap.topics.filter((topic) => !notes.has(subjectOfNoteFile(topic.noteFile) ?? ''));
          assert.deepEqual(
            withoutNote.map((topic) => `${topic.id} → ${topic.noteFile ?? '(no noteFile)'}`),
            [],
            'topics whose noteFile is missing or names no note in roadmaps/notes',
          );
          for (const topic of roadmap.topics) {
            const expected = isCapstone(topic)
              ? `practice/capstones/${topic.id.slice('capstone-'.length)}/**`
              : `practice/${subjectOfNoteFile(topic.noteFile)}/**`;
            assert.deepEqual(topic.practice, [expected], topic.id);
          }
        });

        it('gives no group a note', () => {
          const groups = [...result.roadmap!.nodesById.values()].filter((node) => node.kind === 'group');
          assert.deepEqual(
            groups.filter((group) => group.noteFile !== undefined).map((group) => group.id),
            [],
          );
        });
      });
    }
  });

  describe('note maps', () => {
    const maps = readNoteMaps();

    it('are a, b and c, and every entry is applied to its topic', () => {
      assert.deepEqual(
        maps.map((map) => map.name),
        ['a.json', 'b.json', 'c.json'],
      );
      const unapplied: string[] = [];
      for (const { name, entries } of maps) {
        for (const [key, subject] of Object.entries(entries)) {
          const [roadmapId, topicId = ''] = key.split('/');
          const topic = roadmaps.find((roadmap) => roadmap.id === roadmapId)?.nodesById.get(topicId);
          if (topic?.kind !== 'topic' || topic.noteFile !== `notes/${subject}.md`) unapplied.push(`${name}: ${key} → ${subject}`);
        }
      }
      assert.deepEqual(unapplied, [], 'run npx tsx scripts/apply-note-map.ts');
    });

    it('never map one topic to two different subjects', () => {
      const seen = new Map<string, string>();
      const conflicts: string[] = [];
      for (const { name, entries } of maps) {
        for (const [key, subject] of Object.entries(entries)) {
          const earlier = seen.get(key);
          if (earlier !== undefined && earlier !== subject) conflicts.push(`${key}: ${earlier} and ${subject} (${name})`);
          seen.set(key, subject);
        }
      }
      assert.deepEqual(conflicts, []);
    });
  });

  describe('notes library', () => {
    it('holds a note per subject', () => {
      assert.ok(notes.size >= 200, `${notes.size} notes`);
    });

    it('every note follows the brief (scripts/check-notes.ts rules)', () => {
      const problems = checkLibrary(notes).map((problem) => `${problem.subjectId}.md: ${problem.message}`);
      assert.deepEqual(problems, []);
    });

    it('every note has a title, a 2–5 sentence intro, Key ideas, Practice in its folder and 1–3 references', () => {
      const problems: string[] = [];
      for (const [subject, text] of notes) {
        const note = parseNote(text);
        const fail = (message: string): number => problems.push(`${subject}.md: ${message}`);
        if (!/^# \S/.test(text)) fail('does not start with "# Title"');
        const sentences = countSentences(note.intro);
        if (sentences < 2 || sentences > 5) fail(`intro has ${sentences} sentences`);
        const ideas = (note.sections.get('Key ideas') ?? '').split('\n').filter((line) => /^- \S/.test(line));
        if (ideas.length < 3 || ideas.length > 7) fail(`${ideas.length} key ideas`);
        if (!(note.sections.get('Practice') ?? '').includes(`\`practice/${subject}/\``)) fail('Practice does not name its folder');
        const references = referencesOf(text);
        if (references.length < 1 || references.length > 3) fail(`${references.length} references`);
        if (note.body.length < MIN_NOTE_BODY) fail(`body of ${note.body.length} characters`);
      }
      assert.deepEqual(problems, []);
    });

    it('every reference is a well-formed https URL without tracking parameters or shorteners', () => {
      const problems: string[] = [];
      for (const [subject, text] of notes) {
        for (const { url } of referencesOf(text)) {
          let parsed: URL;
          try {
            parsed = new URL(url);
          } catch {
            problems.push(`${subject}: ${url} does not parse`);
            continue;
          }
          if (parsed.protocol !== 'https:') problems.push(`${subject}: ${url} is not https`);
          if (!parsed.hostname.includes('.')) problems.push(`${subject}: ${url} has no real host`);
          if (SHORTENER_HOSTS.includes(parsed.hostname.replace(/^www\./, ''))) problems.push(`${subject}: ${url} is a shortener`);
          for (const key of parsed.searchParams.keys()) {
            if (TRACKING_PARAMETER.test(key)) problems.push(`${subject}: ${url} has tracking parameter ${key}`);
          }
          if (parsed.username || parsed.password) problems.push(`${subject}: ${url} carries credentials`);
        }
      }
      assert.deepEqual(problems, []);
    });

    it('no two notes share a title', () => {
      const byTitle = new Map<string, string[]>();
      for (const [subject, text] of notes) {
        const key = parseNote(text)
          .title.toLowerCase()
          .replace(/[^a-z0-9]+/g, ' ')
          .trim();
        byTitle.set(key, [...(byTitle.get(key) ?? []), subject]);
      }
      assert.deepEqual(
        [...byTitle.values()].filter((subjects) => subjects.length > 1),
        [],
      );
    });

    it('every note is used by at least one topic of a seed roadmap or the merged one', () => {
      const used = new Set(roadmaps.flatMap((roadmap) => roadmap.topics.map((topic) => subjectOfNoteFile(topic.noteFile))));
      assert.deepEqual(
        [...notes.keys()].filter((subject) => !used.has(subject)),
        [],
      );
    });
  });

  describe('the merged roadmap', () => {
    const topics = (): readonly RoadmapNode[] => merged?.topics ?? [];
    const subjectTopics = (): RoadmapNode[] => topics().filter((topic) => !isCapstone(topic));

    it('follows the learning order, from foundations to capstones', () => {
      assert.deepEqual(
        merged?.nodes.map((node) => node.id),
        [
          'foundations',
          'programming-frameworks',
          'networking-apis',
          'databases',
          'caching',
          'security',
          'messaging',
          'architecture',
          'distributed-systems',
          'scalability-performance',
          'testing',
          'devops-cloud',
          'observability-reliability',
          'system-design',
          'career',
          'capstone-projects',
        ],
      );
      assert.ok(merged?.nodes.every((node) => node.kind === 'group'));
    });

    it('holds every subject exactly once (deduplicated), as a topic named after it', () => {
      const subjects = subjectTopics().map((topic) => subjectOfNoteFile(topic.noteFile) ?? `(none: ${topic.id})`);
      const duplicates = subjects.filter((subject, index) => subjects.indexOf(subject) !== index);
      assert.deepEqual(duplicates, []);
      assert.deepEqual([...subjects].sort(), [...notes.keys()].sort());
      const renamed = subjectTopics().filter((topic) => `notes/${topic.id}.md` !== topic.noteFile);
      assert.deepEqual(
        renamed.map((topic) => topic.id),
        [],
      );
    });

    it('covers every subject the five seed roadmaps use', () => {
      const inMerged = new Set(topics().map((topic) => topic.noteFile));
      const missing = roadmaps
        .filter((roadmap) => roadmap !== merged)
        .flatMap((roadmap) => roadmap.topics.map((topic) => topic.noteFile))
        .filter((noteFile) => !inMerged.has(noteFile));
      assert.deepEqual([...new Set(missing)], []);
    });

    it('contains every capstone with a brief and its most relevant note', () => {
      const capstones = topics().filter(isCapstone);
      assert.deepEqual(
        capstones.map((topic) => `${topic.id} → ${subjectOfNoteFile(topic.noteFile)}`),
        [
          'capstone-url-shortener → system-design-problems',
          'capstone-news-feed → system-design-problems',
          'capstone-chat-app → websockets',
          'capstone-payment-system → idempotency',
          'capstone-notification-system → message-queues',
          'capstone-search-engine → elasticsearch',
          'capstone-rate-limiter → rate-limiting',
          'capstone-auth-service → authentication-vs-authorization',
          'capstone-payment-service → payment-gateway-integration',
          'capstone-event-processing-pipeline → stream-processing',
          'capstone-distributed-cache → distributed-cache',
          'capstone-api-gateway → api-gateway',
          'capstone-multi-tenant-saas → multi-tenancy',
        ],
      );
      for (const capstone of capstones) {
        assert.deepEqual(capstone.path.slice(0, 1), ['Capstone projects'], capstone.id);
        assert.deepEqual(
          (capstone.notes ?? '').match(/^## .+$/gm),
          ['## Goal', '## Requirements', '## Stretch goals', '## Topics it exercises'],
          capstone.id,
        );
      }
    });

    it('names only real topics under "Topics it exercises"', () => {
      const titles = new Set(subjectTopics().map((topic) => topic.title));
      const unknown: string[] = [];
      for (const capstone of topics().filter(isCapstone)) {
        const section = (capstone.notes ?? '').split('## Topics it exercises')[1] ?? '';
        const named = section
          .split('\n')
          .filter((line) => line.startsWith('- '))
          .map((line) => line.slice(2).trim());
        assert.ok(named.length >= 4, `${capstone.id} names ${named.length} topics`);
        unknown.push(...named.filter((title) => !titles.has(title)).map((title) => `${capstone.id}: ${title}`));
      }
      assert.deepEqual(unknown, []);
    });
  });
});

describe('the note checker rejects what the brief forbids', () => {
  const GOOD = [
    '# Widget caching',
    '',
    'Widget caching keeps computed widgets close to the code that needs them. It saves work on every request and makes pages faster. A backend engineer needs it wherever the same answer is computed often.',
    '',
    '## Key ideas',
    '- Cache what is expensive to compute and cheap to store, and give every entry a time to live that matches how fast it goes stale.',
    '- Invalidate on write when staleness is visible to users; otherwise accept a short window of stale reads.',
    '- Measure the hit ratio before and after; a cache that rarely hits only adds a network hop and a failure mode.',
    '',
    '## Practice',
    'Write a function that memoises widget rendering with a time to live. Measure the hit ratio over a thousand simulated requests. Keep your work in `practice/widget-caching/`.',
    '',
    '## References',
    '- [RFC 9111: HTTP Caching](https://www.rfc-editor.org/rfc/rfc9111)',
    '',
  ].join('\n');
  const problemsWith = (from: string, to: string): string[] => checkNote('widget-caching', GOOD.replace(from, to));

  it('accepts a note that follows the brief', () => {
    assert.deepEqual(checkNote('widget-caching', GOOD), []);
  });

  it('rejects a missing section, a long intro, a wrong folder, bad and surplus references, a short body', () => {
    assert.notDeepEqual(problemsWith('## Key ideas', '## Ideas'), []);
    assert.notDeepEqual(problemsWith('request and makes', 'request. It makes. Pages are faster. Really. Truly. It'), []);
    assert.notDeepEqual(problemsWith('practice/widget-caching/', 'practice/widgets/'), []);
    assert.notDeepEqual(problemsWith('https://www.rfc-editor.org/rfc/rfc9111', 'http://www.rfc-editor.org/rfc/rfc9111'), []);
    assert.notDeepEqual(problemsWith('https://www.rfc-editor.org/rfc/rfc9111', 'https://bit.ly/abc'), []);
    assert.notDeepEqual(problemsWith('rfc/rfc9111)', 'rfc/rfc9111?utm_source=x)'), []);
    assert.notDeepEqual(problemsWith('https://www.rfc-editor.org/rfc/rfc9111', 'https//broken'), []);
    const fourReferences = Array.from({ length: 4 }, (_, index) => `- [R${index}](https://example.org/${index})`).join('\n');
    assert.notDeepEqual(problemsWith('- [RFC 9111: HTTP Caching](https://www.rfc-editor.org/rfc/rfc9111)', fourReferences), []);
    assert.notDeepEqual(checkNote('widget-caching', GOOD.slice(0, 400)), []);
  });

  it('rejects two notes with the same title', () => {
    const library = new Map([
      ['widget-caching', GOOD],
      ['widget-cache', GOOD.replace(/widget-caching/g, 'widget-cache')],
    ]);
    assert.equal(checkLibrary(library).filter((problem) => /shared/.test(problem.message)).length, 2);
  });
});

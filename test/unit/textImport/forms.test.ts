// One test per form of roadmap text the importer understands.
import { strict as assert } from 'node:assert';
import { roadmapSchema } from '../../../src/model/schema';
import { exportRoadmapMarkdown, importRoadmapText } from '../../../src/model/textImport';
import { slugify } from '../../../src/model/textImport/ids';
import { allNodes, importOk, outline } from './helpers';

const lines = (...text: string[]): string => text.join('\n');
const statuses = (text: string): string[] => [...importOk(text).progress].map(([id, status]) => `${id}=${status}`);

describe('importer: forms of roadmap text', () => {
  it('Markdown headings with nested bullet lists: headings are groups, items topics', () => {
    const { roadmap } = importOk(
      lines('# My Roadmap', '', '## Backend', '- HTTP', '  - Caching', '- SQL', '### Deep', '- Indexes', '## Frontend', '- CSS'),
    );
    assert.equal(roadmap.title, 'My Roadmap');
    assert.equal(roadmap.id, 'my-roadmap');
    assert.deepEqual(outline(roadmap.nodes), [
      '*Backend',
      '  *HTTP',
      '    Caching',
      '  SQL',
      '  *Deep',
      '    Indexes',
      '*Frontend',
      '  CSS',
    ]);
  });

  it('bold and emoji decorations are removed from titles', () => {
    const { roadmap } = importOk(lines('## 🔐 **Security** 🔥', '- 🐍 **Python** _basics_', '- Use `git` ~~daily~~'));
    assert.deepEqual(outline(roadmap.nodes), ['*Security', '  Python basics', '  Use git daily']);
  });

  it('horizontal rules and prose paragraphs are ignored', () => {
    const { roadmap } = importOk(
      lines('Here is a roadmap you asked for:', '', '---', '## A', 'Some prose about A.', '', '***', '- a1', '___', '- a2'),
    );
    assert.deepEqual(outline(roadmap.nodes), ['*A', '  a1', '  a2']);
  });

  it('the paragraph under the title becomes the description', () => {
    const { roadmap } = importOk(lines('# Title', '', 'What this is **about**.', '', '## A', '- a'));
    assert.equal(roadmap.description, 'What this is about.');
  });

  it('ASCII trees drawn with ├──, └── and │', () => {
    const { roadmap } = importOk(
      lines('Root', '│', '├── Area', '│   ├── Topic one', '│   └── Topic two', '│', '└── Other', '    └── Leaf'),
    );
    assert.equal(roadmap.title, 'Root');
    assert.deepEqual(outline(roadmap.nodes), ['*Area', '  Topic one', '  Topic two', '*Other', '  Leaf']);
  });

  it('plain ASCII trees drawn with |-- and `--', () => {
    const { roadmap } = importOk(lines('Root', '|-- Area', '|   |-- One', '|   `-- Two', '`-- Other', '    +-- Three', '    \\-- Four'));
    assert.deepEqual(outline(roadmap.nodes), ['*Area', '  One', '  Two', '*Other', '  Three', '  Four']);
  });

  it('a tree under a heading hangs below its root line', () => {
    const { roadmap } = importOk(lines('# Doc', '## Section', '```', 'Stack', '├── A', '└── B', '```'));
    assert.deepEqual(outline(roadmap.nodes), ['*Section', '  *Stack', '    A', '    B']);
  });

  it('Markdown checklists: [x] done, [ ] todo, [/] in progress, [-] skipped', () => {
    assert.deepEqual(statuses(lines('- [x] A', '- [ ] B', '- [/] C', '- [-] D', '- E', '[X] F')), [
      'a=done',
      'b=todo',
      'c=in-progress',
      'd=skipped',
      'f=done',
    ]);
  });

  it('status emoji: ✅ done, ⏳ in progress, ⏸️ todo, at the start or the end', () => {
    assert.deepEqual(statuses(lines('├── ✅ A', '├── ⏳ B', '├── ⏸️ C', '└── D ✅')), ['a=done', 'b=in-progress', 'c=todo', 'd=done']);
    const { roadmap } = importOk('- ✅ Done thing\n- ⏳ Busy');
    assert.deepEqual(outline(roadmap.nodes), ['Done thing', 'Busy']);
  });

  it('numbered lists and *, + bullets', () => {
    const { roadmap } = importOk(lines('1. One', '2) Two', '   * Two a', '   + Two b', '10. Ten'));
    assert.deepEqual(outline(roadmap.nodes), ['One', '*Two', '  Two a', '  Two b', 'Ten']);
  });

  it('tab indentation, and mixed widths of space indentation', () => {
    assert.deepEqual(outline(importOk('- A\n\t- B\n\t\t- C\n- D').roadmap.nodes), ['*A', '  *B', '    C', 'D']);
    assert.deepEqual(outline(importOk('- A\n   - B\n      - C\n   - E\n- D').roadmap.nodes), ['*A', '  *B', '    C', '  E', 'D']);
  });

  it('CRLF and lone CR line ends, and a leading byte-order mark', () => {
    const expected = ['*A', '  a1', '  a2'];
    assert.deepEqual(outline(importOk('## A\r\n- a1\r\n- a2\r\n').roadmap.nodes), expected);
    assert.deepEqual(outline(importOk('## A\r- a1\r- a2').roadmap.nodes), expected);
    assert.deepEqual(outline(importOk('\uFEFF## A\n- a1\n- a2').roadmap.nodes), expected);
  });

  it('bold pseudo-headings and "📌 Label:" lines become groups one level below the sections', () => {
    const { roadmap } = importOk(
      lines(
        '## Databases',
        '**SQL (Relational):**',
        '- Postgres',
        '',
        '**NoSQL**',
        '- Mongo',
        '## Frameworks',
        '### Go',
        '- Gin',
        '📌 Topics:',
        '- Middleware',
      ),
    );
    assert.deepEqual(outline(roadmap.nodes), [
      '*Databases',
      '  *SQL (Relational)',
      '    Postgres',
      '  *NoSQL',
      '    Mongo',
      '*Frameworks',
      '  *Go',
      '    Gin',
      '  *Topics',
      '    Middleware',
    ]);
  });

  it('a line ending in a colon is prose unless a list follows it', () => {
    const { roadmap } = importOk(lines('Here is what you shared:', '', '---', '## A', '- a'));
    assert.deepEqual(outline(roadmap.nodes), ['*A', '  a']);
  });

  it('"**Title**: rest" and "**Title:** rest" give a title and a summary', () => {
    const nodes = importOk(lines('- **Caching**: Redis, Memcached', '- **Queues:** Kafka', '- Tools: Redis')).roadmap.nodes;
    assert.deepEqual(
      nodes.map((node) => [node.title, node.summary]),
      [
        ['Caching', 'Redis, Memcached'],
        ['Queues', 'Kafka'],
        ['Tools: Redis', undefined],
      ],
    );
  });

  it('a blockquote directly under a heading is the group summary', () => {
    const { roadmap } = importOk(
      lines('### 1. **Security**', '', '> _Secure your systems._', '> From the ground up.', '', '- Auth', '> not a summary of the group'),
    );
    assert.equal(roadmap.nodes[0]?.title, 'Security');
    assert.equal(roadmap.nodes[0]?.summary, 'Secure your systems. From the ground up.');
    assert.equal(roadmap.nodes[0]?.children?.[0]?.summary, 'not a summary of the group');
  });

  it('personal parenthesised remarks are dropped, other remarks kept', () => {
    const titles = allNodes(
      importOk(lines('- Python (You have this)', '- Django (Your current focus)', '- Go (Optional)', '- Rust (my pick)')).roadmap.nodes,
    ).map((node) => node.title);
    assert.deepEqual(titles, ['Python', 'Django', 'Go (Optional)', 'Rust']);
  });

  it('trailing bracketed tags become the summary, personal ones are dropped', () => {
    const { roadmap } = importOk(
      lines('Root', '├── **API** [Job Essential]', '│   └── x', '└── **BASICS** [Your Current Level]', '    └── y'),
    );
    assert.deepEqual(
      roadmap.nodes.map((node) => [node.title, node.summary]),
      [
        ['API', 'Job Essential'],
        ['BASICS', undefined],
      ],
    );
  });

  it('an unmarked node with children is a group, unless its parent is a topic', () => {
    const { roadmap } = importOk(lines('Root', '└── Area', '    └── ⏳ Topic', '        └── Sub', '            └── Leaf'));
    assert.deepEqual(outline(roadmap.nodes), ['*Area', '  Topic', '    Sub', '      Leaf']);
    assert.doesNotThrow(() => roadmapSchema.parse(roadmap));
  });

  it('a list item written as a label ("Tools:") is a group even without children', () => {
    assert.deepEqual(outline(importOk('- Tools:\n- [ ] Git').roadmap.nodes), ['*Tools', 'Git']);
  });

  it('Markdown links become node links; the title keeps the link text', () => {
    const node = importOk('- Read [RFC 6749](https://www.rfc-editor.org/rfc/rfc6749) and [bad](ftp://x)').roadmap.nodes[0];
    assert.equal(node?.title, 'Read RFC 6749 and bad');
    assert.deepEqual(node?.links, [{ title: 'RFC 6749', url: 'https://www.rfc-editor.org/rfc/rfc6749' }]);
  });

  it('backslash escapes are taken literally', () => {
    assert.deepEqual(outline(importOk('- [ ] 1\\. \\*not bold\\* \\[tag\\]').roadmap.nodes), ['1. *not bold* [tag]']);
  });

  it('setext headings and code fences', () => {
    const { roadmap } = importOk(lines('Title', '=====', '', '```', '- inside a fence', '```'));
    assert.equal(roadmap.title, 'Title');
    assert.deepEqual(outline(roadmap.nodes), ['inside a fence']);
  });

  it('several level-1 headings are sections, not the title', () => {
    const { roadmap } = importOk(lines('# Frontend', '- CSS', '# Backend', '- SQL'), { fallbackTitle: 'Web' });
    assert.equal(roadmap.title, 'Web');
    assert.deepEqual(outline(roadmap.nodes), ['*Frontend', '  CSS', '*Backend', '  SQL']);
  });

  it('an item whose title is only emoji gives its children to its parent', () => {
    assert.deepEqual(outline(importOk('- 🚀\n  - A\n- B').roadmap.nodes), ['A', 'B']);
  });

  it('options override id, title, description and source', () => {
    const { roadmap } = importOk('# Text title\n- a', { id: 'mine', title: 'Mine', description: 'D', source: 'S' });
    assert.deepEqual([roadmap.id, roadmap.title, roadmap.description, roadmap.source], ['mine', 'Mine', 'D', 'S']);
  });

  it('very long item text is shortened into the title, kept whole in the summary', () => {
    const long = 'word '.repeat(100).trim();
    const node = importOk(`- ${long}`).roadmap.nodes[0];
    assert.ok((node?.title.length ?? 0) <= 120 && node?.title.endsWith('…'));
    assert.equal(node?.summary, long);
  });
});

describe('importer: stable ids', () => {
  it('slugs are kebab-case, accent-free and spell out C++ and C#', () => {
    assert.equal(slugify('Authentication & Authorization'), 'authentication-authorization');
    assert.equal(slugify('C++ (You have this)'), 'c-plus-plus-you-have-this');
    assert.equal(slugify('C# (.NET Core)'), 'c-sharp-net-core');
    assert.equal(slugify('Çalışma Ağacı Straße'), 'calisma-agaci-strasse');
    assert.match(slugify('数据库'), /^n-[a-z0-9]+$/);
    assert.ok(slugify('a'.repeat(300)).length <= 60);
  });

  it('a repeated title gets its parent id as prefix, then a number', () => {
    const { roadmap } = importOk(lines('## Go', '- gRPC', '## Java', '- gRPC', '- gRPC', '- Go'));
    assert.deepEqual(
      allNodes(roadmap.nodes).map((node) => node.id),
      ['go', 'grpc', 'java', 'java-grpc', 'grpc-2', 'java-go'],
    );
  });

  it('ids do not depend on anything but the text', () => {
    const text = lines('## A', '- x', '- x', '## B', '- x');
    assert.deepEqual(importOk(text).roadmap, importOk(text).roadmap);
  });

  it('every result passes the roadmap schema', () => {
    const result = importRoadmapText(lines('## ' + 'x'.repeat(400), '- y'));
    assert.ok(result.ok);
    assert.doesNotThrow(() => roadmapSchema.parse(result.roadmap));
  });
});

describe('exporter: roadmap to Markdown checklist', () => {
  it('writes groups as labels, summaries as blockquotes or after the bold title, statuses as boxes', () => {
    const { roadmap, progress } = importOk(
      lines(
        '# Road',
        '',
        'About it.',
        '',
        '## Area',
        '> Why it matters',
        '- ✅ **Auth**: OAuth',
        '- ⏳ Caching',
        '  - [-] Old',
        '- 1. Numbered: literally',
      ),
    );
    assert.equal(
      exportRoadmapMarkdown(roadmap, progress),
      lines(
        '# Road',
        '',
        'About it.',
        '',
        '- Area:',
        '  > Why it matters',
        '  - [x] **Auth**: OAuth',
        '  - [/] Caching',
        '    - [-] Old',
        '  - [ ] Numbered: literally',
        '',
      ),
    );
  });
});

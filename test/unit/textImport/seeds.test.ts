// Golden tests: importing each seed gives exactly the tree of the bundled roadmap made from it.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { roadmapSchema, type RoadmapInput } from '../../../src/model/schema';
import { repairMojibake } from '../../../src/model/textImport/encoding';
import { BUNDLED_SEEDS } from '../../fixtures/bundledSeeds';
import { allNodes, importOk, shapeOf } from './helpers';

const root = join(__dirname, '../../..');
const seedText = (file: string): string => readFileSync(join(root, 'test/fixtures/seeds', file), 'utf8');
const bundled = (id: string): RoadmapInput =>
  roadmapSchema.parse(parse(readFileSync(join(root, 'roadmaps', `${id}.roadmap.yaml`), 'utf8')));

/** Traces of emoji, Markdown decoration, damaged encoding or personal remarks. */
const LEFTOVERS = /\p{Extended_Pictographic}|\uFE0F|\*\*|__|â|ğŸ|Ã|ï¸|€/u;
const PERSONAL = /\byour?\b/i;

describe('bundled roadmaps made from the seeds', () => {
  for (const seed of BUNDLED_SEEDS) {
    describe(seed.file, () => {
      const imported = importOk(seedText(seed.file), seed.roadmap);
      const roadmap = bundled(seed.roadmap.id);

      it('imports to the same tree as the bundled roadmap (ids, titles, kinds, order)', () => {
        assert.deepEqual(shapeOf(imported.roadmap.nodes), shapeOf(roadmap.nodes));
      });

      it('has an id, title, description and source', () => {
        assert.equal(roadmap.id, seed.roadmap.id);
        assert.equal(roadmap.title, seed.roadmap.title);
        assert.ok(roadmap.description && roadmap.description.length > 20);
        assert.ok(roadmap.source?.startsWith('Seed '));
      });

      it('has clean titles and summaries: no emoji, bold, damaged text or personal remarks', () => {
        for (const node of allNodes(roadmap.nodes)) {
          assert.doesNotMatch(node.title, LEFTOVERS, node.id);
          assert.doesNotMatch(node.title, PERSONAL, node.id);
          assert.doesNotMatch(node.summary ?? '', LEFTOVERS, node.id);
        }
      });

      it('carries no progress and keeps only format keys', () => {
        const raw = readFileSync(join(root, 'roadmaps', `${seed.roadmap.id}.roadmap.yaml`), 'utf8');
        assert.doesNotMatch(raw, /^\s*(status|progress|done):/m);
      });
    });
  }
});

describe('seed specifics', () => {
  const titlesOf = (id: string): string[] => allNodes(bundled(id).nodes).map((node) => node.title);

  it('seed 003 yields exactly 4 topics done, 4 in progress and the rest todo', () => {
    const result = importOk(seedText('003_f5fb33b680d64a1c.txt'));
    const topics = allNodes(result.roadmap.nodes).filter((node) => node.kind !== 'group');
    const statuses = topics.map((topic) => result.progress.get(topic.id) ?? 'todo');
    assert.equal(statuses.filter((status) => status === 'done').length, 4);
    assert.equal(statuses.filter((status) => status === 'in-progress').length, 4);
    assert.equal(statuses.filter((status) => status === 'todo').length, topics.length - 8);
    assert.deepEqual(
      [...result.progress].filter(([, status]) => status !== 'todo').map(([id, status]) => `${id}=${status}`),
      [
        'python=done',
        'c-plus-plus=done',
        'javascript-node-js-optional=in-progress',
        'git-basics=done',
        'github-workflows=in-progress',
        'basic-linux-commands=done',
        'file-permissions=in-progress',
        'django=in-progress',
      ],
    );
  });

  it('seed 003: personal remarks are dropped, tags become summaries, a marked topic holds topics', () => {
    const roadmap = bundled('backend-engineering-roadmap');
    const titles = titlesOf('backend-engineering-roadmap');
    for (const title of ['Python', 'C++', 'Django', 'JavaScript/Node.js (Optional)', 'Go/Java (Future consideration)']) {
      assert.ok(titles.includes(title), title);
    }
    const nodes = allNodes(roadmap.nodes);
    assert.equal(nodes.find((node) => node.id === 'api-development')?.summary, 'Job Essential');
    assert.equal(nodes.find((node) => node.id === 'foundations')?.summary, undefined, 'a personal tag is no summary');
    const django = nodes.find((node) => node.id === 'django');
    assert.equal(django?.kind, undefined);
    assert.equal(django?.children?.length, 6);
    assert.equal(nodes.find((node) => node.id === 'python-ecosystem')?.kind, 'group');
  });

  it('seed 002: damaged punctuation is restored and pseudo-headings are groups', () => {
    const roadmap = bundled('backend-engineer-ultimate-path');
    const titles = titlesOf('backend-engineer-ultimate-path');
    assert.ok(titles.includes('Programming Languages (Pick 1–2 deeply)'));
    const frameworks = roadmap.nodes.find((node) => node.id === 'backend-frameworks');
    assert.deepEqual(
      frameworks?.children?.map((child) => `${child.kind}:${child.title}`),
      ['group:Python', 'group:Java', 'group:Go', 'group:Topics'],
    );
    const finalGoal = roadmap.nodes.find((node) => node.id === 'final-goal');
    assert.equal(finalGoal?.summary, 'Backend Engineer who can:');
    assert.equal(finalGoal?.children?.length, 5);
  });

  it('seed 001: bold pseudo-headings become groups inside their section', () => {
    const databases = bundled('backend-development').nodes.find((node) => node.id === 'databases');
    assert.deepEqual(
      databases?.children?.map((child) => child.title),
      ['SQL (Relational)', 'NoSQL (Non-Relational)', 'ORM / Query Builders'],
    );
    assert.ok(titlesOf('backend-development').includes('HTTP/HTTPS → methods, status codes, headers, cookies, caching'));
  });

  it('seed 000: "**Title**: rest" gives a title and a summary, the blockquote the group summary', () => {
    // The importer's own output: the bundled file adds noteFile and practice (scripts/apply-note-map.ts).
    const security = importOk(seedText('000_8bcf72779aae2d0c.txt')).roadmap.nodes[0];
    assert.equal(security?.title, 'Security');
    assert.equal(security?.summary, 'Secure your systems from the ground up.');
    assert.deepEqual(security?.children?.[0], {
      id: 'authentication-authorization',
      title: 'Authentication & Authorization',
      summary: 'OAuth 2.0, JWT',
    });
  });

  it('seed 004: tree nodes with children and no marker are groups, numbering is dropped', () => {
    const roadmap = bundled('backend-engineering');
    assert.equal(roadmap.nodes.length, 10);
    assert.ok(roadmap.nodes.every((node) => node.kind === 'group'));
    assert.equal(roadmap.nodes[9]?.title, 'System Design Mastery');
    assert.equal(roadmap.nodes[9]?.children?.at(-1)?.title, 'Real-world Case Studies');
  });

  it('every heading, list item and tree node of every seed is a node (title, or title and summary)', () => {
    // An independent, rougher reading than the importer's: a seed line and a node match when they
    // have the same words, once numbering and personal remarks are set aside.
    const words = (text: string): string =>
      text
        .replace(/[([][^)\]]*\b(?:you|your)\b[^)\]]*[)\]]/gi, ' ')
        .replace(/(^|\s)\d{1,2}\.\s/g, ' ')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .toLowerCase();
    const isContentLine = (line: string): boolean => {
      const quoted = /^\s*>/.test(line);
      const trimmed = line.replace(/^[\s│|>]+/, '');
      if (quoted) return trimmed.startsWith('- ');
      if (/^#\s/.test(trimmed) || /^[-*_]{3,}$/.test(trimmed)) return false;
      if (/^([-*+#├└`]|\|--|\d+\.\s)/.test(trimmed)) return true;
      return /^\*\*.*:\*\*$/.test(trimmed) || /^\p{Extended_Pictographic}.*:$/u.test(trimmed);
    };
    for (const seed of BUNDLED_SEEDS) {
      const nodeWords = new Set(
        allNodes(bundled(seed.roadmap.id).nodes).flatMap((node) => [words(node.title), words(`${node.title} ${node.summary ?? ''}`)]),
      );
      const lines = repairMojibake(seedText(seed.file)).text.split(/\r?\n/).filter(isContentLine);
      assert.ok(lines.length > 30, `${seed.file}: ${lines.length} content lines`);
      for (const line of lines) assert.ok(nodeWords.has(words(line)), `${seed.file}: no node for "${line.trim()}"`);
    }
  });
});

// Inputs that try to make the loader slow or crash, all under the 8 MB size limit unless named so. Each
// must end, in bounded time, loaded or refused with a clear problem.
export interface AdversarialInput {
  readonly name: string;
  readonly make: () => string;
  /** Left out by --quick. */
  readonly slow?: boolean;
}

const HEADER = 'id: adversarial\ntitle: Adversarial\n';

/** One mapping with `count` keys the schema does not know (each is reported as an unknown key). */
function mapOfKeys(count: number): string {
  const lines = [HEADER, 'nodes: []\n'];
  for (let index = 0; index < count; index++) lines.push(`k${index}: 1\n`);
  return lines.join('');
}

/** `count` topics, each without a title: one problem per topic. */
function topicsWithoutTitles(count: number): string {
  const lines = [HEADER, 'nodes:\n'];
  for (let index = 0; index < count; index++) lines.push(`  - id: t${index}\n`);
  return lines.join('');
}

/** `count` topics that all use the same id. */
function duplicateIds(count: number): string {
  const lines = [HEADER, 'nodes:\n'];
  for (let index = 0; index < count; index++) lines.push(`  - id: same\n    title: T${index}\n`);
  return lines.join('');
}

/** A valid roadmap of `count` topics with long summaries: 9 MB at 80,000 topics. */
function manyTopics(count: number): string {
  const lines = [HEADER, 'nodes:\n'];
  for (let index = 0; index < count; index++)
    lines.push(`  - id: t${index}\n    title: Topic ${index}\n    summary: ${'A summary long enough to fill the file. '.repeat(2)}\n`);
  return lines.join('');
}

/** Block mappings nested `levels` deep, two spaces more each level. */
function blockNesting(levels: number): string {
  const lines: string[] = [];
  for (let level = 0; level < levels; level++) lines.push(`${'  '.repeat(level)}a:\n`);
  return lines.join('') + `${'  '.repeat(levels)}a: 1\n`;
}

const ALIAS_BOMB = [
  'a: &a [x,x,x,x,x,x,x,x,x]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
].join('\n');

export const ADVERSARIAL_INPUTS: readonly AdversarialInput[] = [
  { name: 'map of 10,000 keys', make: () => mapOfKeys(10_000) },
  { name: 'map of 40,000 keys', make: () => mapOfKeys(40_000) },
  { name: 'map of 100,000 keys', make: () => mapOfKeys(100_000), slow: true },
  { name: '10,000 topics without a title', make: () => topicsWithoutTitles(10_000) },
  { name: '10,000 topics with one id', make: () => duplicateIds(10_000) },
  { name: 'flow nesting 20,000 deep ([[[…]]])', make: () => '['.repeat(20_000) + ']'.repeat(20_000) },
  { name: 'block nesting 1,000 deep', make: () => blockNesting(1_000) },
  { name: 'alias bomb (9⁴ expansions)', make: () => ALIAS_BOMB },
  {
    name: 'one line of 7 MB (a title)',
    make: () => `${HEADER.replace('title: Adversarial', `title: ${'x'.repeat(7_000_000)}`)}nodes: []\n`,
  },
  { name: 'one line of 7 MB (unclosed quote)', make: () => `${HEADER}nodes: []\nnote: "${'x'.repeat(7_000_000)}\n` },
  { name: 'key of 1 MB', make: () => `${HEADER}nodes: []\n${'k'.repeat(1_000_000)}: 1\n` },
  { name: 'file over the 8 MB limit', make: () => manyTopics(80_000) },
];

// Checks every shared note in roadmaps/notes/ against the notes brief (issue 7):
// title, intro of 2–5 sentences, "Key ideas" with 3–7 bullets, optional "Comparison" table,
// "Practice" naming practice/<subject-id>/, 1–3 https references, a minimum body size, unique titles.
// It also checks that every subject id named in scripts/note-map/*.json has a note.
//
// Usage: npx tsx scripts/check-notes.ts [notes-dir] [note-map-dir]
// The checking functions are exported so a unit test can drive them without touching the disk.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SUBJECT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MIN_BODY_CHARS = 600;
export const INTRO_SENTENCES = { min: 2, max: 5 } as const;
export const KEY_IDEA_BULLETS = { min: 3, max: 7 } as const;
export const PRACTICE_SENTENCES = { min: 2, max: 5 } as const;
export const REFERENCE_COUNT = { min: 1, max: 3 } as const;

const REQUIRED_SECTIONS = ['Key ideas', 'Practice', 'References'] as const;
const ALLOWED_SECTION_ORDER = ['Key ideas', 'Comparison', 'Practice', 'References'] as const;

/** Hosts the brief rules out: blogs, paywalled or ephemeral sources, URL shorteners. */
const FORBIDDEN_HOSTS = [
  'medium.com',
  'dev.to',
  'hashnode.dev',
  'substack.com',
  'bit.ly',
  'tinyurl.com',
  't.co',
  'goo.gl',
  'ow.ly',
  'roadmap.sh',
];
const TRACKING_PARAMETER = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref_src)$/i;

export interface NoteProblem {
  subjectId: string;
  message: string;
}

export interface ParsedNote {
  title: string;
  intro: string;
  /** Section heading (without "## ") → section text, in file order. */
  sections: Map<string, string>;
  body: string;
}

/** Splits a note into its H1 title, the intro paragraph(s) and its H2 sections. */
export function parseNote(text: string): ParsedNote {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const firstContent = lines.findIndex((line) => line.trim().length > 0);
  const titleLine = lines[firstContent] ?? '';
  const title = titleLine.startsWith('# ') ? titleLine.slice(2).trim() : '';
  const rest = lines.slice(firstContent + 1);

  const introLines: string[] = [];
  const sectionLines = new Map<string, string[]>();
  let current = introLines;
  for (const line of rest) {
    const heading = /^##\s+(.+?)\s*$/.exec(line)?.[1];
    if (heading !== undefined) {
      current = [];
      sectionLines.set(heading, current);
    } else {
      current.push(line);
    }
  }
  const sections = new Map<string, string>();
  for (const [name, body] of sectionLines) sections.set(name, body.join('\n').trim());
  return { title, intro: introLines.join('\n').trim(), sections, body: rest.join('\n').trim() };
}

/**
 * Counts sentences in prose: a sentence ends with . ! or ? followed by the end of the text or by
 * whitespace and a capital, digit, quote, bracket or code span. Inline code, links and a few
 * abbreviations (e.g., i.e., vs., cf.) are neutralised first so their dots do not count.
 */
export function countSentences(prose: string): number {
  const cleaned = prose
    .replace(/`[^`]*`/g, 'CODE')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\b(e\.g|i\.e|vs|cf|approx|incl)\./gi, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned.length === 0) return 0;
  const terminators = cleaned.match(/[.!?]+["')\]]*(?=\s+["'([A-Z0-9]|$)/g) ?? [];
  const endsWithTerminator = /[.!?]["')\]]*$/.test(cleaned);
  return terminators.length + (endsWithTerminator ? 0 : 1);
}

function bulletLines(section: string): string[] {
  return section.split('\n').filter((line) => /^[-*]\s+\S/.test(line));
}

/** Problems with one reference URL; an empty list means it is acceptable. */
export function checkReferenceUrl(raw: string): string[] {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return [`"${raw}" is not a well-formed URL`];
  }
  const problems: string[] = [];
  if (url.protocol !== 'https:') problems.push(`"${raw}" is not https`);
  if (!url.hostname.includes('.')) problems.push(`"${raw}" has no proper host name`);
  const host = url.hostname.toLowerCase();
  if (FORBIDDEN_HOSTS.some((bad) => host === bad || host.endsWith(`.${bad}`))) {
    problems.push(`"${raw}" points at a blog, shortener or roadmap.sh, not a primary source`);
  }
  for (const key of url.searchParams.keys()) {
    if (TRACKING_PARAMETER.test(key)) problems.push(`"${raw}" carries the tracking parameter "${key}"`);
  }
  if (/\s/.test(raw)) problems.push(`"${raw}" contains whitespace`);
  return problems;
}

/** All structural problems of one note; `subjectId` is its file name without `.md`. */
export function checkNote(subjectId: string, text: string): string[] {
  const problems: string[] = [];
  if (!SUBJECT_ID_PATTERN.test(subjectId)) problems.push('the file name is not a kebab-case subject id');

  const note = parseNote(text);
  if (!note.title) problems.push('the note does not start with a "# Title" line');
  if (note.body.length < MIN_BODY_CHARS) {
    problems.push(`the body has ${note.body.length} characters, fewer than ${MIN_BODY_CHARS}`);
  }

  if (/^#\s/m.test(note.body)) problems.push('there is more than one "# " heading');
  if (/^###/m.test(note.body)) problems.push('use only "##" sections, no deeper headings');

  const introSentences = countSentences(note.intro);
  if (introSentences < INTRO_SENTENCES.min || introSentences > INTRO_SENTENCES.max) {
    problems.push(`the intro has ${introSentences} sentences, expected ${INTRO_SENTENCES.min}–${INTRO_SENTENCES.max}`);
  }
  if (/^[-*]\s/m.test(note.intro)) problems.push('the intro is prose, not a list');

  const names = [...note.sections.keys()];
  for (const required of REQUIRED_SECTIONS) {
    if (!note.sections.has(required)) problems.push(`the "## ${required}" section is missing`);
  }
  const unknown = names.filter((name) => !(ALLOWED_SECTION_ORDER as readonly string[]).includes(name));
  if (unknown.length > 0) problems.push(`unexpected sections: ${unknown.map((n) => `"## ${n}"`).join(', ')}`);
  const expectedOrder = ALLOWED_SECTION_ORDER.filter((name) => note.sections.has(name));
  const actualOrder = names.filter((name) => (ALLOWED_SECTION_ORDER as readonly string[]).includes(name));
  if (expectedOrder.join('|') !== actualOrder.join('|')) {
    problems.push(`sections are out of order: expected ${expectedOrder.join(', ')}`);
  }

  const keyIdeas = note.sections.get('Key ideas');
  if (keyIdeas !== undefined) {
    const bullets = bulletLines(keyIdeas).length;
    if (bullets < KEY_IDEA_BULLETS.min || bullets > KEY_IDEA_BULLETS.max) {
      problems.push(`"Key ideas" has ${bullets} bullets, expected ${KEY_IDEA_BULLETS.min}–${KEY_IDEA_BULLETS.max}`);
    }
  }

  const comparison = note.sections.get('Comparison');
  if (comparison !== undefined) {
    const rows = comparison.split('\n').filter((line) => /^\s*\|.*\|\s*$/.test(line));
    const hasSeparator = rows.some((row) => /^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$/.test(row));
    if (rows.length < 3 || !hasSeparator) {
      problems.push('"Comparison" needs a Markdown table: header, separator and at least one row');
    } else {
      const widths = new Set(rows.map((row) => row.trim().split('|').length));
      if (widths.size > 1) problems.push('the "Comparison" table rows have different numbers of cells');
    }
  }

  const practice = note.sections.get('Practice');
  if (practice !== undefined) {
    const folder = `\`practice/${subjectId}/\``;
    const keepSentence = new RegExp(`Keep your work in ${escapeRegExp(folder)}\\.\\s*$`);
    if (!keepSentence.test(practice)) {
      problems.push(`"Practice" must end with "Keep your work in ${folder}."`);
    }
    const exercise = practice.replace(keepSentence, '').trim();
    const sentences = countSentences(exercise);
    if (sentences < PRACTICE_SENTENCES.min || sentences > PRACTICE_SENTENCES.max) {
      problems.push(`the practice exercise has ${sentences} sentences, expected ${PRACTICE_SENTENCES.min}–${PRACTICE_SENTENCES.max}`);
    }
  }

  const references = note.sections.get('References');
  if (references !== undefined) {
    const lines = references.split('\n').filter((line) => line.trim().length > 0);
    const links = lines.map((line) => /^- \[([^\]]+)\]\((\S+)\)\s*$/.exec(line));
    if (links.some((match) => match === null)) {
      problems.push('every "References" line must be "- [Title](https://…)"');
    }
    const valid = links.filter((match): match is RegExpExecArray => match !== null);
    if (valid.length < REFERENCE_COUNT.min || valid.length > REFERENCE_COUNT.max) {
      problems.push(`"References" has ${valid.length} links, expected ${REFERENCE_COUNT.min}–${REFERENCE_COUNT.max}`);
    }
    const urls = valid.map((match) => match[2] ?? '');
    if (new Set(urls).size !== urls.length) problems.push('a reference is listed twice');
    for (const url of urls) problems.push(...checkReferenceUrl(url));
  }
  return problems;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Checks a whole library: each note, plus titles that two notes share. */
export function checkLibrary(notes: ReadonlyMap<string, string>): NoteProblem[] {
  const problems: NoteProblem[] = [];
  const byTitle = new Map<string, string[]>();
  for (const [subjectId, text] of notes) {
    for (const message of checkNote(subjectId, text)) problems.push({ subjectId, message });
    const key = parseNote(text).title.toLowerCase().replace(/\s+/g, ' ');
    if (key) byTitle.set(key, [...(byTitle.get(key) ?? []), subjectId]);
  }
  for (const [title, ids] of byTitle) {
    if (ids.length > 1) {
      for (const subjectId of ids) {
        problems.push({ subjectId, message: `the title "${title}" is shared with ${ids.filter((id) => id !== subjectId).join(', ')}` });
      }
    }
  }
  return problems;
}

/** Problems with note maps: each value must name an existing note, each key must look like roadmap/topic. */
export function checkNoteMap(mapName: string, map: Readonly<Record<string, unknown>>, subjectIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(map)) {
    const parts = key.split('/');
    if (parts.length !== 2 || !parts.every((part) => SUBJECT_ID_PATTERN.test(part))) {
      problems.push(`${mapName}: key "${key}" is not "<roadmap-id>/<topic-id>"`);
    }
    if (typeof value !== 'string' || !subjectIds.has(value)) {
      problems.push(`${mapName}: "${key}" points at "${String(value)}", which has no note`);
    }
  }
  return problems;
}

function readNotes(directory: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const file of fs.readdirSync(directory).sort()) {
    if (file.endsWith('.md')) notes.set(file.slice(0, -3), fs.readFileSync(path.join(directory, file), 'utf8'));
  }
  return notes;
}

function main(argv: readonly string[]): number {
  const notesDir = argv[0] ?? path.join('roadmaps', 'notes');
  const mapDir = argv[1] ?? path.join('scripts', 'note-map');
  if (!fs.existsSync(notesDir)) {
    console.error(`no notes folder at ${notesDir}`);
    return 2;
  }
  const notes = readNotes(notesDir);
  const problems = checkLibrary(notes);
  for (const problem of problems) console.error(`${problem.subjectId}.md: ${problem.message}`);

  let mapProblems: string[] = [];
  if (fs.existsSync(mapDir)) {
    const subjectIds = new Set(notes.keys());
    for (const file of fs
      .readdirSync(mapDir)
      .filter((name) => name.endsWith('.json'))
      .sort()) {
      const map = JSON.parse(fs.readFileSync(path.join(mapDir, file), 'utf8')) as Record<string, unknown>;
      mapProblems = mapProblems.concat(checkNoteMap(file, map, subjectIds));
    }
    for (const problem of mapProblems) console.error(problem);
  }

  const failing = new Set(problems.map((problem) => problem.subjectId)).size;
  console.log(
    `${notes.size} notes checked, ${failing} with problems, ${problems.length} note problems, ${mapProblems.length} map problems`,
  );
  return problems.length + mapProblems.length === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

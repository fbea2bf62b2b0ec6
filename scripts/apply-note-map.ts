// Points the topics of the bundled roadmaps at their shared notes.
//
//   npx tsx scripts/apply-note-map.ts
//
// Reads every scripts/note-map/*.json (`{ "<roadmap-id>/<topic-id>": "<subject-id>" }`) and sets, on each
// mapped topic, `noteFile: notes/<subject-id>.md` and `practice: ["practice/<subject-id>/**"]`. Edits go
// through the yaml Document API, so comments, key order and layout of the files stay as they are;
// running it twice changes nothing. Nothing is written unless every map entry is sound: a key that
// names no topic, a subject without a note file, or a topic two maps send to different subjects stops
// the run with the list of problems.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isMap, isScalar, isSeq, Pair, parseDocument, Scalar, type Document, type YAMLMap } from 'yaml';
import { ID_PATTERN } from '../src/model/schema';

/** One map file's content, with its name for messages. */
export interface NoteMapFile {
  name: string;
  entries: Record<string, string>;
}

/** A topic reference (`<roadmap-id>/<topic-id>`) with the subject it is mapped to and the map that says so. */
export interface NoteAssignment {
  key: string;
  roadmapId: string;
  topicId: string;
  subject: string;
  source: string;
}

export const noteFileOf = (subject: string): string => `notes/${subject}.md`;
export const practiceGlobOf = (subject: string): string => `practice/${subject}/**`;

/** Joins the maps; a topic mapped twice must be mapped to the same subject. */
export function combineNoteMaps(files: readonly NoteMapFile[]): { assignments: Map<string, NoteAssignment>; problems: string[] } {
  const assignments = new Map<string, NoteAssignment>();
  const problems: string[] = [];
  for (const file of files) {
    for (const [key, subject] of Object.entries(file.entries)) {
      const [roadmapId, topicId, ...rest] = key.split('/');
      if (!roadmapId || !topicId || rest.length > 0) {
        problems.push(`${file.name}: "${key}" is not "<roadmap-id>/<topic-id>"`);
        continue;
      }
      if (typeof subject !== 'string' || !ID_PATTERN.test(subject)) {
        problems.push(`${file.name}: "${key}" maps to "${String(subject)}", which is not a kebab-case subject id`);
        continue;
      }
      const earlier = assignments.get(key);
      if (earlier && earlier.subject !== subject) {
        problems.push(`"${key}" is mapped to "${earlier.subject}" by ${earlier.source} and to "${subject}" by ${file.name}`);
        continue;
      }
      if (!earlier) assignments.set(key, { key, roadmapId, topicId, subject, source: file.name });
    }
  }
  return { assignments, problems };
}

/** Every node map of a roadmap document, depth first, by id. */
function nodesById(document: Document): Map<string, YAMLMap> {
  const found = new Map<string, YAMLMap>();
  const visit = (sequence: unknown): void => {
    if (!isSeq(sequence)) return;
    for (const item of sequence.items) {
      if (!isMap(item)) continue;
      const id = item.get('id');
      if (typeof id === 'string') found.set(id, item);
      visit(item.get('children', true));
    }
  };
  visit(document.get('nodes', true));
  return found;
}

const isGroup = (node: YAMLMap): boolean => node.get('kind') === 'group';

/** Sets `key` to `value`, keeping its place when present, otherwise placing it before `children`. */
function setBeforeChildren(document: Document, node: YAMLMap, key: string, value: unknown, flow = false): void {
  const created = document.createNode(value, { flow });
  const existing = node.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
  if (existing) {
    existing.value = created;
    return;
  }
  const childrenAt = node.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === 'children');
  const pair = new Pair(new Scalar(key), created);
  if (childrenAt < 0) node.items.push(pair);
  else node.items.splice(childrenAt, 0, pair);
}

export interface ApplyResult {
  text: string;
  problems: string[];
  /** Ids of the topics (kind topic) that have no noteFile after the run. */
  topicsWithoutNote: string[];
}

/** Applies the assignments meant for this roadmap to its YAML text. */
export function applyToRoadmapText(text: string, assignments: Iterable<NoteAssignment>): ApplyResult {
  const document = parseDocument(text);
  const roadmapId = document.get('id');
  const nodes = nodesById(document);
  const problems: string[] = [];
  for (const assignment of assignments) {
    if (assignment.roadmapId !== roadmapId) continue;
    const node = nodes.get(assignment.topicId);
    if (!node) {
      problems.push(`${assignment.source}: "${assignment.key}" names no topic of roadmap "${roadmapId}"`);
      continue;
    }
    if (isGroup(node)) {
      problems.push(`${assignment.source}: "${assignment.key}" names a group; only topics get notes`);
      continue;
    }
    setBeforeChildren(document, node, 'noteFile', noteFileOf(assignment.subject));
    const glob = new Scalar(practiceGlobOf(assignment.subject));
    glob.type = Scalar.QUOTE_DOUBLE; // a glob's "*" reads better quoted
    setBeforeChildren(document, node, 'practice', [glob], true);
  }
  const topicsWithoutNote = [...nodes].filter(([, node]) => !isGroup(node) && !node.has('noteFile')).map(([id]) => id);
  return { text: document.toString({ lineWidth: 0, flowCollectionPadding: false }), problems, topicsWithoutNote };
}

function readMaps(folder: string): NoteMapFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name: `note-map/${name}`, entries: JSON.parse(readFileSync(join(folder, name), 'utf8')) as Record<string, string> }));
}

function main(): void {
  const root = join(__dirname, '..');
  const roadmapsFolder = join(root, 'roadmaps');
  const { assignments, problems } = combineNoteMaps(readMaps(join(__dirname, 'note-map')));

  for (const assignment of assignments.values()) {
    if (!existsSync(join(roadmapsFolder, noteFileOf(assignment.subject)))) {
      problems.push(
        `${assignment.source}: "${assignment.key}" maps to "${assignment.subject}", but roadmaps/${noteFileOf(assignment.subject)} does not exist`,
      );
    }
  }

  const roadmapFiles = readdirSync(roadmapsFolder)
    .filter((name) => name.endsWith('.roadmap.yaml'))
    .sort();
  const roadmapIds = new Set<string>();
  const results = roadmapFiles.map((name) => {
    const path = join(roadmapsFolder, name);
    const text = readFileSync(path, 'utf8');
    roadmapIds.add(String(parseDocument(text).get('id')));
    return { name, path, text, result: applyToRoadmapText(text, assignments.values()) };
  });
  for (const assignment of assignments.values()) {
    if (!roadmapIds.has(assignment.roadmapId)) problems.push(`${assignment.source}: "${assignment.key}" names no bundled roadmap`);
  }
  problems.push(...results.flatMap(({ result }) => result.problems));

  if (problems.length > 0) {
    console.error(`Nothing written; ${problems.length} problem(s) in the note maps:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  for (const { name, path, text, result } of results) {
    const changed = result.text !== text;
    if (changed) writeFileSync(path, result.text);
    const missing = result.topicsWithoutNote.length;
    console.log(
      `${basename(name)}: ${changed ? 'updated' : 'unchanged'}${missing > 0 ? `; ${missing} topic(s) without a note: ${result.topicsWithoutNote.join(', ')}` : ''}`,
    );
  }
}

if (require.main === module) main();

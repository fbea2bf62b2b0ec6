// Reads a roadmap file: YAML (with source positions) → zod validation → cross-node checks → Roadmap.
// Never throws: every failure becomes a Problem at the place it concerns.
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { closestWord, START_OF_FILE, type Problem, type RelatedLocation, type SourceRange } from './problems';
import { buildRoadmap, type Roadmap } from './roadmap';
import { KNOWN_KEYS, roadmapSchema, type NodeInput, type RoadmapInput } from './schema';
import { utf8ByteLength } from './utf8';

export const DEFAULT_MAX_ROADMAP_BYTES = 8 * 1024 * 1024;
/** Far above any honest file; stops "billion laughs" alias bombs early. */
const MAX_ALIAS_COUNT = 200;
/** Later syntax errors are mostly echoes of the first ones. */
const MAX_SYNTAX_PROBLEMS = 20;
const TOO_DEEP = 'the file nests too deeply to read';

export interface LoadOptions {
  maxBytes?: number;
}

export interface LoadResult {
  /** Present when the file is valid; problems may then still hold warnings. */
  readonly roadmap?: Roadmap;
  readonly problems: readonly Problem[];
  /** Best-effort id and title of a broken file, to name it in the tree. */
  readonly partial?: { readonly id?: string; readonly title?: string };
}

type Path = readonly PropertyKey[];

export function loadRoadmap(text: string, options: LoadOptions = {}): LoadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ROADMAP_BYTES;
  const size = utf8ByteLength(text);
  if (size > maxBytes) {
    return {
      problems: [error(`the file is ${formatBytes(size)}; roadmaps are limited to ${formatBytes(maxBytes)}`, START_OF_FILE)],
    };
  }
  try {
    return loadText(text.replace(/^\uFEFF/, ''));
  } catch (failure) {
    // Deep nesting can exhaust the stack in the parser or validator; report it instead of crashing.
    const reason = failure instanceof RangeError ? TOO_DEEP : `the file could not be read (${String(failure)})`;
    return { problems: [error(reason, START_OF_FILE)] };
  }
}

function loadText(text: string): LoadResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const locate = (offsets: readonly number[] | undefined): SourceRange => rangeOf(lineCounter, offsets);

  if (document.errors.some((yamlError) => /call stack/i.test(yamlError.message))) {
    return { problems: [error(TOO_DEEP, locate(document.errors[0].pos))] };
  }
  if (document.errors.length > 0) {
    return {
      problems: document.errors
        .slice(0, MAX_SYNTAX_PROBLEMS)
        .map((yamlError) => {
          const quote = yamlError.code === 'MISSING_CHAR' ? /closing (["'])/.exec(yamlError.message)?.[1] : undefined;
          if (quote) {
            // The parser notices at the end of the file; the mistake is where the quote opened.
            const opening = openingQuoteBefore(text, yamlError.pos[0], quote);
            return error(`YAML syntax error: this ${quote === '"' ? 'double' : 'single'}-quoted text is never closed`, locate([opening, opening + 1]));
          }
          return error(yamlSyntaxMessage(yamlError.message), locate(yamlError.pos));
        }),
    };
  }

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (failure) {
    if (failure instanceof ReferenceError || /alias/i.test(String(failure))) {
      return { problems: [error('the file expands too many YAML aliases (*name); write the content out instead', START_OF_FILE)] };
    }
    throw failure;
  }
  const partial = partialOf(data);

  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [error('a roadmap file is a mapping with id, title and nodes', locate(document.contents?.range))], partial };
  }

  const parsed = roadmapSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => describeIssue(issue, document, data, locate));
    return { problems: dedupe(problems), partial };
  }

  const crossProblems = checkIds(parsed.data, document, locate);
  if (crossProblems.length > 0) return { problems: crossProblems, partial };
  return { roadmap: buildRoadmap(parsed.data), problems: [] };
}

function error(message: string, range: SourceRange, related?: RelatedLocation[]): Problem {
  return related ? { message, severity: 'error', range, related } : { message, severity: 'error', range };
}

function rangeOf(lineCounter: LineCounter, offsets: readonly number[] | undefined): SourceRange {
  if (!offsets || offsets.length === 0) return START_OF_FILE;
  const start = lineCounter.linePos(offsets[0]);
  const end = lineCounter.linePos(offsets[1] ?? offsets[0]);
  return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
}

function yamlSyntaxMessage(message: string): string {
  const sentence = message.replace(/\s+at line \d+, column \d+.*$/s, '').trim();
  return `YAML syntax error: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
}

/** The last quote before `end` that is not escaped: the one that opened the unclosed string. */
function openingQuoteBefore(text: string, end: number, quote: string): number {
  for (let index = Math.min(end, text.length) - 1; index >= 0; index--) {
    if (text[index] !== quote) continue;
    const escaped = quote === '"' ? text[index - 1] === '\\' : text[index - 1] === "'" || text[index + 1] === "'";
    if (!escaped) return index;
    if (quote === "'") index--; // skip the other half of ''
  }
  return 0;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function partialOf(data: unknown): LoadResult['partial'] {
  if (data === null || typeof data !== 'object') return undefined;
  const { id, title } = data as Record<string, unknown>;
  return {
    id: typeof id === 'string' ? id : undefined,
    title: typeof title === 'string' ? title : undefined,
  };
}

/** The YAML node at a path, or the nearest ancestor that exists (a missing key points at its map). */
function nearestNode(document: Document, path: Path): { node: YamlNode | undefined; exact: boolean } {
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length), true);
    if (node && typeof node === 'object' && 'range' in node) return { node: node as YamlNode, exact: length === path.length };
  }
  return { node: undefined, exact: false };
}

/** Range of the key `key` inside the mapping at `path`. */
function keyRange(document: Document, path: Path, key: string): readonly number[] | undefined {
  const map = document.getIn(path, true);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
  return pair && isScalar(pair.key) ? pair.key.range ?? undefined : undefined;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** "in node "Caching"" for issues under a node with a title; helps when the file is long. */
function whereOf(data: unknown, path: Path): string {
  for (let length = path.length; length > 0; length--) {
    if (path[length - 2] !== 'nodes' && path[length - 2] !== 'children') continue;
    const title = valueAt(data, [...path.slice(0, length), 'title']);
    if (typeof title === 'string' && title.trim()) return ` (in "${title.trim()}")`;
  }
  return '';
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value}`;
}

function knownKeysFor(path: Path): readonly string[] {
  if (path.length === 0) return KNOWN_KEYS.roadmap;
  return path[path.length - 2] === 'links' ? KNOWN_KEYS.link : KNOWN_KEYS.node;
}

function describeIssue(
  issue: z.core.$ZodIssue,
  document: Document,
  data: unknown,
  locate: (offsets: readonly number[] | undefined) => SourceRange,
): Problem[] {
  const path: Path = issue.path;
  const key = path.length > 0 ? String(path[path.length - 1]) : 'roadmap';
  const where = whereOf(data, path);

  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysFor(path);
    return issue.keys.map((unknownKey) => {
      const suggestion = closestWord(unknownKey, known);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : `; known keys are ${known.join(', ')}`;
      const range = keyRange(document, path, unknownKey) ?? nearestNode(document, path).node?.range ?? undefined;
      return error(`unknown key "${unknownKey}"${where}${hint}`, locate(range));
    });
  }

  const { node, exact } = nearestNode(document, path);
  const range = locate(node?.range ?? undefined);
  const value = valueAt(data, path);

  if (issue.code === 'invalid_type') {
    if (!exact || value === undefined) {
      const owner = typeof key === 'string' && /^\d+$/.test(key) ? 'an entry' : `"${key}"`;
      return [error(`${owner} is missing${where}`, range)];
    }
    const expected = issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping' : `a ${issue.expected}`;
    return [error(`"${key}" should be ${expected}, not ${typeName(value)}${where}`, range)];
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((allowedValue) => JSON.stringify(allowedValue)).join(' or ');
    return [error(`"${key}" must be ${allowed}, not ${JSON.stringify(value)}${where}`, range)];
  }
  return [error(`${issue.message}${where}`, range)];
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.range.start.line}:${problem.range.start.column}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface IdUse {
  readonly title: string;
  readonly range: SourceRange;
}

/** Ids unique across the roadmap; former ids neither reuse a live id nor are claimed twice. */
function checkIds(input: RoadmapInput, document: Document, locate: (offsets: readonly number[] | undefined) => SourceRange): Problem[] {
  const problems: Problem[] = [];
  const live = new Map<string, IdUse>();
  const former = new Map<string, IdUse>();
  const formerChecks: { id: string; owner: NodeInput; range: SourceRange }[] = [];

  const visit = (nodes: readonly NodeInput[], path: Path): void => {
    nodes.forEach((node, index) => {
      const nodePath = [...path, index];
      const range = locate(nearestNode(document, [...nodePath, 'id']).node?.range ?? undefined);
      const first = live.get(node.id);
      if (first) {
        problems.push(
          error(`duplicate id "${node.id}": "${node.title}" and "${first.title}" (line ${first.range.start.line}) both use it; ids must be unique in a roadmap`, range, [
            { message: `"${node.id}" is first used here`, range: first.range },
          ]),
        );
      } else {
        live.set(node.id, { title: node.title, range });
      }
      (node.formerIds ?? []).forEach((formerId, formerIndex) => {
        const formerRange = locate(nearestNode(document, [...nodePath, 'formerIds', formerIndex]).node?.range ?? undefined);
        formerChecks.push({ id: formerId, owner: node, range: formerRange });
      });
      if (node.children) visit(node.children, [...nodePath, 'children']);
    });
  };
  visit(input.nodes, ['nodes']);

  for (const { id, owner, range } of formerChecks) {
    if (id === owner.id) {
      problems.push(error(`"${owner.title}" lists its own id "${id}" as a former id`, range));
      continue;
    }
    const liveUse = live.get(id);
    if (liveUse) {
      problems.push(
        error(`former id "${id}" of "${owner.title}" is the id of "${liveUse.title}"; progress cannot follow both`, range, [
          { message: `"${id}" is a live id here`, range: liveUse.range },
        ]),
      );
      continue;
    }
    const claimed = former.get(id);
    if (claimed) {
      problems.push(
        error(`former id "${id}" is claimed by both "${owner.title}" and "${claimed.title}"`, range, [
          { message: `also claimed here`, range: claimed.range },
        ]),
      );
      continue;
    }
    former.set(id, { title: owner.title, range });
  }
  return problems;
}

// Schema issues as sentences: what is wrong, at the key or value it concerns, named by the node's title.
import type { z } from 'zod';
import { closestWord, type Problem, type SourceRange } from './problems';
import { KNOWN_KEYS } from './schema';

export type Path = readonly PropertyKey[];

/** Where things are in the source, and what the data holds. */
export interface IssueContext {
  readonly data: unknown;
  /** Range of the value at `path`, or of its nearest ancestor that exists; `exact` tells which. */
  rangeOf(path: Path): { range: SourceRange; exact: boolean };
  /** Range of the key `key` in the mapping at `path`. */
  keyRangeOf(path: Path, key: string): SourceRange | undefined;
}

/** Unknown keys of one mapping reported one by one; the rest are summed up in one more problem. */
const MAX_UNKNOWN_KEYS_EACH = 10;

const error = (message: string, range: SourceRange): Problem => ({ message, severity: 'error', range });
const formatCount = (count: number): string => count.toLocaleString('en-US');

export function describeIssue(issue: z.core.$ZodIssue, context: IssueContext): Problem[] {
  const path: Path = issue.path;
  const key = path.length > 0 ? String(path[path.length - 1]) : 'roadmap';
  const where = whereOf(context.data, path);

  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysFor(path);
    const mappingRange = context.rangeOf(path).range;
    const problems = issue.keys.slice(0, MAX_UNKNOWN_KEYS_EACH).map((unknownKey) => {
      const suggestion = closestWord(unknownKey, known);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : `; known keys are ${known.join(', ')}`;
      return error(`unknown key "${unknownKey}"${where}${hint}`, context.keyRangeOf(path, unknownKey) ?? mappingRange);
    });
    const more = issue.keys.length - MAX_UNKNOWN_KEYS_EACH;
    if (more > 0)
      problems.push(
        error(`${formatCount(more)} more unknown keys in this mapping${where}; known keys are ${known.join(', ')}`, mappingRange),
      );
    return problems;
  }

  const { range, exact } = context.rangeOf(path);
  const value = valueAt(context.data, path);

  switch (issue.code) {
    case 'invalid_type': {
      if (!exact || value === undefined) {
        const owner = /^\d+$/.test(key) ? 'an entry' : `"${key}"`;
        return [error(`${owner} is missing${where}`, range)];
      }
      const expected = issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping' : `a ${issue.expected}`;
      return [error(`"${key}" should be ${expected}, not ${typeName(value)}${where}`, range)];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((allowedValue) => JSON.stringify(allowedValue)).join(' or ');
      return [error(`"${key}" must be ${allowed}, not ${JSON.stringify(value)}${where}`, range)];
    }
    case 'too_big': {
      const limit = formatCount(Number(issue.maximum));
      if (typeof value === 'string')
        return [error(`"${key}" is too long: ${formatCount(value.length)} characters, at most ${limit}${where}`, range)];
      if (Array.isArray(value))
        return [error(`"${key}" has too many entries: ${formatCount(value.length)}, at most ${limit}${where}`, range)];
      return [error(`"${key}" is too large: at most ${limit}${where}`, range)];
    }
    default:
      return [error(`${issue.message}${where}`, range)];
  }
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

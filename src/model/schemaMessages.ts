// Schema issues as sentences: what is wrong, at the key or value it concerns, named by the node's title.
// Sentences go through @vscode/l10n (English unless the display language's bundle was configured: the
// roadmap worker gets it when started).
import * as l10n from '@vscode/l10n';
import type { z } from 'zod';
import { formatMessageNumber } from './messageNumbers';
import { issueMessage } from './issueMessage';
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
const formatCount = formatMessageNumber;

export function describeIssue(issue: z.core.$ZodIssue, context: IssueContext): Problem[] {
  const path: Path = issue.path;
  const key = path.length > 0 ? String(path[path.length - 1]) : 'roadmap';
  const title = titleAt(context.data, path);
  /** The whole sentence, followed by the node it concerns when that has a title. */
  const located = (message: string): string => (title === undefined ? message : l10n.t('{0} (in "{1}")', message, title));

  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysFor(path);
    const mappingRange = context.rangeOf(path).range;
    const problems = issue.keys.slice(0, MAX_UNKNOWN_KEYS_EACH).map((unknownKey) => {
      const range = context.keyRangeOf(path, unknownKey) ?? mappingRange;
      return error(unknownKeyMessage(unknownKey, title, closestWord(unknownKey, known), known), range);
    });
    const more = issue.keys.length - MAX_UNKNOWN_KEYS_EACH;
    if (more > 0) {
      const message =
        title === undefined
          ? l10n.t('{0} more unknown keys in this mapping; known keys are {1}', formatCount(more), known.join(', '))
          : l10n.t('{0} more unknown keys in this mapping (in "{1}"); known keys are {2}', formatCount(more), title, known.join(', '));
      problems.push(error(message, mappingRange));
    }
    return problems;
  }

  const { range, exact } = context.rangeOf(path);
  const value = valueAt(context.data, path);

  switch (issue.code) {
    case 'invalid_type': {
      if (!exact || value === undefined) {
        const message = /^\d+$/.test(key) ? l10n.t('an entry is missing') : l10n.t('"{0}" is missing', key);
        return [error(located(message), range)];
      }
      return [error(located(wrongTypeMessage(key, issue.expected, value)), range)];
    }
    case 'invalid_value': {
      const allowed = issue.values
        .map((allowedValue) => JSON.stringify(allowedValue))
        .reduce((list, next) => (list === '' ? next : l10n.t('{0} or {1}', list, next)), '');
      return [error(located(l10n.t('"{0}" must be {1}, not {2}', key, allowed, JSON.stringify(value))), range)];
    }
    case 'too_big': {
      const limit = formatCount(Number(issue.maximum));
      if (typeof value === 'string')
        return [error(located(l10n.t('"{0}" is too long: {1} characters, at most {2}', key, formatCount(value.length), limit)), range)];
      if (Array.isArray(value))
        return [error(located(l10n.t('"{0}" has too many entries: {1}, at most {2}', key, formatCount(value.length), limit)), range)];
      return [error(located(l10n.t('"{0}" is too large: at most {1}', key, limit)), range)];
    }
    default:
      return [error(located(issueMessage(issue)), range)];
  }
}

function unknownKeyMessage(
  unknownKey: string,
  title: string | undefined,
  suggestion: string | undefined,
  known: readonly string[],
): string {
  if (suggestion !== undefined) {
    return title === undefined
      ? l10n.t('unknown key "{0}"; did you mean "{1}"?', unknownKey, suggestion)
      : l10n.t('unknown key "{0}" (in "{1}"); did you mean "{2}"?', unknownKey, title, suggestion);
  }
  return title === undefined
    ? l10n.t('unknown key "{0}"; known keys are {1}', unknownKey, known.join(', '))
    : l10n.t('unknown key "{0}" (in "{1}"); known keys are {2}', unknownKey, title, known.join(', '));
}

/** "\"title\" should be a list, not a mapping": each pair a sentence of its own (a translation may inflect both). */
function wrongTypeMessage(key: string, expected: string, value: unknown): string {
  const actual = typeName(value);
  switch (expected) {
    case 'array':
      return l10n.t('"{0}" should be a list, not {1}', key, actual);
    case 'object':
      return l10n.t('"{0}" should be a mapping, not {1}', key, actual);
    case 'string':
      return l10n.t('"{0}" should be a string, not {1}', key, actual);
    case 'number':
      return l10n.t('"{0}" should be a number, not {1}', key, actual);
    case 'boolean':
      return l10n.t('"{0}" should be a boolean, not {1}', key, actual);
    default:
      return l10n.t('"{0}" should be a {1}, not {2}', key, expected, actual);
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

/** The title of the node an issue is under, if it has one: named in the message, it helps in a long file. */
function titleAt(data: unknown, path: Path): string | undefined {
  for (let length = path.length; length > 0; length--) {
    if (path[length - 2] !== 'nodes' && path[length - 2] !== 'children') continue;
    const title = valueAt(data, [...path.slice(0, length), 'title']);
    if (typeof title === 'string' && title.trim()) return title.trim();
  }
  return undefined;
}

/** What a wrong value is, as the second half of "should be …, not …". */
function typeName(value: unknown): string {
  if (value === null || value === undefined) return l10n.t('empty');
  if (Array.isArray(value)) return l10n.t('a list');
  switch (typeof value) {
    case 'object':
      return l10n.t('a mapping');
    case 'string':
      return l10n.t('a string');
    case 'number':
      return l10n.t('a number');
    case 'boolean':
      return l10n.t('a boolean');
    default:
      return `a ${typeof value}`;
  }
}

function knownKeysFor(path: Path): readonly string[] {
  if (path.length === 0) return KNOWN_KEYS.roadmap;
  return path[path.length - 2] === 'links' ? KNOWN_KEYS.link : KNOWN_KEYS.node;
}

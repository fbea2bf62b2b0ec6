// Reads a roadmap file: YAML (with source positions) → structure check → zod validation and id checks →
// Roadmap. Never throws: every failure becomes a Problem at the place it concerns. The work is bounded:
// a linear duplicate-key check, a cap on keys per mapping and on problems per file. A valid file is read
// first by a faster reader (fastRoadmapLoad.ts); whatever it cannot vouch for is read here with `yaml`.
import { isMap, isScalar, LineCounter, type Document, type Node as YamlNode } from 'yaml';
import { parseDocumentWithinDepth } from './boundedYamlParse';
import { loadValidRoadmapFast } from './fastRoadmapLoad';
import { formatMessageNumber } from './messageNumbers';
import { checkIds } from './idChecks';
import { START_OF_FILE, type Problem, type RelatedLocation, type SourceRange } from './problems';
import { roadmapResultOf, type InputResult, type LoadOptions, type LoadResult, type PartialRoadmap } from './loadResult';
import { DEFAULT_MAX_ROADMAP_BYTES, sizeOverLimit, tooLargeMessage } from './roadmapLimits';
import { roadmapSchema, KNOWN_KEYS } from './schema';
import { describeIssue, type IssueContext, type Path } from './schemaMessages';
import { checkStructure, MAX_KEYS_PER_MAPPING } from './yamlStructure';
import { isStackOverflow, openingQuoteBefore, yamlSyntaxMessage } from './yamlMessages';
import * as l10n from '@vscode/l10n';

/** Far above any honest file; stops "billion laughs" alias bombs early. */
const MAX_ALIAS_COUNT = 200;
/** Later syntax errors are mostly echoes of the first ones. */
const MAX_SYNTAX_PROBLEMS = 20;
/** Problems reported for one file; the count of the rest is said in one more. */
export const MAX_PROBLEMS = 100;
const tooDeep = (): string => l10n.t('the file nests too deeply to read');

export { DEFAULT_MAX_ROADMAP_BYTES, roadmapResultOf };
export type { InputResult, LoadOptions, LoadResult, PartialRoadmap };

export function loadRoadmap(text: string, options: LoadOptions = {}): LoadResult {
  return roadmapResultOf(loadRoadmapInput(text, options));
}

export function loadRoadmapInput(text: string, options: LoadOptions = {}): InputResult {
  return loadInput(text, options, true);
}

/** The same load through `yaml` alone, without the fast reader: the reference the fast path must match. */
export function loadRoadmapInputWithYaml(text: string, options: LoadOptions = {}): InputResult {
  return loadInput(text, options, false);
}

function loadInput(text: string, options: LoadOptions, tryFastPath: boolean): InputResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ROADMAP_BYTES;
  const size = sizeOverLimit(text, maxBytes);
  if (size !== undefined) {
    return { problems: [error(tooLargeMessage(size, maxBytes), START_OF_FILE)] };
  }
  try {
    const readable = withLineFeeds(text.replace(/^\uFEFF/, ''));
    const valid = tryFastPath ? loadValidRoadmapFast(readable) : undefined;
    // loadText is called at the same stack depth either way: where deep nesting overflows must not differ.
    return valid ? { input: valid, problems: [] } : loadText(readable);
  } catch (failure) {
    // Deep nesting can exhaust the stack in the parser or validator; report it instead of crashing.
    const reason = failure instanceof RangeError ? tooDeep() : l10n.t('the file could not be read ({0})', String(failure));
    return { problems: [error(reason, START_OF_FILE)] };
  }
}

/**
 * A lone CR (old Mac line ends) ends a line for YAML 1.2, js-yaml and VS Code's editor, but not for the
 * yaml library, which then reports made-up mistakes on line 1. Each becomes an LF: one character for one,
 * so every offset, line and column stays where the editor shows it.
 */
function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

function loadText(text: string): InputResult {
  const lineCounter = new LineCounter();
  const locate = (offsets: readonly number[] | undefined | null): SourceRange => rangeOf(lineCounter, offsets);
  const bounded = parseDocumentWithinDepth(text, lineCounter);
  if ('tooDeepAt' in bounded) return { problems: tooDeepProblems(text, bounded.tooDeepAt, locate) };
  const { document } = bounded;

  if (document.errors.length > 0) return { problems: syntaxProblems(text, document, locate) };

  const structure = checkStructure(document, MAX_PROBLEMS);
  if (structure.kind === 'tooManyKeys') {
    const message = l10n.t(
      'a mapping here has {0} keys; roadmap objects have at most {1} (more than {2} is refused without reading further)',
      formatMessageNumber(structure.keyCount),
      KNOWN_KEYS.node.length,
      formatMessageNumber(MAX_KEYS_PER_MAPPING),
    );
    return { problems: [error(message, locate(structure.range))] };
  }
  if (structure.kind === 'tooManyNodes')
    return { problems: [error(l10n.t('the file holds too many entries to be a roadmap'), START_OF_FILE)] };

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (failure) {
    if (failure instanceof ReferenceError || /alias/i.test(String(failure))) {
      return { problems: [error(l10n.t('the file expands too many YAML aliases (*name); write the content out instead'), START_OF_FILE)] };
    }
    throw failure;
  }
  const partial = partialOf(data);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [error(l10n.t('a roadmap file is a mapping with id, title and nodes'), locate(document.contents?.range))], partial };
  }

  const context = issueContext(document, data, locate);
  const problems: Problem[] = structure.duplicates.map(({ key, range, firstRange }) =>
    error(
      l10n.t('duplicate key "{0}": keys must be unique in a mapping (first at line {1})', key, locate(firstRange).start.line),
      locate(range),
      [{ message: l10n.t('"{0}" first appears here', key), range: locate(firstRange) }],
    ),
  );
  const parsed = roadmapSchema.safeParse(data);
  let undescribed = 0;
  if (!parsed.success) {
    // Describing an issue looks its place up in the document: only as many as will be shown.
    const { issues } = parsed.error;
    let described = 0;
    for (const issue of issues) {
      if (problems.length > MAX_PROBLEMS) break;
      problems.push(...describeIssue(issue, context));
      described++;
    }
    undescribed = issues.length - described;
  }
  for (const idProblem of checkIds(data, (path) => context.rangeOf(path).range.start.line)) {
    const related = idProblem.related && [{ message: idProblem.related.message, range: context.rangeOf(idProblem.related.path).range }];
    problems.push(error(idProblem.message, context.rangeOf(idProblem.path).range, related));
  }
  if (problems.length === 0 && parsed.success) return { input: parsed.data, problems: [] };
  return { problems: capped(sortedByPosition(dedupe(problems)), undescribed), partial };
}

/**
 * A file nesting deeper than the bound. Malformed but flat text can nest as deep in yaml's parser (1,000
 * lines of "a: b: c"), and its real mistakes say more: the lines before the one that went too deep are
 * read (within the bound), and their syntax errors are the problems when there are any.
 */
function tooDeepProblems(text: string, tooDeepAt: number, locate: (offsets: readonly number[]) => SourceRange): Problem[] {
  const before = text.slice(0, text.lastIndexOf('\n', tooDeepAt - 1) + 1);
  const prefix = parseDocumentWithinDepth(before, new LineCounter());
  if ('document' in prefix) {
    // Errors at the cut are the cut's own: a flow collection or a quote it left open.
    const { document } = prefix;
    document.errors = document.errors.filter((yamlError) => yamlError.pos[0] < before.length - 1 && !isStackOverflow(yamlError));
    if (document.errors.length > 0) return syntaxProblems(text, document, locate);
  }
  return [error(tooDeep(), locate([tooDeepAt, tooDeepAt + 1]))];
}

function syntaxProblems(text: string, document: Document, locate: (offsets: readonly number[]) => SourceRange): Problem[] {
  // The parser's stack can overflow on malformed but flat input; its real mistakes come first then.
  const mistakes = document.errors.filter((yamlError) => !isStackOverflow(yamlError));
  if (mistakes.length === 0) return [error(tooDeep(), locate(document.errors[0]?.pos ?? [0]))];
  return mistakes.slice(0, MAX_SYNTAX_PROBLEMS).map((yamlError) => {
    const quote = yamlError.code === 'MISSING_CHAR' ? /closing (["'])/.exec(yamlError.message)?.[1] : undefined;
    if (quote) {
      // The parser notices at the end of the file; the mistake is where the quote opened.
      const opening = openingQuoteBefore(text, yamlError.pos[0], quote);
      return error(
        quote === '"'
          ? l10n.t('YAML syntax error: this double-quoted text is never closed')
          : l10n.t('YAML syntax error: this single-quoted text is never closed'),
        locate([opening, opening + 1]),
      );
    }
    return error(yamlSyntaxMessage(yamlError), locate(yamlError.pos));
  });
}

function issueContext(
  document: Document,
  data: unknown,
  locate: (offsets: readonly number[] | undefined | null) => SourceRange,
): IssueContext {
  return {
    data,
    rangeOf: (path) => {
      const { node, exact } = nearestNode(document, path);
      return { range: locate(node?.range), exact };
    },
    keyRangeOf: (path, key) => {
      const range = keyRange(document, path, key);
      return range ? locate(range) : undefined;
    },
  };
}

function error(message: string, range: SourceRange, related?: RelatedLocation[]): Problem {
  return related ? { message, severity: 'error', range, related } : { message, severity: 'error', range };
}

function rangeOf(lineCounter: LineCounter, offsets: readonly number[] | undefined | null): SourceRange {
  const startOffset = offsets?.[0];
  if (startOffset === undefined) return START_OF_FILE;
  const start = lineCounter.linePos(startOffset);
  const end = lineCounter.linePos(offsets?.[1] ?? startOffset);
  return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
}

function partialOf(data: unknown): PartialRoadmap | undefined {
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
  return pair && isScalar(pair.key) ? (pair.key.range ?? undefined) : undefined;
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

function sortedByPosition(problems: Problem[]): Problem[] {
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort(
      (a, b) =>
        a.problem.range.start.line - b.problem.range.start.line ||
        a.problem.range.start.column - b.problem.range.start.column ||
        a.order - b.order,
    )
    .map(({ problem }) => problem);
}

function capped(problems: Problem[], undescribed: number): Problem[] {
  if (problems.length <= MAX_PROBLEMS && undescribed === 0) return problems;
  const rest = Math.max(0, problems.length - MAX_PROBLEMS) + undescribed;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    error(l10n.t('{0} more problems in this file are not listed; fix these first', formatMessageNumber(rest)), START_OF_FILE),
  ];
}

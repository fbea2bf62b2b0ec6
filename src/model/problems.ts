// Problems found while loading a roadmap file, with positions a person (and the Problems panel) can use.

export interface Position {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
}

export interface SourceRange {
  readonly start: Position;
  readonly end: Position;
}

export interface RelatedLocation {
  readonly message: string;
  readonly range: SourceRange;
}

export interface Problem {
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly range: SourceRange;
  readonly related?: readonly RelatedLocation[];
}

export const START_OF_FILE: SourceRange = {
  start: { line: 1, column: 1 },
  end: { line: 1, column: 1 },
};

/** `file:line:column: message`, the form compilers use and terminals link. */
export function formatProblem(fileName: string, problem: Problem): string {
  const { line, column } = problem.range.start;
  return `${fileName}:${line}:${column}: ${problem.message}`;
}

/** Edit distance, for "did you mean" suggestions on short words. */
export function editDistance(a: string, b: string): number {
  // `previous` holds b.length + 1 numbers and every index below stays within 0..b.length, so each read is defined.
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The closest known word within a small distance, case-insensitively. */
export function closestWord(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

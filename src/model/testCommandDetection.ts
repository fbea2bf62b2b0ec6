// The test-folder convention: which test command runs a practice folder's tests, chosen from what the
// folder holds. Pure: the caller lists the folder (bounded) and reads its package.json, if any.
import * as l10n from '@vscode/l10n';
import type { ConventionCheck } from './checks';

export interface FolderListing {
  /** Paths of files relative to the practice folder, forward slashes. */
  readonly files: readonly string[];
  /** Text of the folder's own package.json, when it has one. */
  readonly packageJson?: string;
}

// Matched against a file's base name; no pattern starts with a repeated class, so each is linear.
/** What `node --test` runs by default: *.test.js, *-test.js, *_test.js, test.js, test-*.js (and .mjs, .cjs). */
const NODE_TEST_FILE = /(?:[.\-_]test|^test(?:-.*)?)\.[mc]?js$/;
const PYTEST_FILE = /^test_.*\.py$|_test\.py$/;
const GO_TEST_FILE = /_test\.go$/;

function hasTestScript(packageJson: string | undefined): boolean {
  if (packageJson === undefined) return false;
  try {
    const parsed: unknown = JSON.parse(packageJson);
    const scripts = typeof parsed === 'object' && parsed !== null ? (parsed as { scripts?: unknown }).scripts : undefined;
    const test = typeof scripts === 'object' && scripts !== null ? (scripts as { test?: unknown }).test : undefined;
    // npm init writes a test script that only fails; it is no test command.
    return typeof test === 'string' && test.trim().length > 0 && !/no test specified/.test(test);
  } catch {
    return false;
  }
}

function firstMatch(files: readonly string[], pattern: RegExp): string | undefined {
  return files.find((file) => pattern.test(file.slice(file.lastIndexOf('/') + 1)));
}

/**
 * The command that runs the folder's tests in the folder, or undefined when it holds none it knows.
 * In order: a package.json with a test script (npm test), Node test files (node --test), pytest files,
 * Go test files. TypeScript tests need a test script of the folder's own (no runner is assumed).
 */
export function detectTestCommand(listing: FolderListing): ConventionCheck | undefined {
  const { files } = listing;
  if (hasTestScript(listing.packageJson)) {
    return { spec: { command: 'npm test' }, reason: l10n.t("npm test: the folder's package.json has a test script") };
  }
  const nodeTest = firstMatch(files, NODE_TEST_FILE);
  if (nodeTest) return { spec: { command: 'node --test' }, reason: l10n.t('node --test: found {0}', nodeTest) };
  const pytest = firstMatch(files, PYTEST_FILE);
  if (pytest) return { spec: { command: 'pytest' }, reason: l10n.t('pytest: found {0}', pytest) };
  const goTest = firstMatch(files, GO_TEST_FILE);
  if (goTest) return { spec: { command: 'go test ./...' }, reason: l10n.t('go test: found {0}', goTest) };
  return undefined;
}

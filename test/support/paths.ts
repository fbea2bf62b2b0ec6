import * as path from 'node:path';

/** The repository root (this file lives in test/support/). */
export const repoRoot = path.resolve(__dirname, '..', '..');

/** Where scripts/install-test-vscode.sh puts code-server. */
export const codeServerBinary = path.join(repoRoot, '.cache', 'code-server', 'node_modules', '.bin', 'code-server');

/** Debian's chromium, installed by scripts/install-test-vscode.sh. */
export const chromiumBinary = '/usr/bin/chromium';

/** Git-ignored folder for screenshots and logs of test runs. */
export const testResultsDir = path.join(repoRoot, 'test-results');

import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root (this file lives in test/support/). */
export const repoRoot = path.resolve(__dirname, '..', '..');

/** Where scripts/install-test-vscode.sh puts code-server. */
export const codeServerBinary = path.join(repoRoot, '.cache', 'code-server', 'node_modules', '.bin', 'code-server');

/** Debian's chromium, installed by scripts/install-test-vscode.sh. */
export const chromiumBinary = '/usr/bin/chromium';

/** Git-ignored folder for screenshots and logs of test runs. */
export const testResultsDir = path.join(repoRoot, 'test-results');

/** The bundled extension the real-VS-Code layers load. */
export const extensionMain = path.join(repoRoot, 'dist', 'extension.js');

/** Fails early, with the command to run, when a bundle the run needs has not been built. */
export function requireBuilt(files: readonly { file: string; buildWith: string }[]): void {
  for (const { file, buildWith } of files) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(repoRoot, file)} is missing: run \`${buildWith}\` first.`);
  }
}

/** Empties (or creates) a folder for one run's logs. */
export function freshDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
}

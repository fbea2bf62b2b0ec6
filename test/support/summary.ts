import type { PhaseResult } from '../host/protocol';

export interface Totals {
  passed: number;
  failed: number;
  pending: number;
}

/**
 * Prints the outcomes of the extension-host phases the way mocha's spec reporter does, then the
 * closing line `<layer>: N passed, N failed`. Returns the totals.
 */
export function printPhaseResults(layer: string, results: PhaseResult[], problems: string[]): Totals {
  const totals: Totals = { passed: 0, failed: 0, pending: 0 };
  const failures: Array<{ title: string; detail: string }> = [];
  let durationMs = 0;
  for (const result of results) {
    durationMs += result.durationMs;
    console.log(`\n  ${layer} · phase ${result.phase} · VS Code ${result.vscodeVersion}`);
    for (const test of result.tests) {
      if (test.state === 'passed') {
        totals.passed++;
        console.log(`    ✔ ${test.fullTitle}${test.durationMs && test.durationMs > 75 ? ` (${test.durationMs}ms)` : ''}`);
      } else if (test.state === 'pending') {
        totals.pending++;
        console.log(`    - ${test.fullTitle}${test.skipReason ? ` (skipped: ${test.skipReason})` : ''}`);
      } else {
        totals.failed++;
        failures.push({ title: test.fullTitle, detail: test.error?.stack ?? test.error?.message ?? 'failed' });
        console.log(`    ${failures.length}) ${test.fullTitle}`);
      }
    }
    if (result.runnerError) problems.push(`phase ${result.phase}: the suite could not run:\n${result.runnerError}`);
  }
  console.log(`\n  ${totals.passed} passing (${Math.round(durationMs / 100) / 10}s)`);
  if (totals.pending > 0) console.log(`  ${totals.pending} pending`);
  if (totals.failed > 0) console.log(`  ${totals.failed} failing`);
  failures.forEach((failure, index) => {
    console.log(`\n  ${index + 1}) ${failure.title}:\n${indent(failure.detail, 5)}`);
  });
  if (totals.passed + totals.failed === 0 && problems.length === 0) problems.push('no test ran');
  for (const problem of problems) console.log(`\n  ✘ ${indent(problem, 4).trimStart()}`);
  const failedCount = totals.failed + problems.length;
  console.log(`\n${layer}: ${totals.passed} passed, ${failedCount} failed${totals.pending ? `, ${totals.pending} skipped` : ''}`);
  return { ...totals, failed: failedCount };
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}

/**
 * Runs a layer's main function and exits with its code. A crash before any test ran still ends with
 * the layer's closing line, counted as one failure, so CI never reads it as "no tests".
 */
export function runLayer(layer: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.stack : error);
      console.log(`\n${layer}: 0 passed, 1 failed`);
      process.exit(1);
    },
  );
}

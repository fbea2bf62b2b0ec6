// `npm test`: every check and test layer in order. A failing step does not hide the ones after it:
// each runs, its output streams through, and a summary at the end names what failed and adds up the
// layers' closing lines ("<layer>: N passed, N failed", mocha's "N passing / N failing"). Exits 1 if
// any step failed.
import { spawn } from 'node:child_process';
import { countResults, type Counts } from '../test/support/results';

interface Step {
  readonly name: string;
  readonly command: string;
}

const STEPS: readonly Step[] = [
  { name: 'typecheck', command: 'npm run typecheck' },
  { name: 'lint', command: 'npm run lint' },
  { name: 'unit', command: 'npm run test:unit' },
  { name: 'host', command: 'npm run test:host' },
  { name: 'host (Turkish)', command: 'npm run test:host:l10n' },
  { name: 'host-web', command: 'npm run test:host:web' },
  { name: 'e2e', command: 'npm run test:e2e' },
];

function run(step: Step): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(step.command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function main(): Promise<number> {
  const failedSteps: string[] = [];
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const step of STEPS) {
    console.log(`\n━━ ${step.name}: ${step.command}`);
    const { code, output } = await run(step);
    const counts = countResults(output);
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
    if (code !== 0) failedSteps.push(step.name);
  }
  console.log('\n━━ summary');
  console.log(failedSteps.length === 0 ? 'every step passed' : `failed: ${failedSteps.join(', ')}`);
  // A step that failed without a test failing (a type error, a crash) still counts as one failure.
  const failed = Math.max(total.failed, failedSteps.length);
  console.log(`all: ${total.passed} passed, ${failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ''}`);
  return failedSteps.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('all: 0 passed, 1 failed');
    process.exit(1);
  },
);

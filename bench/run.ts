// npm run bench: each measurement repeated (warm-up, then timed runs) with medians and ratios against
// references measured in the same run. `npm run bench -- --quick` runs fewer repetitions and leaves
// out the slowest adversarial input. `npm run bench -- --only=loading` (or progress, viewModel,
// adversarial, map; comma-separated) runs only those parts.
import { benchAdversarial } from './adversarial';
import { describeMachine, formatMs } from './format';
import { benchLoading } from './loading';
import { measureMap } from './map.bench';
import { benchProgressSaving } from './progressSaving';
import { benchViewModel } from './viewModel';

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const only = process.argv
    .find((argument) => argument.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const runs = (part: string): boolean => !only || only.includes(part);
  const started = Date.now();
  console.log(`# npm run bench${quick ? ' --quick' : ''}: ${describeMachine()}`);
  if (!(globalThis as { gc?: unknown }).gc) console.log('(run with --expose-gc, as `npm run bench` does, to collect garbage between runs)');

  // The small roadmap gets more warm-up runs: they are cheap, and its first runs still pay for compiling.
  if (runs('loading'))
    await benchLoading([
      { topics: 1_000, repetitions: quick ? { warmups: 3, runs: 5 } : { warmups: 5, runs: 9 } },
      { topics: 10_000, repetitions: quick ? { warmups: 1, runs: 5 } : { warmups: 2, runs: 7 } },
    ]);
  if (runs('progress')) await benchProgressSaving([1_000, 10_000, 100_000], quick ? { warmups: 2, runs: 5 } : { warmups: 3, runs: 7 });
  if (runs('viewModel')) await benchViewModel([1_000, 10_000, 100_000], quick ? { warmups: 1, runs: 5 } : { warmups: 2, runs: 7 });
  if (runs('adversarial')) await benchAdversarial({ quick, limitMs: quick ? 10_000 : 30_000 });
  if (runs('map')) {
    console.log('\n## The map: layout, drawing data, SVG export, and drawing in headless chromium (medians of 9)\n');
    for (const row of await measureMap())
      console.log(
        Object.entries(row)
          .map(([name, value]) => `${name}: ${value}`)
          .join(' · '),
      );
  }
  console.log(`\nbench finished in ${formatMs(Date.now() - started)}; ${describeMachine()}`);
}

main().catch((failure) => {
  console.error(failure);
  process.exit(1);
});

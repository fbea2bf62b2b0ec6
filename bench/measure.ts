// Repeated measurement: warm-up runs first, then timed runs whose medians are reported. Every run gets
// its own index, so a caller can give each run a distinct input (no cache can answer a later run).
import { performance } from 'node:perf_hooks';

export interface Repetitions {
  readonly warmups: number;
  readonly runs: number;
}

export interface Sample {
  readonly median: number;
  readonly runs: readonly number[];
}

/** Milliseconds `run` took, awaited when it returns a promise. */
export async function millisecondsOf(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  // `values` is not empty, so `middle` and (for an even count) `middle - 1` are indexes of `sorted`.
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The median of the per-run ratios a/b of two measurements taken side by side in the same runs: on a
 * busy machine a slow moment slows both halves of a pair, so this ratio is steadier than one of medians.
 */
export function medianRatio(numerator: Sample, denominator: Sample): number {
  if (numerator.runs.length !== denominator.runs.length) throw new Error('a ratio needs measurements from the same runs');
  // Same length, checked above: every index of one is an index of the other.
  return median(numerator.runs.map((value, index) => value / denominator.runs[index]!));
}

/** Frees what earlier runs left behind, when Node runs with --expose-gc, so a collection does not land inside a timed run. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Runs `runOnce` warm-up + timed times; each call returns the milliseconds of each of its measurements
 * (one run may time several things on the same input, side by side). Returns a Sample per measurement.
 */
export async function measureRuns<Name extends string>(
  repetitions: Repetitions,
  runOnce: (runIndex: number) => Promise<Record<Name, number>> | Record<Name, number>,
): Promise<Record<Name, Sample>> {
  const timings = new Map<Name, number[]>();
  for (let index = 0; index < repetitions.warmups + repetitions.runs; index++) {
    collectGarbage();
    const timed = await runOnce(index);
    if (index < repetitions.warmups) continue;
    for (const [name, ms] of Object.entries(timed) as [Name, number][]) {
      const list = timings.get(name) ?? [];
      list.push(ms);
      timings.set(name, list);
    }
  }
  const samples = {} as Record<Name, Sample>;
  for (const [name, runs] of timings) samples[name] = { median: median(runs), runs };
  return samples;
}

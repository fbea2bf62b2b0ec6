// The loader against adversarial inputs: each loads in its own worker thread, which is stopped when it
// has not finished within the time limit (the extension host would have been blocked that long).
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { formatBytes, formatCount, formatMs, printTable } from './format';
import { ADVERSARIAL_INPUTS } from './adversarialInputs';
import type { AdversarialReport, AdversarialRequest } from './adversarialWorker';

type Outcome =
  | { readonly kind: 'ended'; readonly report: AdversarialReport }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'crashed'; readonly error: string };

function loadInWorker(name: string, limitMs: number): Promise<Outcome> {
  const request: AdversarialRequest = { name };
  // The worker runs TypeScript through tsx, as the bench does.
  const worker = new Worker(path.join(__dirname, 'adversarialWorker.ts'), { workerData: request, execArgv: ['--require', 'tsx/cjs'] });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve({ kind: 'stopped' });
      void worker.terminate();
    }, limitMs);
    const settle = (outcome: Outcome): void => {
      clearTimeout(timer);
      resolve(outcome);
      void worker.terminate();
    };
    worker.once('message', (report: AdversarialReport) => settle({ kind: 'ended', report }));
    worker.once('error', (error) => settle({ kind: 'crashed', error: String(error) }));
    worker.once('exit', (code) => settle({ kind: 'crashed', error: `the worker exited with code ${code}` }));
  });
}

function describe(outcome: Outcome, limitMs: number): string[] {
  switch (outcome.kind) {
    case 'stopped':
      return ['—', `> ${formatMs(limitMs)}`, `not finished: stopped after ${formatMs(limitMs)}`];
    case 'crashed':
      return ['—', '—', `crashed: ${outcome.error}`];
    case 'ended': {
      const { report } = outcome;
      const verdict = report.loaded
        ? 'loaded'
        : `refused, ${formatCount(report.problemCount)} problem${report.problemCount === 1 ? '' : 's'}`;
      const first = report.firstProblem
        ? `: "${report.firstProblem.length > 90 ? `${report.firstProblem.slice(0, 90)}…` : report.firstProblem}"`
        : '';
      return [formatBytes(report.bytes), formatMs(report.ms), `${verdict}${first}`];
    }
  }
}

export async function benchAdversarial(options: { readonly quick: boolean; readonly limitMs: number }): Promise<void> {
  const rows: string[][] = [];
  for (const input of ADVERSARIAL_INPUTS) {
    if (options.quick && input.slow) continue;
    const outcome = await loadInWorker(input.name, options.limitMs);
    rows.push([input.name, ...describe(outcome, options.limitMs)]);
  }
  printTable(
    `Adversarial inputs to loadRoadmap (one run each, in a worker thread stopped after ${formatMs(options.limitMs)})`,
    ['input', 'size', 'time', 'outcome'],
    rows,
  );
}

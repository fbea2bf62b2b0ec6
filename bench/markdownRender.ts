// Topic panel rendering of hostile notes (issue 11, item 6): the panel's renderer against stock
// markdown-it on the same text, medians of 5 runs after a warm-up. `npx tsx bench/markdownRender.ts`;
// run.ts may call benchMarkdownRender() to print the same table with the rest of the bench.
import { performance } from 'node:perf_hooks';
import MarkdownIt from 'markdown-it';
import { createMarkdownRenderer } from '../src/views/panel/markdown';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error('median of no values');
  return middle;
}

function medianMs(run: () => unknown, runs = 5): number {
  run(); // warm-up
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function benchMarkdownRender(): Record<string, string>[] {
  const panel = createMarkdownRenderer({ headingOffset: 2 });
  const stock = new MarkdownIt('default', { html: false, linkify: true });
  const notes: [string, string][] = [
    ['`http://a.b/` × 8,000 (88 KB)', 'http://a.b/'.repeat(8_000)],
    ['`http://a.b/` to the 1 MB note cap', 'http://a.b/'.repeat(Math.floor((1024 * 1024) / 11))],
    ['`http://a.b/ ` × 8,000, separate links (96 KB)', 'http://a.b/ '.repeat(8_000)],
  ];
  return notes.map(([name, text]) => {
    const ours = medianMs(() => panel.render(text));
    const reference = medianMs(() => stock.render(text));
    return {
      note: name,
      'panel (ms)': ours.toFixed(1),
      'stock markdown-it (ms)': reference.toFixed(1),
      ratio: `${(ours / reference).toFixed(1)}×`,
    };
  });
}

if (require.main === module) console.table(benchMarkdownRender());

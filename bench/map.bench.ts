// Map figures for `npm run bench`: layout (d3-hierarchy) + drawing data + SVG file for the merged
// roadmap (about 250 topics) and a 2,000-topic roadmap in Node, and the whole draw in a real browser
// (the built dist/webview/map.js in headless chromium: message in → every node in the DOM and read back →
// the frame painted).
// Each figure is the median of several runs after a warm-up.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { layoutMap, mapInput } from '../src/model/mapLayout';
import { EXPORT_STYLE_LIGHT, mapScene } from '../src/model/mapScene';
import { mapSceneText } from '../src/model/mapSceneText';
import { mapWords } from '../src/model/mapWords';
import { loadRoadmap } from '../src/model/loader';
import { buildRoadmap, type Roadmap } from '../src/model/roadmap';
import { svgMarkup } from '../src/model/svgTree';
import { syntheticRoadmap } from './syntheticRoadmap';

const RUNS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeMedian(run: () => void): number {
  run(); // warm-up
  const times: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function cases(): { name: string; roadmap: Roadmap }[] {
  const merged = loadRoadmap(
    fs.readFileSync(path.join(__dirname, '..', 'roadmaps', 'backend-engineering-merged.roadmap.yaml'), 'utf8'),
  ).roadmap;
  if (!merged) throw new Error('the merged roadmap does not load');
  return [
    { name: `merged (${merged.topics.length} topics)`, roadmap: merged },
    { name: '2,000 topics', roadmap: buildRoadmap(syntheticRoadmap(2000)) },
  ];
}

/** Draw time in headless chromium, or a reason it could not be measured. */
async function browserDrawMs(roadmap: Roadmap): Promise<string> {
  const script = path.join(__dirname, '..', 'dist', 'webview', 'map.js');
  if (!fs.existsSync(script)) return 'n/a (run npm run build first)';
  let launchChromium: typeof import('../test/support/chromium').launchChromium;
  try {
    ({ launchChromium } = await import('../test/support/chromium'));
  } catch {
    return 'n/a (no playwright-core)';
  }
  const browser = await launchChromium().catch(() => undefined);
  if (!browser) return 'n/a (no chromium; scripts/install-test-vscode.sh installs it)';
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const scriptText = fs.readFileSync(script, 'utf8');
    const message = {
      type: 'map',
      roadmapId: roadmap.id,
      title: roadmap.title,
      nodes: mapInput(roadmap),
      statuses: roadmap.topics.filter((_, index) => index % 3 === 0).map((topic) => [topic.id, 'done']),
      report: true,
    };
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      await page.setContent(
        `<!DOCTYPE html><html><body style="margin:0;height:800px;display:flex;flex-direction:column"><header id="toolbar"><h1 id="map-title"></h1><span id="map-summary"></span></header><main id="stage" style="flex:1"></main><div id="announcer"></div>
<script>window.__messages = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__messages.push(m), getState: () => undefined, setState: () => undefined });</script></body></html>`,
      );
      await page.addScriptTag({ content: scriptText });
      // A string, so the page runs it as written (no bundler helpers, no DOM types needed here).
      const ms = await page.evaluate<number>(`(async (mapMessage) => {
        const start = performance.now();
        window.postMessage(mapMessage, '*');
        while (!window.__messages.some((posted) => posted.type === 'drawn')) await new Promise((resolve) => setTimeout(resolve, 0));
        // Until the frame is on screen: style, layout and paint of what the script built count too.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return performance.now() - start;
      })(${JSON.stringify(message)})`);
      if (run > 0) times.push(ms); // the first is the warm-up
    }
    return `${median(times).toFixed(1)} ms`;
  } finally {
    await browser.close();
  }
}

/** One row per case: `name: value` pairs, as bench/run.ts prints them. */
export async function measureMap(options: { browser?: boolean } = {}): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  for (const { name, roadmap } of cases()) {
    const input = mapInput(roadmap);
    const layout = layoutMap(input);
    const statusOf = () => 'done' as const;
    const json = JSON.stringify(input);
    const words = mapWords(mapSceneText());
    rows.push({
      map: name,
      nodes: String(input.length),
      'reference: JSON round trip of the input': `${timeMedian(() => JSON.parse(JSON.stringify(mapInput(roadmap)))).toFixed(2)} ms (${json.length.toLocaleString('en')} chars)`,
      'layout (d3-hierarchy)': `${timeMedian(() => layoutMap(mapInput(roadmap))).toFixed(2)} ms`,
      'drawing data': `${timeMedian(() => mapScene(layout, statusOf, { title: roadmap.title, words })).toFixed(2)} ms`,
      'SVG export': `${timeMedian(() => svgMarkup(mapScene(layout, statusOf, { title: roadmap.title, words, style: EXPORT_STYLE_LIGHT }))).toFixed(2)} ms`,
      ...(options.browser === false ? {} : { 'draw in chromium (layout + DOM + first paint)': await browserDrawMs(roadmap) }),
    });
  }
  return rows;
}

if (require.main === module) {
  measureMap()
    .then((rows) =>
      rows.forEach((row) =>
        console.log(
          Object.entries(row)
            .map(([name, value]) => `${name}: ${value}`)
            .join(' | '),
        ),
      ),
    )
    .catch((failure) => {
      console.error(failure);
      process.exit(1);
    });
}

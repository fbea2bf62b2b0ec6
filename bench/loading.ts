// loadRoadmap (parse with positions + validate + build) against js-yaml's load and JSON.parse of the
// same roadmap, side by side on the same text in every run.
import { load as jsYamlLoad } from 'js-yaml';
import { loadRoadmap } from '../src/model/loader';
import { formatBytes, formatCount, formatMs, formatRatio, printTable } from './format';
import { measureRuns, medianRatio, millisecondsOf, type Repetitions } from './measure';
import { syntheticRoadmap, syntheticRoadmapYaml } from './syntheticRoadmap';

export interface LoadingFigures {
  readonly topics: number;
  readonly repetitions: Repetitions;
  readonly yamlBytes: number;
  readonly loadRoadmapMs: number;
  readonly jsYamlMs: number;
  readonly jsonParseMs: number;
  /** Medians of the per-run ratios. */
  readonly overJsYaml: number;
  readonly overJsonParse: number;
}

/** Large enough for the synthetic roadmaps; the size limit itself is not what is measured. */
const NO_SIZE_LIMIT = { maxBytes: 1024 * 1024 * 1024 };

async function measureSize(topics: number, repetitions: Repetitions): Promise<LoadingFigures> {
  // Every run's text is built before the first is timed: writing YAML between timed runs would reshape
  // what the parser's code was optimized for (the yaml library serves both), and slow the next parse.
  const texts = Array.from({ length: repetitions.warmups + repetitions.runs }, (_, run) => ({
    yamlText: syntheticRoadmapYaml(topics, run),
    jsonText: JSON.stringify(syntheticRoadmap(topics, run)),
  }));
  const last = texts.at(-1);
  if (!last) throw new Error('no runs to measure');
  const yamlBytes = Buffer.byteLength(last.yamlText);
  const samples = await measureRuns(repetitions, async (run) => {
    const text = texts[run];
    if (!text) throw new Error(`no text for run ${run}`);
    const { yamlText, jsonText } = text;
    let loaded: ReturnType<typeof loadRoadmap> | undefined;
    const timings = {
      loadRoadmap: await millisecondsOf(() => (loaded = loadRoadmap(yamlText, NO_SIZE_LIMIT))),
      jsYaml: await millisecondsOf(() => jsYamlLoad(yamlText)),
      jsonParse: await millisecondsOf(() => JSON.parse(jsonText)),
    };
    if (!loaded?.roadmap) throw new Error(`the synthetic roadmap did not load: ${loaded?.problems[0]?.message}`);
    if (loaded.roadmap.topics.length !== topics) throw new Error(`loaded ${loaded.roadmap.topics.length} topics, expected ${topics}`);
    return timings;
  });
  return {
    topics,
    repetitions,
    yamlBytes,
    loadRoadmapMs: samples.loadRoadmap.median,
    jsYamlMs: samples.jsYaml.median,
    jsonParseMs: samples.jsonParse.median,
    overJsYaml: medianRatio(samples.loadRoadmap, samples.jsYaml),
    overJsonParse: medianRatio(samples.loadRoadmap, samples.jsonParse),
  };
}

export async function benchLoading(
  sizes: readonly { readonly topics: number; readonly repetitions: Repetitions }[],
): Promise<LoadingFigures[]> {
  const figures: LoadingFigures[] = [];
  for (const { topics, repetitions } of sizes) figures.push(await measureSize(topics, repetitions));
  printTable(
    `Loading a roadmap (medians after warm-up runs; a distinct text each run; ratios are medians of the per-run ratios)`,
    [
      'topics',
      'runs (+ warm-up)',
      'YAML',
      'loadRoadmap',
      'js-yaml load',
      'JSON.parse',
      'loadRoadmap ÷ js-yaml',
      'loadRoadmap ÷ JSON.parse',
    ],
    figures.map((figure) => [
      formatCount(figure.topics),
      `${figure.repetitions.runs} (+${figure.repetitions.warmups})`,
      formatBytes(figure.yamlBytes),
      formatMs(figure.loadRoadmapMs),
      formatMs(figure.jsYamlMs),
      formatMs(figure.jsonParseMs),
      formatRatio(figure.overJsYaml),
      formatRatio(figure.overJsonParse),
    ]),
  );
  return figures;
}

// loadRoadmap (the fast js-yaml path for a valid file, else yaml with positions; validate; build) against
// js-yaml's load and JSON.parse of the same roadmap, side by side on the same text in every run. Also in
// the same runs: the yaml path alone (how every file loaded before the fast path), and a file with one
// problem at its end, which the fast path hands to yaml after reading it.
import { load as jsYamlLoad } from 'js-yaml';
import { roadmapResultOf } from '../src/model/loadResult';
import { loadRoadmap, loadRoadmapInputWithYaml } from '../src/model/loader';
import { formatBytes, formatCount, formatMs, formatRatio, printTable } from './format';
import { measureRuns, medianRatio, millisecondsOf, type Repetitions } from './measure';
import { syntheticRoadmap, syntheticRoadmapYaml } from './syntheticRoadmap';

export interface LoadingFigures {
  readonly topics: number;
  readonly repetitions: Repetitions;
  readonly yamlBytes: number;
  readonly loadRoadmapMs: number;
  /** The yaml path alone on the same valid text: what loadRoadmap took before the fast path. */
  readonly yamlPathMs: number;
  /** loadRoadmap of the same text with one bad id appended: read fast, then again with yaml. */
  readonly withProblemMs: number;
  readonly jsYamlMs: number;
  readonly jsonParseMs: number;
  /** Medians of the per-run ratios. */
  readonly overJsYaml: number;
  readonly yamlPathOverJsYaml: number;
  readonly withProblemOverJsYaml: number;
  readonly overJsonParse: number;
}

/** A last topic whose id the schema refuses: the file has exactly one problem, at its end. */
const ONE_BAD_TOPIC = '  - id: Bad Id\n    title: Bad\n';

/** Large enough for the synthetic roadmaps; the size limit itself is not what is measured. */
const NO_SIZE_LIMIT = { maxBytes: 1024 * 1024 * 1024 };

/** A flat copy of `text`, as decoding a file gives. */
function flat(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

async function measureSize(topics: number, repetitions: Repetitions): Promise<LoadingFigures> {
  // Every run's text is built before the first is timed: writing YAML between timed runs would reshape
  // what the parser's code was optimized for (the yaml library serves both), and slow the next parse.
  // Each text is flat, as one read from a file is: the YAML writer's output is a rope of joined pieces,
  // and whichever reader touched it first would pay for flattening it (loadRoadmap, timed first).
  const texts = Array.from({ length: repetitions.warmups + repetitions.runs }, (_, run) => {
    const yamlText = syntheticRoadmapYaml(topics, run);
    return {
      yamlText: flat(yamlText),
      withProblemText: flat(`${yamlText}${ONE_BAD_TOPIC}`),
      jsonText: flat(JSON.stringify(syntheticRoadmap(topics, run))),
    };
  });
  const last = texts.at(-1);
  if (!last) throw new Error('no runs to measure');
  const yamlBytes = Buffer.byteLength(last.yamlText);
  const samples = await measureRuns(repetitions, async (run) => {
    const text = texts[run];
    if (!text) throw new Error(`no text for run ${run}`);
    const { yamlText, withProblemText, jsonText } = text;
    let loaded: ReturnType<typeof loadRoadmap> | undefined;
    let viaYaml: ReturnType<typeof loadRoadmap> | undefined;
    let withProblem: ReturnType<typeof loadRoadmap> | undefined;
    // The run's first measurement comes right after the collection, when allocating costs more (the
    // collector's sweeping is still under way): loadRoadmap and js-yaml, the pair of the main ratio,
    // take turns at it.
    const loadRoadmapMs = async (): Promise<number> => millisecondsOf(() => (loaded = loadRoadmap(yamlText, NO_SIZE_LIMIT)));
    const jsYamlMs = async (): Promise<number> => millisecondsOf(() => jsYamlLoad(yamlText));
    const firstLoadRoadmap = run % 2 === 0;
    const first = firstLoadRoadmap ? await loadRoadmapMs() : await jsYamlMs();
    const second = firstLoadRoadmap ? await jsYamlMs() : await loadRoadmapMs();
    const [loadRoadmapTime, jsYamlTime] = firstLoadRoadmap ? [first, second] : [second, first];
    const timings = {
      loadRoadmap: loadRoadmapTime,
      yamlPath: await millisecondsOf(() => (viaYaml = roadmapResultOf(loadRoadmapInputWithYaml(yamlText, NO_SIZE_LIMIT)))),
      withProblem: await millisecondsOf(() => (withProblem = loadRoadmap(withProblemText, NO_SIZE_LIMIT))),
      jsYaml: jsYamlTime,
      jsonParse: await millisecondsOf(() => JSON.parse(jsonText)),
    };
    if (!loaded?.roadmap) throw new Error(`the synthetic roadmap did not load: ${loaded?.problems[0]?.message}`);
    if (loaded.roadmap.topics.length !== topics) throw new Error(`loaded ${loaded.roadmap.topics.length} topics, expected ${topics}`);
    if (viaYaml?.roadmap?.topics.length !== topics) throw new Error('the yaml path did not load the synthetic roadmap');
    if (withProblem?.problems.length !== 1) throw new Error(`expected one problem, got ${withProblem?.problems.length}`);
    return timings;
  });
  return {
    topics,
    repetitions,
    yamlBytes,
    loadRoadmapMs: samples.loadRoadmap.median,
    yamlPathMs: samples.yamlPath.median,
    withProblemMs: samples.withProblem.median,
    jsYamlMs: samples.jsYaml.median,
    jsonParseMs: samples.jsonParse.median,
    overJsYaml: medianRatio(samples.loadRoadmap, samples.jsYaml),
    yamlPathOverJsYaml: medianRatio(samples.yamlPath, samples.jsYaml),
    withProblemOverJsYaml: medianRatio(samples.withProblem, samples.jsYaml),
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
      'yaml path alone',
      'one problem at the end',
      'js-yaml load',
      'JSON.parse',
      'loadRoadmap ÷ js-yaml',
      'yaml path ÷ js-yaml',
      'one problem ÷ js-yaml',
      'loadRoadmap ÷ JSON.parse',
    ],
    figures.map((figure) => [
      formatCount(figure.topics),
      `${figure.repetitions.runs} (+${figure.repetitions.warmups})`,
      formatBytes(figure.yamlBytes),
      formatMs(figure.loadRoadmapMs),
      formatMs(figure.yamlPathMs),
      formatMs(figure.withProblemMs),
      formatMs(figure.jsYamlMs),
      formatMs(figure.jsonParseMs),
      formatRatio(figure.overJsYaml),
      formatRatio(figure.yamlPathOverJsYaml),
      formatRatio(figure.withProblemOverJsYaml),
      formatRatio(figure.overJsonParse),
    ]),
  );
  return figures;
}

// Build step behind compiledRoadmaps.ts: loads each bundled YAML file as the loader would, and keeps
// its validated input. A bundled file with problems fails the build.
import type { CompiledRoadmaps } from './compiledRoadmaps';
import { COMPILED_ROADMAPS_FORMAT } from './compiledRoadmaps';
import { loadRoadmapInput } from './loader';
import { formatProblem } from './problems';

export function compileRoadmaps(files: readonly { readonly file: string; readonly text: string }[]): CompiledRoadmaps {
  const roadmaps = files.map(({ file, text }) => {
    const { input, problems } = loadRoadmapInput(text);
    if (!input) throw new Error(`${file} does not load:\n${problems.map((problem) => formatProblem(file, problem)).join('\n')}`);
    return { file, input };
  });
  return { format: COMPILED_ROADMAPS_FORMAT, roadmaps };
}

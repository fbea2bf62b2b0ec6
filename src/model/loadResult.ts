// What loading a roadmap file gives. Kept apart from the loader, so that code which only receives
// results (the catalog, the parse cache) does not pull in yaml and zod.
import type { Problem } from './problems';
import { buildRoadmap, type Roadmap } from './roadmap';
import type { RoadmapInput } from './schema';

export interface LoadOptions {
  maxBytes?: number;
}

/** Best-effort id and title of a broken file, to name it in the tree. */
export type PartialRoadmap = { readonly id?: string; readonly title?: string };

export interface LoadResult {
  /** Present when the file is valid; problems may then still hold warnings. */
  readonly roadmap?: Roadmap;
  readonly problems: readonly Problem[];
  readonly partial?: PartialRoadmap;
}

/** What loading gives before the tree is built: plain data, so it can cross a thread boundary. */
export interface InputResult {
  readonly input?: RoadmapInput;
  readonly problems: readonly Problem[];
  readonly partial?: PartialRoadmap;
}

export function roadmapResultOf(result: InputResult): LoadResult {
  const { input, problems, partial } = result;
  return input ? { roadmap: buildRoadmap(input), problems } : { problems, partial };
}

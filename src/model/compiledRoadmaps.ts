// The bundled roadmaps as the build compiles them: the validated input of each file as JSON, so loading
// them at run time is a JSON.parse and a tree build, without YAML parsing or schema validation.
// The shape check here is light on purpose: the file is written by our own build (scripts/compile-roadmaps.ts).
import * as l10n from '@vscode/l10n';
import { buildRoadmap, type Roadmap } from './roadmap';
import type { RoadmapInput } from './schema';

export const COMPILED_ROADMAPS_FORMAT = 1;
/** Next to the bundle: dist/bundled-roadmaps.json. */
export const COMPILED_ROADMAPS_FILE = 'bundled-roadmaps.json';

export interface CompiledRoadmapFile {
  /** File name in the extension's roadmaps/ folder (its note files are relative to it). */
  readonly file: string;
  readonly input: RoadmapInput;
}

export interface CompiledRoadmaps {
  readonly format: typeof COMPILED_ROADMAPS_FORMAT;
  readonly roadmaps: readonly CompiledRoadmapFile[];
}

export type ReadCompiled =
  | { readonly ok: true; readonly roadmaps: readonly { readonly file: string; readonly roadmap: Roadmap }[] }
  | { readonly ok: false; readonly reason: string };

export function readCompiledRoadmaps(json: string): ReadCompiled {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (failure) {
    return { ok: false, reason: l10n.t('it is not valid JSON ({0})', failure instanceof Error ? failure.message : String(failure)) };
  }
  if (!isCompiled(data))
    return { ok: false, reason: l10n.t('it is not in the format this version expects ({0})', COMPILED_ROADMAPS_FORMAT) };
  return { ok: true, roadmaps: data.roadmaps.map(({ file, input }) => ({ file, roadmap: buildRoadmap(input) })) };
}

function isCompiled(data: unknown): data is CompiledRoadmaps {
  if (data === null || typeof data !== 'object') return false;
  const { format, roadmaps } = data as Partial<Record<keyof CompiledRoadmaps, unknown>>;
  return (
    format === COMPILED_ROADMAPS_FORMAT &&
    Array.isArray(roadmaps) &&
    roadmaps.every((entry: unknown) => {
      if (entry === null || typeof entry !== 'object') return false;
      const { file, input } = entry as Record<string, unknown>;
      return (
        typeof file === 'string' && input !== null && typeof input === 'object' && Array.isArray((input as Record<string, unknown>).nodes)
      );
    })
  );
}

// Messages between the extension host and the roadmap worker (dist/roadmapWorker.js), which holds yaml
// and zod so that neither loads into, nor blocks, the extension host. Every value is plain data.
import type { InputResult } from '../model/loadResult';
import type { ImportOptions, ImportResult } from '../model/textImport';
import type { RoadmapInput } from '../model/schema';

export type WorkerRequest =
  | { readonly kind: 'load'; readonly text: string; readonly maxBytes?: number }
  | { readonly kind: 'importText'; readonly text: string; readonly options: ImportOptions }
  | { readonly kind: 'toYaml'; readonly roadmap: RoadmapInput; readonly comment: string };

export interface WorkerAnswers {
  load: InputResult;
  importText: ImportResult;
  toYaml: string;
}

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly value: WorkerAnswers[WorkerRequest['kind']] }
  | { readonly id: number; readonly ok: false; readonly message: string };

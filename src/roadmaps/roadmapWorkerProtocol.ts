// Messages between the extension host and the roadmap worker (dist/roadmapWorker.js), which holds yaml
// and zod so that neither loads into, nor blocks, the extension host. Every value is plain data.
import type { InputResult } from '../model/loadResult';
import type { ImportOptions, ImportResult } from '../model/textImport';
import type { RoadmapInput } from '../model/schema';
import type { l10nJsonFormat } from '@vscode/l10n';

/** What a worker is started with (its workerData): the display language, for its messages. */
export interface WorkerStart {
  /** `vscode.l10n.bundle`: absent in English, which needs none. */
  readonly l10nBundle?: l10nJsonFormat;
  /** `vscode.env.language`, for numbers in messages. */
  readonly language?: string;
}

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

/** How long a request may take before the worker is stopped (the web client, which cannot stop one, ignores it). */
export const DEFAULT_WORKER_TIMEOUT_MS = 30_000;

export class WorkerFailure extends Error {
  constructor(
    message: string,
    readonly timedOut: boolean,
  ) {
    super(message);
  }
}

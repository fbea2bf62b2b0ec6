// What the roadmap worker answers to each request: run in the worker thread (roadmapWorker.ts) on the Node
// extension host, in process on the web (roadmapWorkerClient.web.ts).
import * as l10n from '@vscode/l10n';
import { loadRoadmapInput } from '../model/loader';
import { setMessageLanguage } from '../model/messageNumbers';
import { importRoadmapText, roadmapToYaml } from '../model/textImport';
import type { WorkerAnswers, WorkerRequest, WorkerStart } from './roadmapWorkerProtocol';

/**
 * The model's messages (problems of a file, the importer's) in the display language: @vscode/l10n gets the
 * bundle the worker was started with. A worker thread has a copy of its own, which knows nothing of the
 * extension host's; English needs no bundle.
 */
export function configureWorkerLanguage(start: WorkerStart | undefined): void {
  if (start?.l10nBundle !== undefined) l10n.config({ contents: start.l10nBundle });
  if (start?.language !== undefined) setMessageLanguage(start.language);
}

export function answer(request: WorkerRequest): WorkerAnswers[WorkerRequest['kind']] {
  switch (request.kind) {
    case 'load':
      return loadRoadmapInput(request.text, { maxBytes: request.maxBytes });
    case 'importText':
      return importRoadmapText(request.text, request.options);
    case 'toYaml':
      return roadmapToYaml(request.roadmap, request.comment);
  }
}

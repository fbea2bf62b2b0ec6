// What the roadmap worker answers to each request: run in the worker thread (roadmapWorker.ts) on the Node
// extension host, in process on the web (roadmapWorkerClient.web.ts).
import { loadRoadmapInput } from '../model/loader';
import { importRoadmapText, roadmapToYaml } from '../model/textImport';
import type { WorkerAnswers, WorkerRequest } from './roadmapWorkerProtocol';

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

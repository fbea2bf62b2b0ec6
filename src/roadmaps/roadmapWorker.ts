// Entry point of dist/roadmapWorker.js, a worker thread: parses and validates roadmap text, imports text
// and writes YAML, so that a large or hostile file never blocks the extension host.
import { parentPort } from 'node:worker_threads';
import { loadRoadmapInput } from '../model/loader';
import { importRoadmapText, roadmapToYaml } from '../model/textImport';
import type { WorkerAnswers, WorkerReply, WorkerRequest } from './roadmapWorkerProtocol';

function answer(request: WorkerRequest): WorkerAnswers[WorkerRequest['kind']] {
  switch (request.kind) {
    case 'load':
      return loadRoadmapInput(request.text, { maxBytes: request.maxBytes });
    case 'importText':
      return importRoadmapText(request.text, request.options);
    case 'toYaml':
      return roadmapToYaml(request.roadmap, request.comment);
  }
}

parentPort?.on('message', ({ id, request }: { id: number; request: WorkerRequest }) => {
  let reply: WorkerReply;
  try {
    reply = { id, ok: true, value: answer(request) };
  } catch (failure) {
    reply = { id, ok: false, message: failure instanceof Error ? failure.message : String(failure) };
  }
  parentPort?.postMessage(reply);
});

// Entry point of dist/roadmapWorker.js, a worker thread: parses and validates roadmap text, imports text
// and writes YAML, so that a large or hostile file never blocks the extension host.
import { parentPort, workerData } from 'node:worker_threads';
import { answer, configureWorkerLanguage } from './roadmapWorkerAnswers';
import type { WorkerReply, WorkerRequest, WorkerStart } from './roadmapWorkerProtocol';

configureWorkerLanguage(workerData as WorkerStart | undefined);

parentPort?.on('message', ({ id, request }: { id: number; request: WorkerRequest }) => {
  let reply: WorkerReply;
  try {
    reply = { id, ok: true, value: answer(request) };
  } catch (failure) {
    reply = { id, ok: false, message: failure instanceof Error ? failure.message : String(failure) };
  }
  parentPort?.postMessage(reply);
});

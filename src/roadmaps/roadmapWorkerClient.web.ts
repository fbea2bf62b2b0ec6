// roadmapWorkerClient.ts for the web worker host. That host is itself a Web Worker, and VS Code gives its
// extensions no way to start one more from the extension's own files (a nested worker would need a
// same-origin script URL; the extension's files are served from another origin, and a blob: worker would
// need the page's CSP to allow it). So requests are answered in process, one at a time and in order,
// each after a turn of the event loop so queued UI work runs between them. What keeps a hostile file
// from blocking this host is the loader's own bounds (size checked before reading, keys per map,
// problems per file, linear parsers), not a time limit: synchronous work cannot be stopped half way.
import * as l10n from '@vscode/l10n';
import { answer, configureWorkerLanguage } from './roadmapWorkerAnswers';
import { WorkerFailure, type WorkerAnswers, type WorkerRequest, type WorkerStart } from './roadmapWorkerProtocol';

export { WorkerFailure };

/**
 * Constructed as the worker-thread client is (a worker file and a time limit, which it does not need, and
 * the display language's bundle, which the model's messages here then use).
 */
export class RoadmapWorkerClient {
  private queue: Promise<unknown> = Promise.resolve();
  private disposed = false;

  constructor(_workerFile?: string, _timeoutMs?: number, start: WorkerStart = {}) {
    configureWorkerLanguage(start);
  }

  request<K extends WorkerRequest['kind']>(request: Extract<WorkerRequest, { kind: K }>): Promise<WorkerAnswers[K]> {
    const answered = this.queue.then(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.disposed) throw new WorkerFailure(l10n.t('the roadmap reader has been shut down'), false);
      try {
        return answer(request) as WorkerAnswers[K];
      } catch (failure) {
        throw new WorkerFailure(failure instanceof Error ? failure.message : String(failure), false);
      }
    });
    this.queue = answered.catch(() => undefined);
    return answered;
  }

  dispose(): void {
    this.disposed = true;
  }
}

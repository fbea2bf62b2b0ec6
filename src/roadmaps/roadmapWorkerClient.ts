// Runs roadmap parsing, text import and YAML writing in a worker thread (dist/roadmapWorker.js). One
// request at a time, each with a time limit: a request over it is answered with a failure, the worker
// is stopped, and the next request gets a fresh one. No vscode import: unit-tested in plain Node. Every
// worker starts with the display language's bundle (`start`), so the problems it words are translated.
import * as l10n from '@vscode/l10n';
import { Worker } from 'node:worker_threads';
import { DEFAULT_WORKER_TIMEOUT_MS, WorkerFailure, type WorkerAnswers, type WorkerReply, type WorkerRequest, type WorkerStart } from './roadmapWorkerProtocol';

export { WorkerFailure };

interface Queued {
  readonly id: number;
  readonly request: WorkerRequest;
  readonly resolve: (value: unknown) => void;
  readonly reject: (failure: WorkerFailure) => void;
}

export class RoadmapWorkerClient {
  private worker: Worker | undefined;
  private readonly queue: Queued[] = [];
  private current: { queued: Queued; timer: ReturnType<typeof setTimeout> } | undefined;
  private nextId = 0;
  private disposed = false;

  constructor(
    private readonly workerFile: string,
    private readonly timeoutMs = DEFAULT_WORKER_TIMEOUT_MS,
    private readonly start: WorkerStart = {},
  ) {}

  request<K extends WorkerRequest['kind']>(request: Extract<WorkerRequest, { kind: K }>): Promise<WorkerAnswers[K]> {
    if (this.disposed) return Promise.reject(new WorkerFailure(l10n.t('the roadmap reader has been shut down'), false));
    return new Promise<WorkerAnswers[K]>((resolve, reject) => {
      this.queue.push({ id: ++this.nextId, request, resolve: resolve as (value: unknown) => void, reject });
      this.sendNext();
    });
  }

  dispose(): void {
    this.disposed = true;
    const failure = new WorkerFailure(l10n.t('the roadmap reader has been shut down'), false);
    if (this.current) this.finish(this.current.queued.id)?.reject(failure);
    for (const queued of this.queue.splice(0)) queued.reject(failure);
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private sendNext(): void {
    if (this.current || this.disposed) return;
    const queued = this.queue.shift();
    if (!queued) return;
    const timer = setTimeout(() => this.timeOut(queued.id), this.timeoutMs);
    this.current = { queued, timer };
    this.ensureWorker().postMessage({ id: queued.id, request: queued.request });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile, { workerData: this.start });
    worker.unref(); // never keeps a process alive on its own
    worker.on('message', (reply: WorkerReply) => {
      const queued = this.finish(reply.id);
      if (!queued) return;
      if (reply.ok) queued.resolve(reply.value);
      else queued.reject(new WorkerFailure(reply.message, false));
      this.sendNext();
    });
    const lost = (reason: string): void => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (this.current) this.finish(this.current.queued.id)?.reject(new WorkerFailure(l10n.t('the roadmap reader stopped ({0})', reason), false));
      this.sendNext();
    };
    worker.on('error', (failure) => lost(failure.message));
    worker.on('exit', (code) => lost(l10n.t('exit code {0}', code)));
    this.worker = worker;
    return worker;
  }

  private timeOut(id: number): void {
    const queued = this.finish(id);
    if (!queued) return;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    const message =
      this.timeoutMs >= 1000
        ? l10n.t('it took longer than {0} s and was stopped', Math.round(this.timeoutMs / 1000))
        : l10n.t('it took longer than {0} ms and was stopped', this.timeoutMs);
    queued.reject(new WorkerFailure(message, true));
    this.sendNext();
  }

  /** Ends the request in flight when it is `id`; returns it to be settled. */
  private finish(id: number): Queued | undefined {
    if (this.current?.queued.id !== id) return undefined;
    const { queued, timer } = this.current;
    clearTimeout(timer);
    this.current = undefined;
    return queued;
  }
}

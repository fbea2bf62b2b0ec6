// Runs a pure function of a TypeScript module in a worker thread and gives up after a generous guard,
// terminating the worker: a parser that hangs fails its test instead of blocking the test run. Tests
// assert the outcome it returns, never the time it took (speed belongs in the bench).
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
require('tsx/cjs');
const run = require(workerData.modulePath)[workerData.exportName];
parentPort.postMessage(run(...workerData.args));
`;

/** `exportName(...args)` from `modulePath` (relative to the repository root), or a rejection after `guardMs`. */
export function runWithHangGuard<T>(modulePath: string, exportName: string, args: readonly unknown[], guardMs = 60_000): Promise<T> {
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { modulePath: path.resolve(__dirname, '../..', modulePath), exportName, args },
  });
  return new Promise<T>((resolve, reject) => {
    const guard = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${exportName} did not finish within ${guardMs / 1000} s: a hang`));
    }, guardMs);
    worker.once('message', (result: T) => {
      clearTimeout(guard);
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', (error) => {
      clearTimeout(guard);
      reject(error);
    });
  });
}

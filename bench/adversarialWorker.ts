// Loads one adversarial input in a worker thread, so the bench can stop a load that does not end.
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { loadRoadmap } from '../src/model/loader';
import { ADVERSARIAL_INPUTS } from './adversarialInputs';

export interface AdversarialRequest {
  readonly name: string;
}

export interface AdversarialReport {
  readonly bytes: number;
  readonly ms: number;
  readonly loaded: boolean;
  readonly problemCount: number;
  readonly firstProblem?: string;
}

const { name } = workerData as AdversarialRequest;
const input = ADVERSARIAL_INPUTS.find((candidate) => candidate.name === name);
if (!input) throw new Error(`no adversarial input named "${name}"`);
const text = input.make();
const start = performance.now();
const result = loadRoadmap(text);
const report: AdversarialReport = {
  bytes: Buffer.byteLength(text),
  ms: performance.now() - start,
  loaded: result.roadmap !== undefined,
  problemCount: result.problems.length,
  firstProblem: result.problems[0]?.message,
};
parentPort?.postMessage(report);

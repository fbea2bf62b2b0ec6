// npm run bench: how the model scales with roadmaps of 1,000, 10,000 and 100,000 topics.
import './vscodeStub';
import { performance } from 'node:perf_hooks';
import { loadRoadmap } from '../src/model/loader';
import { ProgressCounter } from '../src/model/progress';
import type { Roadmap } from '../src/model/roadmap';
import { InMemoryMemento } from '../src/store/memento';
import { ProgressStore } from '../src/store/progressStore';
import { seededRandom } from '../test/unit/helpers';
import { syntheticRoadmapYaml } from './syntheticRoadmap';

// Loaded after the stub so that `vscode` resolves to it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { nodeTreeItem } = require('../src/views/tree/treeItems') as typeof import('../src/views/tree/treeItems');

function time<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

async function timeAsync<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
}

function buildAllItems(roadmap: Roadmap, counter: ProgressCounter): number {
  let built = 0;
  for (const node of roadmap.nodesById.values()) {
    nodeTreeItem(roadmap, node, counter.statusOf(node.id), undefined, counter.countsOf(node.id));
    built++;
  }
  return built;
}

async function measure(topicCount: number): Promise<Record<string, string>> {
  const yamlText = syntheticRoadmapYaml(topicCount);
  const loaded = time(() => loadRoadmap(yamlText, { maxBytes: 64 * 1024 * 1024 }));
  const roadmap = loaded.result.roadmap;
  if (!roadmap) throw new Error(loaded.result.problems[0]?.message);

  // Every topic with a status, as a year of real use leaves them: mixed statuses at scattered times
  // (the largest and least compressible state this roadmap can save).
  const memento = new InMemoryMemento();
  const store = new ProgressStore(memento);
  const statuses = ['done', 'in-progress', 'skipped', 'todo'] as const;
  const yearAgo = Date.now() - 365 * 24 * 3_600_000;
  const random = seededRandom(1);
  const saved = roadmap.topics.map((topic) => [topic.id, { status: statuses[Math.floor(random() * 4)], changedAt: Math.floor(yearAgo + random() * 365 * 24 * 3_600_000) }] as const);
  await store.merge(roadmap.id, new Map(saved));

  const counted = time(() => new ProgressCounter(roadmap, store.progressOf(roadmap.id)));
  const counter = counted.result;
  const items = time(() => buildAllItems(roadmap, counter));

  // The deepest topic changes status: it is saved, and its row and ancestors are named for refresh.
  const last = roadmap.topics[roadmap.topics.length - 1].id;
  const next = counter.statusOf(last) === 'done' ? 'in-progress' : 'done';
  const change = await timeAsync(async () => {
    await store.setStatus(roadmap.id, [last], next);
    return counter.update(new Map([[last, next]])).size;
  });

  return {
    topics: topicCount.toLocaleString('en'),
    'YAML size': `${(yamlText.length / 1024).toFixed(0)} KB`,
    'parse + validate': `${loaded.ms.toFixed(1)} ms`,
    'count progress': `${counted.ms.toFixed(1)} ms`,
    [`build ${items.result.toLocaleString('en')} tree items`]: `${items.ms.toFixed(1)} ms`,
    'change one status + save': `${change.ms.toFixed(2)} ms (${change.result} rows refreshed)`,
    'saved state (all topics)': `${memento.sizeInBytes().toLocaleString('en')} bytes`,
  };
}

async function main(): Promise<void> {
  for (const size of [1_000, 10_000, 100_000]) {
    const row = await measure(size);
    console.log(Object.entries(row).map(([name, value]) => `${name}: ${value}`).join(' | '));
  }
}

main().catch((failure) => {
  console.error(failure);
  process.exit(1);
});

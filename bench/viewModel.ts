// What the Roadmaps view computes from a loaded roadmap: counting progress per node, building every
// node's tree item, and counting again after one status change (the ancestors to refresh).
import './vscodeStub';
import { ProgressCounter } from '../src/model/progress';
import { buildRoadmap, type Roadmap } from '../src/model/roadmap';
import type { ProgressEntry, Status } from '../src/model/status';
import { seededRandom } from '../test/unit/helpers';
import { formatCount, formatMs, formatRatio, printTable } from './format';
import { measureRuns, millisecondsOf, type Repetitions } from './measure';
import { syntheticRoadmap } from './syntheticRoadmap';

// Loaded after the stub so that `vscode` resolves to it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { nodeTreeItem } = require('../src/views/tree/treeItems') as typeof import('../src/views/tree/treeItems');

const STATUSES: readonly Status[] = ['done', 'in-progress', 'skipped', 'todo'];

function mixedProgress(roadmap: Roadmap): Map<string, ProgressEntry> {
  const random = seededRandom(2);
  // random() is below 1, so the index is below the length.
  return new Map(
    roadmap.topics.map((topic) => [topic.id, { status: STATUSES[Math.floor(random() * STATUSES.length)]!, changedAt: 1_700_000_000_000 }]),
  );
}

function buildAllItems(roadmap: Roadmap, counter: ProgressCounter): void {
  for (const node of roadmap.nodesById.values())
    nodeTreeItem(roadmap, node, counter.statusOf(node.id), undefined, counter.countsOf(node.id));
}

interface ViewFigures {
  readonly topics: number;
  readonly countMs: number;
  readonly itemsMs: number;
  readonly updateMs: number;
}

async function measureSize(topics: number, repetitions: Repetitions): Promise<ViewFigures> {
  const roadmap = buildRoadmap(syntheticRoadmap(topics));
  const progress = mixedProgress(roadmap);
  const deepest = roadmap.topics.at(-1)?.id;
  if (deepest === undefined) throw new Error('the synthetic roadmap has no topics');
  const samples = await measureRuns(repetitions, async (run) => {
    let counter: ProgressCounter | undefined;
    const count = await millisecondsOf(() => (counter = new ProgressCounter(roadmap, progress)));
    const built = counter as ProgressCounter;
    const items = await millisecondsOf(() => buildAllItems(roadmap, built));
    const cycled = STATUSES[run % STATUSES.length]!; // a remainder is an index
    const next: Status = cycled === built.statusOf(deepest) ? 'done' : cycled;
    const update = await millisecondsOf(() => built.update(new Map([[deepest, next]])));
    return { count, items, update };
  });
  return { topics, countMs: samples.count.median, itemsMs: samples.items.median, updateMs: samples.update.median };
}

export async function benchViewModel(sizes: readonly number[], repetitions: Repetitions): Promise<void> {
  const figures: ViewFigures[] = [];
  for (const topics of sizes) figures.push(await measureSize(topics, repetitions));
  const reference = figures[0];
  if (!reference) return;
  printTable(
    `The view's model (medians of ${repetitions.runs} runs after ${repetitions.warmups} warm-up)`,
    ['topics', 'count progress', 'build every tree item', `recount after one change (÷ ${formatCount(reference.topics)} topics)`],
    figures.map((figure) => [
      formatCount(figure.topics),
      formatMs(figure.countMs),
      formatMs(figure.itemsMs),
      `${formatMs(figure.updateMs)} (${formatRatio(figure.updateMs / reference.updateMs)})`,
    ]),
  );
}

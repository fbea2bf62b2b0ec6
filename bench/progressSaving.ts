// Saving progress: ProgressStore.setStatus of one topic when the roadmap has 1,000, 10,000 or 100,000
// topics with progress (the 1,000-topic case is the reference: a flat cost stays near 1×), the bytes
// one change writes, and the total size of the saved state. Every run changes one topic in each store,
// side by side.
import type { Status } from '../src/model/status';
import { InMemoryMemento } from '../src/store/memento';
import { ProgressStore } from '../src/store/progressStore';
import { seededRandom } from '../test/unit/helpers';
import { formatBytes, formatCount, formatMs, formatRatio, printTable } from './format';
import { median, measureRuns, medianRatio, millisecondsOf, type Repetitions, type Sample } from './measure';
import { syntheticTopicIds } from './syntheticRoadmap';

/** The in-memory Memento, also counting the bytes each update hands over (as JSON, as VS Code stores it). */
class CountingMemento extends InMemoryMemento {
  bytesWritten = 0;

  override update(key: string, value: unknown): Thenable<void> {
    this.bytesWritten += Buffer.byteLength(key) + (value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value)));
    return super.update(key, value);
  }
}

interface StoreUnderTest {
  readonly topicIds: readonly string[];
  readonly store: ProgressStore;
  readonly memento: CountingMemento;
  readonly stateBytes: number;
  readonly bytesPerChange: number[];
}

export interface SavingFigures {
  readonly topics: number;
  readonly setStatusMs: number;
  /** Median of the per-run ratios against the reference size. */
  readonly overReference: number;
  readonly bytesPerChange: number;
  readonly stateBytes: number;
}

const ROADMAP_ID = 'synthetic';
const STATUSES: readonly Status[] = ['done', 'in-progress', 'skipped', 'todo'];

/** Every topic with a status, as a year of real use leaves them: mixed statuses at scattered times. */
function randomStatus(random: () => number): Status {
  // random() is below 1, so the index is below the length.
  return STATUSES[Math.floor(random() * STATUSES.length)]!;
}

async function storeWithProgress(topics: number): Promise<StoreUnderTest> {
  const topicIds = syntheticTopicIds(topics);
  const memento = new CountingMemento();
  const store = new ProgressStore(memento);
  const random = seededRandom(1);
  const yearMs = 365 * 24 * 3_600_000;
  const yearAgo = Date.now() - yearMs;
  const entries = topicIds.map((id) => [id, { status: randomStatus(random), changedAt: Math.floor(yearAgo + random() * yearMs) }] as const);
  await store.merge(ROADMAP_ID, new Map(entries));
  await store.flush();
  return { topicIds, store, memento, stateBytes: memento.sizeInBytes(), bytesPerChange: [] };
}

/** Sets a topic near the end of the roadmap (a different one each run) to a status it does not have. */
async function changeOneTopic(subject: StoreUnderTest, run: number, timed: boolean): Promise<number> {
  const { store, memento, topicIds } = subject;
  const topicId = topicIds.at(-1 - run);
  if (topicId === undefined) throw new Error(`run ${run}: the roadmap has only ${topicIds.length} topics`);
  const status: Status = store.get(ROADMAP_ID, topicId)?.status === 'done' ? 'in-progress' : 'done';
  const bytesBefore = memento.bytesWritten;
  const ms = await millisecondsOf(async () => {
    const changed = await store.setStatus(ROADMAP_ID, [topicId], status);
    if (changed.length !== 1) throw new Error(`setStatus changed ${changed.length} topics, expected 1`);
  });
  await store.flush();
  if (timed) subject.bytesPerChange.push(memento.bytesWritten - bytesBefore);
  return ms;
}

export async function benchProgressSaving(sizes: readonly number[], repetitions: Repetitions): Promise<SavingFigures[]> {
  const subjects: StoreUnderTest[] = [];
  for (const topics of sizes) subjects.push(await storeWithProgress(topics));
  const samples = await measureRuns(repetitions, async (run) => {
    const timings: Record<string, number> = {};
    for (const subject of subjects) timings[subject.topicIds.length] = await changeOneTopic(subject, run, run >= repetitions.warmups);
    return timings;
  });
  const sampleOf = (topics: number | undefined): Sample => {
    const sample = topics === undefined ? undefined : samples[topics];
    if (!sample) throw new Error(`no sample for ${topics} topics`);
    return sample;
  };
  const referenceTopics = sizes[0] ?? 0;
  const reference = sampleOf(sizes[0]);
  const figures = subjects.map((subject): SavingFigures => ({
    topics: subject.topicIds.length,
    setStatusMs: sampleOf(subject.topicIds.length).median,
    overReference: medianRatio(sampleOf(subject.topicIds.length), reference),
    bytesPerChange: median(subject.bytesPerChange),
    stateBytes: subject.stateBytes,
  }));
  subjects.forEach((subject) => subject.store.dispose());
  printTable(
    `Saving progress: ProgressStore.setStatus of one topic (medians of ${repetitions.runs} runs after ${repetitions.warmups} warm-up), against ${formatCount(referenceTopics)} topics (median of the per-run ratios)`,
    ['topics with progress', 'setStatus', `÷ ${formatCount(referenceTopics)} topics`, 'bytes written by the change', 'saved state, total'],
    figures.map((figure) => [
      formatCount(figure.topics),
      formatMs(figure.setStatusMs),
      formatRatio(figure.overReference),
      formatBytes(figure.bytesPerChange),
      formatBytes(figure.stateBytes),
    ]),
  );
  return figures;
}

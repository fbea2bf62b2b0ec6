// What one status change costs as saved progress grows (issue 12): `npx tsx scripts/measureProgressStore.ts`.
//
// For roadmaps of 1,000, 10,000 and 100,000 topics, every topic with progress (mixed statuses at random
// times of one year, the least compressible case), it prints:
// - the median time of 7 `ProgressStore.setStatus` calls of one topic each (after 3 warm-up calls), each
//   awaited until saved, on an in-memory Memento, the store alone (as the bench drives it); then the same
//   with roaming on, a change and the sync pass it starts, until the synced copy is saved;
// - the bytes those calls write (JSON of every value passed to `update`), per call, in the workspace copy
//   and in the synced copy (one sync pass after each change);
// - the total bytes of the saved state, workspace and synced, keys included;
// and the ratio of the 100,000-topic median to the 1,000-topic one. Each size runs in its own process.
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { STATUSES, type ProgressEntry } from '../src/model/status';
import { InMemoryMemento } from '../src/store/memento';
import { ProgressStore } from '../src/store/progressStore';
import { SyncedProgressStore } from '../src/store/syncedProgressStore';
import { ProgressSync } from '../src/sync/progressSync';
import { seededRandom } from '../test/unit/helpers';

const ROADMAP = 'backend';
const RUNS = 7;
const WARM_UP = 3;

/** Counts the bytes of every value written through `update`. */
class CountingMemento extends InMemoryMemento {
  written = 0;
  override update(key: string, value: unknown): Thenable<void> {
    this.written += key.length + (value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value)));
    return super.update(key, value);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error('median of no values');
  return middle;
}

async function measure(topics: number) {
  const workspace = new CountingMemento();
  const global = new CountingMemento();
  const store = new ProgressStore(workspace);
  const next = seededRandom(topics);
  const yearAgo = Date.now() - 365 * 24 * 3_600_000;
  const progress = new Map<string, ProgressEntry>();
  for (let index = 0; index < topics; index++) {
    progress.set(`topic-${index.toString(36)}-${(index * 7919).toString(36)}`, {
      status: STATUSES[Math.floor(next() * STATUSES.length)]!, // next() is below 1
      changedAt: Math.floor(yearAgo + next() * 365 * 24 * 3_600_000),
    });
  }
  await store.merge(ROADMAP, progress);
  await store.flush();
  // The setup's garbage (the whole state just written) is collected before timing, for every size alike.
  (globalThis as { gc?: () => void }).gc?.();
  const ids = [...progress.keys()];
  const toggle = (): Promise<string[]> => {
    const topicId = ids[Math.floor(next() * ids.length)];
    if (topicId === undefined) throw new Error('no topics to change');
    return store.setStatus(ROADMAP, [topicId], store.get(ROADMAP, topicId)?.status === 'done' ? 'todo' : 'done');
  };

  // The store alone, as the bench drives it.
  const times: number[] = [];
  const workspaceBytes: number[] = [];
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    workspace.written = 0;
    const start = performance.now();
    await toggle();
    const ms = performance.now() - start;
    if (run < WARM_UP) continue;
    times.push(ms);
    workspaceBytes.push(workspace.written);
  }

  // With roaming on: what the sync pass each change starts writes to the synced copy.
  const synced = new SyncedProgressStore(global);
  const sync = new ProgressSync({ store, synced, enabled: () => true, loadedRoadmapIds: () => [ROADMAP] });
  await sync.sync();
  await synced.flush();
  const syncedBytes: number[] = [];
  const passTimes: number[] = [];
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    global.written = 0;
    const start = performance.now();
    await toggle();
    await sync.sync();
    await synced.flush();
    const ms = performance.now() - start;
    if (run < WARM_UP) continue;
    passTimes.push(ms);
    syncedBytes.push(global.written);
  }
  sync.dispose();
  return {
    topics,
    setStatusMs: median(times),
    withSyncMs: median(passTimes),
    workspaceBytesPerChange: median(workspaceBytes),
    syncedBytesPerChange: median(syncedBytes),
    workspaceTotal: workspace.sizeInBytes(),
    syncedTotal: global.sizeInBytes(),
  };
}

type Row = Awaited<ReturnType<typeof measure>>;

/** One size per process, each after the same warm-up, so no size inherits another's heap (and its GC). */
function measureInChildProcess(topics: number): Row {
  const output = execFileSync(process.execPath, ['--expose-gc', ...process.execArgv, __filename, String(topics)], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(output.trim().split('\n').pop()!) as Row;
}

async function main(): Promise<void> {
  const size = Number(process.argv[2]);
  if (Number.isInteger(size) && size > 0) {
    await measure(1_000); // warm-up of the whole path (JIT), not reported
    console.log(JSON.stringify(await measure(size)));
    return;
  }
  const rows = [1_000, 10_000, 100_000].map(measureInChildProcess);
  for (const row of rows) {
    console.log(
      `${row.topics.toLocaleString('en').padStart(7)} topics | setStatus median of ${RUNS}: ${row.setStatusMs.toFixed(3)} ms ` +
        `(with the sync pass: ${row.withSyncMs.toFixed(1)} ms) | ` +
        `bytes per change: workspace ${row.workspaceBytesPerChange.toLocaleString('en')}, synced ${row.syncedBytesPerChange.toLocaleString('en')} | ` +
        `state: workspace ${row.workspaceTotal.toLocaleString('en')} B, synced ${row.syncedTotal.toLocaleString('en')} B`,
    );
  }
  const small = rows[0];
  const large = rows.at(-1);
  if (!small || !large) return;
  console.log(
    `ratio 100,000 / 1,000 topics: setStatus ${(large.setStatusMs / small.setStatusMs).toFixed(1)}x, workspace bytes per change ${(large.workspaceBytesPerChange / small.workspaceBytesPerChange).toFixed(1)}x`,
  );
}

main().catch((failure) => {
  console.error(failure);
  process.exit(1);
});

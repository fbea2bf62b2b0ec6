// Saved state stays compact: VS Code warns when an extension's state (per scope, as JSON) passes 512 KB.
// Measured for 1,000 and 10,000 topics with progress, in the workspace copy and the synced copy.
import { strict as assert } from 'node:assert';
import { STATUSES, type ProgressEntry } from '../../../src/model/status';
import { InMemoryMemento } from '../../../src/store/memento';
import { ProgressStore } from '../../../src/store/progressStore';
import { SyncedProgressStore } from '../../../src/store/syncedProgressStore';
import { ProgressSync } from '../../../src/sync/progressSync';
import { seededRandom } from '../helpers';

const VS_CODE_WARNING_BYTES = 512 * 1024;
const WORDS = [
  'http',
  'caching',
  'authentication',
  'authorization',
  'database',
  'indexing',
  'sharding',
  'replication',
  'message',
  'queues',
  'rest',
  'graphql',
  'grpc',
  'testing',
  'security',
  'oauth',
  'containers',
  'kubernetes',
  'observability',
  'logging',
  'metrics',
  'tracing',
  'load',
  'balancing',
  'rate',
  'limiting',
];

/**
 * Ids shaped like real ones ("rate-limiting-2s"): two words and a counter, 19 characters on average,
 * a little longer than the 18.4 of the 641 ids in the first five bundled roadmaps.
 */
function topicId(index: number): string {
  return `${WORDS[index % WORDS.length]}-${WORDS[(index * 7 + 3) % WORDS.length]}-${index.toString(36)}`;
}

async function measure(topics: number): Promise<{ workspace: number; synced: number; averageIdLength: number }> {
  const workspaceState = new InMemoryMemento();
  const globalState = new InMemoryMemento();
  const store = new ProgressStore(workspaceState);
  const synced = new SyncedProgressStore(globalState);
  const sync = new ProgressSync({ store, synced, enabled: () => true, loadedRoadmapIds: () => ['backend'] });
  // A year of clicking: every topic changed at a random millisecond of the year, to a random status
  // (random times are the worst case for compression; real ones cluster in study sessions).
  const next = seededRandom(topics);
  const start = Date.UTC(2025, 0, 1);
  const year = 365 * 24 * 3_600_000;
  const progress = new Map<string, ProgressEntry>();
  let idLength = 0;
  for (let index = 0; index < topics; index++) {
    const id = topicId(index);
    idLength += id.length;
    progress.set(id, { status: STATUSES[Math.floor(next() * STATUSES.length)]!, changedAt: start + Math.floor(next() * year) });
  }
  await store.merge('backend', progress);
  await sync.sync();
  await store.flush();
  await synced.flush();
  sync.dispose();
  return { workspace: workspaceState.sizeInBytes(), synced: globalState.sizeInBytes(), averageIdLength: idLength / topics };
}

describe('saved state size', () => {
  for (const [topics, budget] of [
    [1_000, 16 * 1024],
    [10_000, 128 * 1024],
  ] as const) {
    it(`${topics.toLocaleString('en')} topics with progress stay under ${budget / 1024} KB per copy`, async () => {
      const { workspace, synced, averageIdLength } = await measure(topics);
      console.log(
        `      ids ~${averageIdLength.toFixed(1)} chars: workspace ${(workspace / 1024).toFixed(1)} KB, synced ${(synced / 1024).toFixed(1)} KB`,
      );
      assert.ok(workspace < budget, `workspace copy is ${workspace} bytes`);
      assert.ok(synced < budget, `synced copy is ${synced} bytes`);
      assert.ok(workspace < VS_CODE_WARNING_BYTES && synced < VS_CODE_WARNING_BYTES);
    });
  }
});

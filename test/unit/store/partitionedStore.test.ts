// Saved progress in parts (issue 12): one change writes a bounded number of bytes whatever the size of the
// progress, in the workspace copy and in the synced copy; splits, interrupted splits and migration keep
// every entry; writes follow the intended state in order (issue 11, item 2); failures are reported, and
// an original is never replaced before its copy aside is confirmed (issue 11, item 3).
import { strict as assert } from 'node:assert';
import { STATUSES, type ProgressEntry } from '../../../src/model/status';
import { InMemoryMemento } from '../../../src/store/memento';
import { encodePart, encodeProgress } from '../../../src/store/progressCodec';
import { BACKUP_KEY_PREFIX, PART_LIMITS, partKey, progressKey, ProgressStore, type SaveFailure } from '../../../src/store/progressStore';
import { SyncedProgressStore } from '../../../src/store/syncedProgressStore';
import { ProgressSync } from '../../../src/sync/progressSync';
import { plain } from '../arbitraries';
import { seededRandom } from '../helpers';

/** Counts what is written through `update`: JSON bytes of keys and values, and the number of writes. */
class CountingMemento extends InMemoryMemento {
  bytes = 0;
  writes = 0;
  override update(key: string, value: unknown): Thenable<void> {
    this.writes++;
    this.bytes += key.length + (value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value)));
    return super.update(key, value);
  }
}

/** A year of random statuses at random times: the least compressible progress. */
function randomProgress(topics: number, seed: number): Map<string, ProgressEntry> {
  const next = seededRandom(seed);
  const progress = new Map<string, ProgressEntry>();
  for (let index = 0; index < topics; index++) {
    progress.set(`topic-${index.toString(36)}-${(index * 7_919).toString(36)}`, {
      status: STATUSES[Math.floor(next() * STATUSES.length)]!,
      changedAt: 1_700_000_000_000 + Math.floor(next() * 365 * 24 * 3_600_000),
    });
  }
  return progress;
}

/** The most one change may write: one full part, its key and its seal (measured: about 25 KB). */
const BYTES_PER_CHANGE_BOUND = 40 * 1024;

async function maxBytesPerChange(topics: number): Promise<{ workspace: number; synced: number }> {
  const workspaceState = new CountingMemento();
  const globalState = new CountingMemento();
  const store = new ProgressStore(workspaceState);
  const progress = randomProgress(topics, topics);
  await store.merge('big', progress);
  const synced = new SyncedProgressStore(globalState);
  const sync = new ProgressSync({ store, synced, enabled: () => true, loadedRoadmapIds: () => ['big'] });
  await sync.sync();
  await Promise.all([store.flush(), synced.flush()]);
  const ids = [...progress.keys()];
  const next = seededRandom(1);
  let workspace = 0;
  let syncedBytes = 0;
  for (let change = 0; change < 5; change++) {
    workspaceState.bytes = 0;
    globalState.bytes = 0;
    const topicId = ids[Math.floor(next() * ids.length)];
    assert.ok(topicId);
    await store.setStatus('big', [topicId], store.get('big', topicId)?.status === 'done' ? 'todo' : 'done');
    await sync.sync();
    await Promise.all([store.flush(), synced.flush()]);
    workspace = Math.max(workspace, workspaceState.bytes);
    syncedBytes = Math.max(syncedBytes, globalState.bytes);
  }
  sync.dispose();
  return { workspace, synced: syncedBytes };
}

describe('saved progress in parts', function () {
  this.timeout(120_000);

  it('one change writes a bounded number of bytes, at 1,000 and at 40,000 topics, in both copies', async () => {
    const small = await maxBytesPerChange(1_000);
    const large = await maxBytesPerChange(40_000);
    console.log(`      bytes per change: 1,000 topics ${JSON.stringify(small)}, 40,000 topics ${JSON.stringify(large)}`);
    for (const measured of [small, large]) {
      assert.ok(measured.workspace > 0 && measured.workspace <= BYTES_PER_CHANGE_BOUND, `workspace: ${measured.workspace} bytes`);
      assert.ok(measured.synced > 0 && measured.synced <= BYTES_PER_CHANGE_BOUND, `synced: ${measured.synced} bytes`);
    }
  });

  it('splits a part that grows past the limit, and a reload reads every part', async () => {
    const memento = new InMemoryMemento();
    const store = new ProgressStore(memento);
    const progress = randomProgress(PART_LIMITS.maxEntries * 3, 3);
    await store.merge('r', progress);
    await store.flush();
    const parts = memento.keys().filter((key) => key.startsWith(partKey('r', '')));
    assert.ok(parts.length >= 3, `${parts.length} parts`);
    assert.ok(!parts.includes(partKey('r', '')), 'the part that split is removed');
    assert.deepEqual(plain(new ProgressStore(memento).progressOf('r')), plain(progress));
  });

  it('reads an interrupted split (the parent still beside one child), then finishes it', async () => {
    const memento = new InMemoryMemento();
    const parent = new Map([
      ['a', { status: 'done' as const, changedAt: 10 }],
      ['b', { status: 'skipped' as const, changedAt: 10 }],
    ]);
    // The child written before the interruption holds a later entry of "a".
    await memento.update(partKey('r', ''), encodePart(parent));
    await memento.update(partKey('r', '0'), encodePart(new Map([['a', { status: 'todo' as const, changedAt: 20 }]])));
    const store = new ProgressStore(memento);
    assert.equal(store.get('r', 'a')?.status, 'todo', 'the later entry wins');
    assert.equal(store.get('r', 'b')?.status, 'skipped');
    await store.flush();
    assert.equal(memento.get(partKey('r', '')), undefined, 'the parent is removed once its entries are in the parts below it');
    assert.deepEqual(plain(new ProgressStore(memento).progressOf('r')), {
      a: { status: 'todo', changedAt: 20 },
      b: { status: 'skipped', changedAt: 10 },
    });
  });

  it('migrates a large value of version 2 into parts, keeping every entry', async () => {
    const memento = new InMemoryMemento();
    const progress = randomProgress(5_000, 5);
    await memento.update(progressKey('r'), encodeProgress(progress));
    const store = new ProgressStore(memento);
    assert.deepEqual(plain(store.progressOf('r')), plain(progress));
    await store.flush();
    assert.equal(memento.get(progressKey('r')), undefined);
    assert.deepEqual(plain(new ProgressStore(memento).progressOf('r')), plain(progress));
    assert.deepEqual(store.roadmapIds(), ['r']);
  });

  it('keeps a corrupt part aside and the other parts in use', async () => {
    const memento = new InMemoryMemento();
    const progress = randomProgress(PART_LIMITS.maxEntries * 3, 7);
    await new ProgressStore(memento).merge('r', progress);
    const [damagedKey] = memento.keys().filter((key) => key.startsWith(partKey('r', '')));
    assert.ok(damagedKey, 'the progress was split into parts');
    const damaged = { ...(memento.get(damagedKey) as object), n: 1 };
    await memento.update(damagedKey, damaged);
    const store = new ProgressStore(memento);
    const setAside: string[] = [];
    store.onDidSetAside(({ backupKey }) => setAside.push(backupKey));
    const kept = store.progressOf('r').size;
    assert.equal(setAside.length, 1);
    assert.ok(kept > 0 && kept < progress.size, `${kept} of ${progress.size} entries kept`);
    await store.flush();
    assert.deepEqual(memento.get(setAside[0]!), damaged);
  });

  it('a status command acts on the intended state: 300 toggles fired together on a done topic end done, saved', async () => {
    const memento = new CountingMemento();
    const store = new ProgressStore(memento);
    await store.setStatus('r', ['a'], 'done');
    await store.flush();
    memento.writes = 0;
    const toggles: Promise<string[]>[] = [];
    for (let toggle = 0; toggle < 300; toggle++)
      toggles.push(store.setStatus('r', ['a'], store.get('r', 'a')?.status === 'done' ? 'todo' : 'done'));
    const changed = await Promise.all(toggles);
    assert.ok(
      changed.every((ids) => ids.length === 1),
      'each toggle applied against the one before',
    );
    assert.equal(store.get('r', 'a')?.status, 'done');
    assert.equal(new ProgressStore(memento).get('r', 'a')?.status, 'done', 'saved');
    assert.ok(memento.writes <= 2, `changes made while a write is queued join it (${memento.writes} writes)`);
  });

  it('announces a change at once, before its write lands', async () => {
    let release!: () => void;
    const memento = new InMemoryMemento();
    const update = memento.update.bind(memento);
    memento.update = (key, value) => new Promise<void>((resolve) => (release = () => resolve(update(key, value) as Promise<void>)));
    const store = new ProgressStore(memento);
    const seen: string[] = [];
    store.onDidChange(({ topicIds }) => seen.push(...topicIds));
    const saved = store.setStatus('r', ['a'], 'done');
    assert.deepEqual(seen, ['a']);
    assert.equal(store.get('r', 'a')?.status, 'done');
    await new Promise((resolve) => setImmediate(resolve));
    release();
    await saved;
  });
});

describe('saved progress: failures', () => {
  it('never overwrites an original whose copy aside failed, and says so', async () => {
    const memento = new InMemoryMemento();
    await memento.update(progressKey('r'), 'damaged original');
    const update = memento.update.bind(memento);
    memento.update = (key, value) => (key.startsWith(BACKUP_KEY_PREFIX) ? Promise.reject(new Error('disk full')) : update(key, value));
    const store = new ProgressStore(memento);
    const failures: SaveFailure[] = [];
    store.onDidFailToSave((failure) => failures.push(failure));
    await store.setStatus('r', ['a'], 'done');
    await store.setStatus('r', ['b'], 'done');
    await store.flush();
    assert.equal(memento.get(progressKey('r')), 'damaged original', 'the original stays');
    assert.ok(
      failures.some(({ error }) => /disk full/.test(String(error))),
      'the failed copy is reported',
    );
    assert.equal(new ProgressStore(memento).get('r', 'a')?.status, 'done', 'new changes are saved beside it');
  });

  it('never overwrites a part whose copy aside failed, and reports each refused write', async () => {
    const memento = new InMemoryMemento();
    await memento.update(partKey('r', ''), { v: 3, n: 1, c: '00000000', t: 'x' });
    const update = memento.update.bind(memento);
    memento.update = (key, value) => (key.startsWith(BACKUP_KEY_PREFIX) ? Promise.reject(new Error('disk full')) : update(key, value));
    const store = new ProgressStore(memento);
    const failures: SaveFailure[] = [];
    store.onDidFailToSave((failure) => failures.push(failure));
    await assert.rejects(store.setStatus('r', ['a'], 'done'), /not replaced/);
    assert.deepEqual(memento.get(partKey('r', '')), { v: 3, n: 1, c: '00000000', t: 'x' });
    assert.ok(failures.length >= 2, 'the copy and the refused write are both reported');
    assert.equal(store.get('r', 'a')?.status, 'done', 'the change stays in this window');
  });

  it('reports a failed migration write and keeps the earlier value', async () => {
    const memento = new InMemoryMemento();
    await memento.update(progressKey('r'), { v: 1, t: { a: 'd1' } });
    memento.update = () => Promise.reject(new Error('storage closed'));
    const store = new ProgressStore(memento);
    const failures: SaveFailure[] = [];
    store.onDidFailToSave((failure) => failures.push(failure));
    assert.equal(store.get('r', 'a')?.status, 'done');
    await store.flush();
    assert.equal(failures.length, 1);
    assert.match(String(failures[0]!.error), /storage closed/);
    assert.deepEqual(memento.get(progressKey('r')), { v: 1, t: { a: 'd1' } });
  });
});

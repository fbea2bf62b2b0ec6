import { strict as assert } from 'node:assert';
import { encodeSyncedPart } from '../../../src/store/syncedProgressCodec';
import { SYNCED_BACKUP_KEY_PREFIX, SYNCED_KEYS, SYNCED_PROGRESS_KEY, syncedPartKey } from '../../../src/store/syncedProgressStore';
import { plain } from '../arbitraries';
import { FOLLOWED_ROADMAPS_KEY } from '../../../src/contracts/stateKeys';
import { FakeSyncServer } from './fakeSettingsSync';
import { Machine, settleAll } from './machine';

function clockFrom(start: number): () => number {
  let now = start;
  return () => now++;
}

describe('ProgressSync between machines', () => {
  it('registers every synced key in one fixed list: the key of earlier versions, every part, the followed roadmaps', () => {
    assert.equal(SYNCED_KEYS[0], SYNCED_PROGRESS_KEY);
    assert.equal(new Set(SYNCED_KEYS).size, SYNCED_KEYS.length);
    assert.ok(SYNCED_KEYS.includes(syncedPartKey('')) && SYNCED_KEYS.includes(syncedPartKey('1111111')));
    assert.ok(SYNCED_KEYS.includes(FOLLOWED_ROADMAPS_KEY));
    assert.equal(SYNCED_KEYS.length, 1 + 255 + 1);
  });

  it('carries a change from one machine to another', async () => {
    const server = new FakeSyncServer();
    const laptop = new Machine({ clock: clockFrom(1_000), loadedRoadmapIds: ['r'] });
    const desktop = new Machine({ clock: clockFrom(5_000), loadedRoadmapIds: ['r'] });
    await laptop.store.setStatus('r', ['http'], 'done');
    await laptop.settle();
    assert.ok(
      laptop.syncedProgress().kind === 'ok' && Object.keys(laptop.syncedState()).length > 0,
      'published to the synced copy at once',
    );
    laptop.settingsSyncWith(server);
    desktop.settingsSyncWith(server);
    assert.equal(desktop.store.get('r', 'http'), undefined, 'nothing merges before activation or focus');
    await desktop.focus();
    assert.equal(desktop.store.get('r', 'http')?.status, 'done');
  });

  it('keeps changes made on two machines between the same two syncs, even when one overwrote the other', async () => {
    const server = new FakeSyncServer();
    const laptop = new Machine({ clock: clockFrom(1_000), loadedRoadmapIds: ['r'] });
    const desktop = new Machine({ clock: clockFrom(1_000), loadedRoadmapIds: ['r'] });
    laptop.settingsSyncWith(server);
    desktop.settingsSyncWith(server);
    await laptop.store.setStatus('r', ['http'], 'done');
    await desktop.store.setStatus('r', ['sql'], 'in-progress');
    await Promise.all([laptop.settle(), desktop.settle()]);
    laptop.settingsSyncWith(server);
    desktop.settingsSyncWith(server); // the remote value wins: desktop's synced copy loses its change…
    assert.equal(server.overwrites, 1);
    assert.equal(desktop.store.get('r', 'sql')?.status, 'in-progress', '…which the workspace copy still holds');
    await desktop.focus(); // …and the next pass puts back
    desktop.settingsSyncWith(server);
    laptop.settingsSyncWith(server);
    await laptop.focus();
    for (const machine of [laptop, desktop]) {
      assert.equal(machine.store.get('r', 'http')?.status, 'done');
      assert.equal(machine.store.get('r', 'sql')?.status, 'in-progress');
    }
  });

  it('lets the later change of one topic win on both machines, a reset to todo included', async () => {
    const server = new FakeSyncServer();
    const laptop = new Machine({ clock: () => 100, loadedRoadmapIds: ['r'] });
    const desktop = new Machine({ clock: () => 200, loadedRoadmapIds: ['r'] });
    await laptop.store.setStatus('r', ['http'], 'done');
    await desktop.store.setStatus('r', ['http'], 'done');
    await desktop.store.setStatus('r', ['http'], 'todo');
    await Promise.all([laptop.settle(), desktop.settle()]);
    await settleAll(server, [laptop, desktop]);
    assert.equal(laptop.store.get('r', 'http')?.status, 'todo');
    assert.equal(desktop.store.get('r', 'http')?.status, 'todo');
  });

  it('merges on activation (a window reload)', async () => {
    const server = new FakeSyncServer();
    const laptop = new Machine({ clock: clockFrom(1), loadedRoadmapIds: ['r'] });
    const desktop = new Machine({ clock: clockFrom(1), loadedRoadmapIds: ['r'] });
    await laptop.store.setStatus('r', ['http'], 'skipped');
    await laptop.settle();
    laptop.settingsSyncWith(server);
    desktop.settingsSyncWith(server);
    await desktop.reload();
    assert.equal(desktop.store.get('r', 'http')?.status, 'skipped');
  });

  it('keeps roadmaps this workspace does not follow in the synced copy only', async () => {
    const server = new FakeSyncServer();
    const one = new Machine({ clock: clockFrom(1), loadedRoadmapIds: ['mine', 'shared'] });
    const other = new Machine({ clock: clockFrom(1), loadedRoadmapIds: ['shared'] });
    await one.store.setStatus('mine', ['a'], 'done');
    await one.store.setStatus('shared', ['b'], 'done');
    await one.settle();
    one.settingsSyncWith(server);
    other.settingsSyncWith(server);
    await other.focus();
    await other.store.setStatus('shared', ['c'], 'done');
    await other.settle();
    assert.deepEqual(other.store.roadmapIds(), ['shared']);
    other.settingsSyncWith(server);
    one.settingsSyncWith(server);
    await one.focus();
    assert.equal(one.store.get('mine', 'a')?.status, 'done', 'passed through the other machine untouched');
    assert.equal(one.store.get('shared', 'c')?.status, 'done');
  });

  it('neither reads nor writes the synced copy when roaming is off', async () => {
    const server = new FakeSyncServer();
    let roaming = false;
    const laptop = new Machine({ clock: clockFrom(1), loadedRoadmapIds: ['r'], enabled: () => roaming });
    const desktop = new Machine({ clock: clockFrom(1), loadedRoadmapIds: ['r'] });
    await desktop.store.setStatus('r', ['a'], 'done');
    await desktop.settle();
    desktop.settingsSyncWith(server);
    await laptop.store.setStatus('r', ['b'], 'done');
    await laptop.settle();
    assert.equal(laptop.globalState.get(SYNCED_PROGRESS_KEY), undefined, 'nothing written');
    laptop.settingsSyncWith(server);
    assert.deepEqual((await laptop.focus()) as { skipped?: string }, { merged: new Map(), published: false, skipped: 'disabled' });
    assert.equal(laptop.store.get('r', 'a'), undefined, 'nothing merged');
    roaming = true;
    await laptop.focus();
    assert.equal(laptop.store.get('r', 'a')?.status, 'done');
  });

  it('leaves a synced value from a newer version untouched and does not roam until updated', async () => {
    const machine = new Machine({ clock: clockFrom(1), loadedRoadmapIds: ['r'] });
    const newer = { v: 3, whatever: ['future'] };
    await machine.globalState.update(SYNCED_PROGRESS_KEY, newer);
    const told: number[] = [];
    machine.synced.onDidFindNewer(({ version }) => told.push(version));
    await machine.store.setStatus('r', ['a'], 'done');
    await machine.settle();
    await machine.focus();
    assert.deepEqual(machine.globalState.get(SYNCED_PROGRESS_KEY), newer);
    assert.deepEqual(told, [3], 'told once');
    assert.equal(machine.store.get('r', 'a')?.status, 'done', 'the workspace copy is unaffected');
  });

  it('keeps a corrupt synced value aside on this machine, then rewrites the synced key', async () => {
    const machine = new Machine({ clock: () => 7, loadedRoadmapIds: ['r'] });
    await machine.store.setStatus('r', ['a'], 'done');
    await machine.settle();
    const key = syncedPartKey('');
    const corrupt = { ...(machine.globalState.get(key) as object), t: 'r:not packed' };
    await machine.globalState.update(key, corrupt);
    const setAside: string[] = [];
    machine.synced.onDidSetAside(({ backupKey }) => setAside.push(backupKey));
    await machine.focus();
    await machine.settle();
    assert.equal(setAside.length, 1);
    assert.ok(setAside[0]!.startsWith(SYNCED_BACKUP_KEY_PREFIX));
    assert.deepEqual(machine.globalState.get(setAside[0]!), corrupt, 'raw value kept');
    assert.deepEqual(
      machine.globalState.get(key),
      encodeSyncedPart(new Map([['r', new Map([['a', machine.store.get('r', 'a')!]])]])),
      'replaced with a valid copy',
    );
    assert.ok(!SYNCED_KEYS.includes(setAside[0]!), 'the backup does not travel');
    await machine.focus();
    assert.equal(setAside.length, 1, 'kept aside once');
  });

  it('keeps a corrupt value of the earlier single key aside, then removes the key', async () => {
    const machine = new Machine({ clock: () => 7, loadedRoadmapIds: ['r'] });
    await machine.settle();
    await machine.globalState.update(SYNCED_PROGRESS_KEY, { v: 2, r: { r: 'not packed' } });
    const setAside: string[] = [];
    machine.synced.onDidSetAside(({ backupKey }) => setAside.push(backupKey));
    await machine.focus();
    await machine.settle();
    assert.equal(setAside.length, 1);
    assert.deepEqual(machine.globalState.get(setAside[0]!), { v: 2, r: { r: 'not packed' } }, 'raw value kept');
    assert.equal(machine.globalState.get(SYNCED_PROGRESS_KEY), undefined);
  });

  it('migrates the earlier single key into parts, keeping every entry', async () => {
    const machine = new Machine({ clock: () => 7, loadedRoadmapIds: ['r'] });
    await machine.settle();
    await machine.globalState.update(SYNCED_PROGRESS_KEY, { v: 2, r: { r: 'aD3,bS1', other: 'cP9' } });
    await machine.focus();
    await machine.settle();
    assert.equal(machine.globalState.get(SYNCED_PROGRESS_KEY), undefined, 'the earlier key is removed once its content is in the parts');
    const synced = machine.syncedProgress();
    assert.deepEqual(synced.kind === 'ok' ? plain(synced.progress) : synced, {
      other: { c: { status: 'in-progress', changedAt: 9 } },
      r: { a: { status: 'done', changedAt: 3 }, b: { status: 'skipped', changedAt: 4 } },
    });
    assert.equal(machine.store.get('r', 'b')?.status, 'skipped', 'merged into the workspace copy it follows');
  });

  it('never replaces a corrupt synced value it could not keep aside', async () => {
    const failures: unknown[] = [];
    const machine = new Machine({ clock: () => 7, loadedRoadmapIds: ['r'], onError: (failure) => failures.push(failure) });
    await machine.settle();
    const corrupt = { v: 2, r: { r: 'not packed' } };
    await machine.globalState.update(SYNCED_PROGRESS_KEY, corrupt);
    const update = machine.globalState.update.bind(machine.globalState);
    machine.globalState.update = (key: string, value: unknown) =>
      key.startsWith(SYNCED_BACKUP_KEY_PREFIX) ? Promise.reject(new Error('disk full')) : update(key, value);
    await machine.store.setStatus('r', ['a'], 'done');
    await assert.rejects(machine.focus(), /not replaced/);
    assert.deepEqual(machine.globalState.get(SYNCED_PROGRESS_KEY), corrupt);
    assert.ok(failures.length > 0, 'the pass started by the click reports its failure too');
  });

  it('runs one pass at a time and folds requests made meanwhile into one more pass', async () => {
    const machine = new Machine({ clock: clockFrom(1), loadedRoadmapIds: ['r'] });
    await machine.settle();
    let reads = 0;
    const read = machine.synced.read.bind(machine.synced);
    machine.synced.read = () => {
      reads++;
      return read();
    };
    const first = machine.sync.sync();
    const queued = [machine.sync.sync(), machine.sync.sync(), machine.sync.sync()];
    assert.equal(queued[0], queued[2], 'one queued pass for all of them');
    await Promise.all([first, ...queued]);
    assert.equal(reads, 2);
  });

  it('publishes a change made while a pass is merging', async () => {
    const server = new FakeSyncServer();
    const other = new Machine({ clock: clockFrom(1), loadedRoadmapIds: ['r'] });
    await other.store.setStatus('r', ['a'], 'done');
    await other.settle();
    other.settingsSyncWith(server);
    const machine = new Machine({ clock: clockFrom(100), loadedRoadmapIds: ['r'] });
    await machine.settle();
    machine.settingsSyncWith(server);
    const pass = machine.focus(); // merges "a" from the other machine…
    const click = machine.store.setStatus('r', ['b'], 'skipped'); // …while this click happens
    await Promise.all([pass, click]);
    await machine.settle();
    machine.settingsSyncWith(server);
    other.settingsSyncWith(server);
    await other.focus();
    assert.equal(other.store.get('r', 'b')?.status, 'skipped');
  });

  it("a machine whose clock is a year ahead does not make another machine's changes of other topics beat later ones", async () => {
    const server = new FakeSyncServer();
    let now = 1_763_700_000_000;
    const ahead = new Machine({ clock: () => now + 365 * 24 * 3_600_000, loadedRoadmapIds: ['r'] });
    const laptop = new Machine({ clock: () => now, loadedRoadmapIds: ['r'] });
    const desktop = new Machine({ clock: () => now, loadedRoadmapIds: ['r'] });
    await ahead.store.setStatus('r', ['far'], 'done');
    await settleAll(server, [ahead, laptop, desktop]);
    assert.equal(laptop.store.get('r', 'far')?.status, 'done', 'the far-ahead change arrived');
    await laptop.store.setStatus('r', ['sql'], 'done'); // after seeing the far-ahead change…
    now += 3_600_000;
    await desktop.store.setStatus('r', ['sql'], 'skipped'); // …and an hour later, before syncing, elsewhere
    await settleAll(server, [ahead, laptop, desktop]);
    for (const machine of [ahead, laptop, desktop]) assert.equal(machine.store.get('r', 'sql')?.status, 'skipped', 'the later change wins');
    await laptop.store.setStatus('r', ['far'], 'todo'); // a change of the far-ahead topic itself still wins
    await settleAll(server, [ahead, laptop, desktop]);
    for (const machine of [ahead, laptop, desktop]) assert.equal(machine.store.get('r', 'far')?.status, 'todo');
  });

  it('never replaces a corrupt synced part it could not keep aside', async () => {
    const failures: unknown[] = [];
    const machine = new Machine({ clock: () => 7, loadedRoadmapIds: ['r'], onError: (failure) => failures.push(failure) });
    await machine.store.setStatus('r', ['a'], 'done');
    await machine.settle();
    const key = syncedPartKey('');
    const corrupt = { ...(machine.globalState.get(key) as object), n: 0 };
    await machine.globalState.update(key, corrupt);
    const update = machine.globalState.update.bind(machine.globalState);
    machine.globalState.update = (updated: string, value: unknown) =>
      updated.startsWith(SYNCED_BACKUP_KEY_PREFIX) ? Promise.reject(new Error('disk full')) : update(updated, value);
    await machine.store.setStatus('r', ['b'], 'done');
    await assert.rejects(machine.focus(), /not replaced/);
    assert.deepEqual(machine.globalState.get(key), corrupt);
    assert.ok(failures.length > 0);
  });

  it('publishes progress merged in by an import', async () => {
    const machine = new Machine({ clock: clockFrom(1), loadedRoadmapIds: ['r'] });
    await machine.store.merge('r', new Map([['a', { status: 'done' as const, changedAt: 3 }]]));
    await machine.settle();
    const synced = machine.syncedProgress();
    assert.deepEqual(synced.kind === 'ok' ? plain(synced.progress) : synced, { r: { a: { status: 'done', changedAt: 3 } } });
  });
});

import { strict as assert } from 'node:assert';
import { FOLLOWED_ROADMAPS_KEY } from '../../../src/contracts/stateKeys';
import { SYNCED_BACKUP_KEY_PREFIX, SYNCED_KEYS, SYNCED_PROGRESS_KEY } from '../../../src/store/syncedProgressStore';
import { FakeSyncServer } from './fakeSettingsSync';
import { Machine, settleAll } from './machine';

function clockFrom(start: number): () => number {
  let now = start;
  return () => now++;
}

describe('ProgressSync between machines', () => {
  it('registers exactly the synced keys: progress and the followed roadmaps', () => {
    assert.deepEqual(SYNCED_KEYS, [SYNCED_PROGRESS_KEY, FOLLOWED_ROADMAPS_KEY]);
  });

  it('carries a change from one machine to another', async () => {
    const server = new FakeSyncServer();
    const laptop = new Machine({ clock: clockFrom(1_000), loadedRoadmapIds: ['r'] });
    const desktop = new Machine({ clock: clockFrom(5_000), loadedRoadmapIds: ['r'] });
    await laptop.store.setStatus('r', ['http'], 'done');
    await laptop.settle();
    assert.ok(laptop.globalState.get(SYNCED_PROGRESS_KEY), 'published to the synced copy at once');
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
    await machine.settle();
    await machine.globalState.update(SYNCED_PROGRESS_KEY, { v: 2, r: { r: 'not packed' } });
    const setAside: string[] = [];
    machine.synced.onDidSetAside(({ backupKey }) => setAside.push(backupKey));
    await machine.focus();
    await machine.settle();
    assert.equal(setAside.length, 1);
    assert.ok(setAside[0].startsWith(SYNCED_BACKUP_KEY_PREFIX));
    assert.deepEqual(machine.globalState.get(setAside[0]), { v: 2, r: { r: 'not packed' } }, 'raw value kept');
    assert.deepEqual(machine.globalState.get(SYNCED_PROGRESS_KEY), { v: 2, r: {} }, 'replaced with a valid copy');
    assert.ok(!SYNCED_KEYS.includes(setAside[0]), 'the backup does not travel');
    await machine.focus();
    assert.equal(setAside.length, 1, 'kept aside once');
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

  it('publishes progress merged in by an import', async () => {
    const machine = new Machine({ clock: clockFrom(1), loadedRoadmapIds: ['r'] });
    await machine.store.merge('r', new Map([['a', { status: 'done' as const, changedAt: 3 }]]));
    await machine.settle();
    assert.deepEqual(machine.globalState.get(SYNCED_PROGRESS_KEY), { v: 2, r: { r: 'aD3' } });
  });
});

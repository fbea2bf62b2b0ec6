import { strict as assert } from 'node:assert';
import { statusFor } from '../../../src/model/progress';
import { InMemoryMemento } from '../../../src/store/memento';
import { decodeProgress, encodePart, encodeProgress } from '../../../src/store/progressCodec';
import { BACKUP_KEY_PREFIX, partKey, progressKey, ProgressStore, type SetAsideProgress } from '../../../src/store/progressStore';
import { roadmapFrom } from '../helpers';

describe('ProgressStore', () => {
  it('saves statuses and reads them back in a new store (a window reload)', async () => {
    const memento = new InMemoryMemento();
    const store = new ProgressStore(memento, () => 1_000);
    assert.deepEqual(await store.setStatus('r', ['a', 'b'], 'done'), ['a', 'b']);
    await store.setStatus('r', ['c'], 'in-progress');
    const reloaded = new ProgressStore(memento);
    assert.equal(reloaded.get('r', 'a')?.status, 'done');
    assert.equal(reloaded.get('r', 'c')?.status, 'in-progress');
    assert.equal(reloaded.get('r', 'c')?.changedAt, 1_001, 'timestamps strictly increase');
    assert.deepEqual(reloaded.roadmapIds(), ['r']);
  });

  it('fires one change with only the topics that changed', async () => {
    const store = new ProgressStore(new InMemoryMemento());
    const events: string[][] = [];
    store.onDidChange(({ topicIds }) => events.push([...topicIds]));
    await store.setStatus('r', ['a'], 'done');
    await store.setStatus('r', ['a', 'b'], 'done');
    await store.setStatus('r', ['a'], 'done');
    assert.deepEqual(events, [['a'], ['b']]);
  });

  it('records a reset as todo with a time, not as a deletion', async () => {
    const memento = new InMemoryMemento();
    const store = new ProgressStore(memento);
    await store.setStatus('r', ['a', 'b'], 'done');
    assert.deepEqual((await store.resetRoadmap('r')).sort(), ['a', 'b']);
    const reloaded = new ProgressStore(memento);
    assert.equal(reloaded.get('r', 'a')?.status, 'todo');
    assert.ok(reloaded.get('r', 'a')!.changedAt > 0);
  });

  for (const [name, value] of [
    ['not an object', 'garbage'],
    ['a wrong version', { v: 0, t: {} }],
    ['a bad entry', { v: 1, t: { a: 'x??' } }],
    ['a saved value from a newer version', { v: 7, t: { a: 'anything' } }],
  ] as const) {
    it(`keeps ${name} aside under a backup key and starts fresh`, async () => {
      const memento = new InMemoryMemento();
      await memento.update(progressKey('r'), value);
      await memento.update(progressKey('other'), encodeProgress(new Map([['x', { status: 'done', changedAt: 9 }]])));
      const store = new ProgressStore(memento);
      const setAside: SetAsideProgress[] = [];
      store.onDidSetAside((event) => setAside.push(event));
      assert.equal(store.get('r', 'a'), undefined);
      assert.equal(store.get('r', 'b'), undefined);
      assert.equal(setAside.length, 1, 'told once');
      assert.match(setAside[0]!.reason, name.includes('newer') ? /newer version/ : /not valid/);
      await store.setStatus('r', ['a'], 'done');
      await store.flush();
      assert.deepEqual(memento.get(setAside[0]!.backupKey), value, 'raw value kept intact');
      assert.ok(setAside[0]!.backupKey.startsWith(BACKUP_KEY_PREFIX));
      assert.equal(store.get('other', 'x')?.status, 'done', 'other roadmaps unaffected');
      assert.equal(new ProgressStore(memento).get('r', 'a')?.status, 'done');
    });
  }

  it('never overwrites an earlier backup', async () => {
    const memento = new InMemoryMemento();
    await memento.update(progressKey('r'), 'first');
    new ProgressStore(memento, () => 5).get('r', 'a');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await memento.update(progressKey('r'), 'second');
    const store = new ProgressStore(memento, () => 5);
    store.get('r', 'a');
    await store.flush();
    const backups = memento
      .keys()
      .filter((key) => key.startsWith(BACKUP_KEY_PREFIX))
      .map((key) => memento.get(key));
    assert.deepEqual(backups.sort(), ['first', 'second']);
  });
});

describe('ProgressStore merging and versions', () => {
  it('rewrites a version 1 value in the current parts when it first reads it, keeping every entry', async () => {
    const memento = new InMemoryMemento();
    await memento.update(progressKey('r'), { v: 1, t: { a: 'd1', b: 'ta' } });
    const store = new ProgressStore(memento);
    assert.equal(store.get('r', 'a')?.status, 'done');
    await store.flush();
    assert.equal(memento.get(progressKey('r')), undefined, 'the earlier value is removed once the parts are written');
    assert.deepEqual(
      memento.get(partKey('r', '')),
      encodePart(
        new Map([
          ['a', { status: 'done', changedAt: 1 }],
          ['b', { status: 'todo', changedAt: 10 }],
        ]),
      ),
    );
    assert.equal(memento.keys().filter((key) => key.startsWith(BACKUP_KEY_PREFIX)).length, 0, 'a migration is not a set-aside');
  });

  it('merges only entries that win and reports them as merged', async () => {
    const memento = new InMemoryMemento();
    const store = new ProgressStore(memento, () => 100);
    await store.setStatus('r', ['a', 'b'], 'done');
    const events: { topicIds: readonly string[]; origin: string }[] = [];
    store.onDidChange(({ topicIds, origin }) => events.push({ topicIds, origin }));
    const changed = await store.merge(
      'r',
      new Map([
        ['a', { status: 'todo' as const, changedAt: 50 }],
        ['b', { status: 'skipped' as const, changedAt: 500 }],
        ['c', { status: 'in-progress' as const, changedAt: 7 }],
      ]),
    );
    assert.deepEqual(changed.sort(), ['b', 'c']);
    assert.deepEqual(events, [{ topicIds: ['b', 'c'], origin: 'merge' }]);
    assert.equal(store.get('r', 'a')?.status, 'done', 'the older reset loses');
    assert.equal(new ProgressStore(memento).get('r', 'b')?.status, 'skipped', 'merged entries are saved');
    assert.deepEqual(await store.merge('r', new Map([['c', { status: 'in-progress' as const, changedAt: 7 }]])), [], 'idempotent');
  });

  it('stamps a change after every entry it has seen, even with a clock that is behind', async () => {
    const store = new ProgressStore(new InMemoryMemento(), () => 10);
    await store.merge('r', new Map([['a', { status: 'done' as const, changedAt: 5_000 }]]));
    await store.setStatus('r', ['a'], 'todo');
    assert.equal(store.get('r', 'a')?.status, 'todo');
    assert.ok(store.get('r', 'a')!.changedAt > 5_000, 'the reset made after seeing "done" wins over it everywhere');
  });

  it('resets a topic whose status comes from a former id (the reset outranks the old entry)', async () => {
    const renamed = roadmapFrom(`id: r\ntitle: R\nnodes:\n  - id: new\n    title: New\n    formerIds: [old]\n`);
    const store = new ProgressStore(new InMemoryMemento(), () => 50);
    await store.merge('r', new Map([['old', { status: 'done' as const, changedAt: 10 }]]));
    const topic = renamed.nodesById.get('new')!;
    assert.equal(statusFor(store.progressOf('r'), topic), 'done');
    assert.deepEqual(await store.setStatus('r', ['new'], 'todo'), ['new']);
    assert.equal(statusFor(store.progressOf('r'), topic), 'todo');
  });

  it('gives an export a time after every change seen and before every later change, whatever the clock says', async () => {
    const store = new ProgressStore(new InMemoryMemento(), () => 10);
    await store.merge('r', new Map([['a', { status: 'done' as const, changedAt: 9_000 }]]));
    const exportedAt = store.nextStamp();
    assert.ok(exportedAt > 9_000);
    await store.setStatus('r', ['a'], 'todo');
    assert.ok(store.get('r', 'a')!.changedAt > exportedAt);
  });

  it('lists roadmaps that only have merged progress', async () => {
    const store = new ProgressStore(new InMemoryMemento());
    await store.merge('s', new Map([['a', { status: 'done' as const, changedAt: 1 }]]));
    assert.deepEqual(store.roadmapIds(), ['s']);
    assert.deepEqual([...store.allProgress().keys()], ['s']);
  });
});

describe('progress codec', () => {
  it('round-trips every status with its time', () => {
    const progress = new Map([
      ['a', { status: 'done' as const, changedAt: 1_763_700_000_123 }],
      ['b', { status: 'in-progress' as const, changedAt: 1 }],
      ['c', { status: 'skipped' as const, changedAt: 0 }],
      ['d', { status: 'todo' as const, changedAt: 42 }],
    ]);
    const decoded = decodeProgress(JSON.parse(JSON.stringify(encodeProgress(progress))));
    assert.equal(decoded.kind, 'ok');
    assert.deepEqual(decoded.kind === 'ok' ? decoded.progress : undefined, progress);
  });
});

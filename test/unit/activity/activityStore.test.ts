import { strict as assert } from 'node:assert';
import { ActivityHistory, ACTIVITY_KINDS, addDays } from '../../../src/model/activity';
import { ACTIVITY_KEY, ActivityStore, decodeActivity, encodeActivity, SYNCED_ACTIVITY_KEY } from '../../../src/store/activityHistory';
import { InMemoryMemento } from '../../../src/store/memento';
import { seededRandom } from '../helpers';

/** A year of daily use: every day a few status changes and practice saves on a 250-topic roadmap. */
function yearOfUse(today: string): ActivityHistory {
  const random = seededRandom(7);
  const history = new ActivityHistory();
  for (let day = 0; day < 365; day++) {
    for (let event = 0; event < 6; event++) {
      const topicId = `topic-${Math.floor(random() * 250)}`;
      history.add(addDays(today, -day), {
        roadmapId: 'backend-engineering-merged',
        topicId,
        kind: ACTIVITY_KINDS[Math.floor(random() * ACTIVITY_KINDS.length)]!,
      });
    }
  }
  return history;
}

describe('activity store', () => {
  let today = '2026-12-01';
  const clockDay = () => today;

  it('saves and reads back the history exactly, compressed when large', () => {
    const history = yearOfUse('2026-12-01');
    const saved = encodeActivity(history);
    assert.ok('z' in saved, 'a year is compressed');
    const decoded = decodeActivity(JSON.parse(JSON.stringify(saved)));
    assert.equal(decoded.kind, 'ok');
    assert.ok(decoded.kind === 'ok' && decoded.history.equals(history));
  });

  it('keeps a year of daily use small in the synced state', async () => {
    const memento = new InMemoryMemento();
    const store = new ActivityStore(memento, clockDay);
    await store.mergeIn(yearOfUse('2026-12-01'));
    const syncedBytes = JSON.stringify(memento.get(SYNCED_ACTIVITY_KEY)).length;
    console.log(
      `      a year of daily use (${store.history().size()} facts): synced ${syncedBytes.toLocaleString('en')} bytes, local ${JSON.stringify(memento.get(ACTIVITY_KEY)).length.toLocaleString('en')} bytes`,
    );
    assert.ok(syncedBytes < 32 * 1024, `${syncedBytes} bytes`);
  });

  it('refuses damaged values in bounded time, keeps them aside and starts empty', () => {
    for (const value of [
      { v: 1, d: { 'not-a-day': '' } },
      { v: 1, d: { '2026-12-01': 'a/b/q' } },
      { v: 1, d: { '2026-02-30': '' } },
      { v: 1, z: '!!!' },
      'text',
      { v: 1, d: { '2026-12-01': 'x/y/d '.repeat(30_000) } },
    ]) {
      assert.equal(decodeActivity(value).kind, 'corrupt', JSON.stringify(value).slice(0, 80));
    }
    assert.deepEqual(decodeActivity({ v: 9, d: {} }), { kind: 'newer', version: 9 });

    const memento = new InMemoryMemento();
    void memento.update(ACTIVITY_KEY, { v: 1, d: { nonsense: 'x' } });
    const setAside: string[] = [];
    const store = new ActivityStore(memento, clockDay, () => 42);
    store.onDidSetAside(({ backupKey }) => setAside.push(backupKey));
    assert.equal(store.history().size(), 0);
    return store.flush().then(() => {
      assert.deepEqual(memento.get('roadmapTracker.activityBackup.42'), { v: 1, d: { nonsense: 'x' } });
    });
  });

  it('passes facts between two machines through the synced key without losing or doubling any', async () => {
    const laptopState = new InMemoryMemento();
    const desktopState = new InMemoryMemento();
    const laptop = new ActivityStore(laptopState, clockDay);
    const desktop = new ActivityStore(desktopState, clockDay);
    /** Settings Sync: the last written synced value replaces the other machine's wholesale. */
    const settingsSync = async (from: InMemoryMemento, to: InMemoryMemento) =>
      void (await to.update(SYNCED_ACTIVITY_KEY, from.get(SYNCED_ACTIVITY_KEY)));

    await laptop.record({ roadmapId: 'backend', topicId: 'http', kind: 'done' });
    await desktop.record({ roadmapId: 'backend', topicId: 'sql', kind: 'practice' });
    await desktop.record({ roadmapId: 'backend', topicId: 'http', kind: 'done' });
    await settingsSync(laptopState, desktopState); // the desktop's synced copy is replaced by the laptop's
    await desktop.sync();
    await settingsSync(desktopState, laptopState);
    await laptop.sync();
    for (const store of [laptop, desktop]) {
      assert.deepEqual(store.history().factKeys('2026-12-01'), ['backend/http/d', 'backend/sql/f']);
    }
    today = '2026-12-02';
    await laptop.record({ roadmapId: 'backend', topicId: 'sql', kind: 'done' });
    await settingsSync(laptopState, desktopState);
    assert.equal(await desktop.sync(), true);
    assert.equal(desktop.history().size(), 3);
    today = '2026-12-01';
  });

  it('never replaces a synced value written by a newer version', async () => {
    const memento = new InMemoryMemento();
    await memento.update(SYNCED_ACTIVITY_KEY, { v: 2, future: true });
    const store = new ActivityStore(memento, clockDay);
    await store.sync();
    await store.record({ roadmapId: 'a', topicId: 'b', kind: 'done' });
    assert.deepEqual(memento.get(SYNCED_ACTIVITY_KEY), { v: 2, future: true });
    assert.equal(store.history().size(), 1);
  });
});

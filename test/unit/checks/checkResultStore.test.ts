// Check results and "verified" marks in the workspace state: kept across a reload, bounded, and a damaged
// value ignored rather than trusted or thrown on.
import { strict as assert } from 'node:assert';
import { MAX_KEPT_ENTRIES, CheckResultStore, type CheckResult } from '../../../src/checks/checkResultStore';
import { InMemoryMemento } from '../../../src/store/memento';

const result = (at: number, outcome: CheckResult['outcome'] = 'passed'): CheckResult => ({
  outcome,
  at,
  command: 'node --test',
  summary: 'Passed (exit code 0).',
});
const ref = { roadmapId: 'backend', topicId: 'caching' };

describe('check results', () => {
  it('keeps the last result and the verified time across a reload, and says which topic changed', async () => {
    const memento = new InMemoryMemento();
    const store = new CheckResultStore(memento);
    const changed: string[] = [];
    store.onDidChange((changedRef) => changed.push(changedRef.topicId));
    await store.record(ref, result(1000, 'failed'));
    await store.record(ref, result(2000));
    await store.markVerified(ref, 2001);
    assert.deepEqual(changed, ['caching', 'caching', 'caching']);
    const reloaded = new CheckResultStore(memento);
    assert.deepEqual(reloaded.resultOf(ref), result(2000));
    assert.equal(reloaded.verifiedAt(ref), 2001);
    await reloaded.clearVerified(ref);
    assert.equal(new CheckResultStore(memento).verifiedAt(ref), undefined);
  });

  it('ignores a damaged saved value instead of failing', () => {
    const memento = new InMemoryMemento();
    void memento.update('roadmapTracker.checkResults', { 'backend/caching': { outcome: 'exploded', at: 'now' } });
    void memento.update('roadmapTracker.checkVerified', 'not an object');
    const store = new CheckResultStore(memento);
    assert.equal(store.resultOf(ref), undefined);
    assert.equal(store.verifiedAt(ref), undefined);
  });

  it('keeps only the newest entries', async () => {
    const memento = new InMemoryMemento();
    const store = new CheckResultStore(memento);
    for (let index = 0; index < MAX_KEPT_ENTRIES + 10; index++) await store.record({ roadmapId: 'r', topicId: `t${index}` }, result(index));
    const saved = memento.get<Record<string, unknown>>('roadmapTracker.checkResults') ?? {};
    assert.equal(Object.keys(saved).length, MAX_KEPT_ENTRIES);
    assert.equal(store.resultOf({ roadmapId: 'r', topicId: 't0' }), undefined);
    assert.ok(store.resultOf({ roadmapId: 'r', topicId: `t${MAX_KEPT_ENTRIES + 9}` }));
  });
});

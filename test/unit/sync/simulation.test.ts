// Two and three machines toggle statuses at random, reload, regain focus and run Settings Sync (per key,
// the remote value winning wholesale) in random interleavings, with clocks that disagree. Once the
// clicking stops and every machine has synced, no change may be lost: every machine holds, for every
// topic, the latest change made anywhere, and all machines hold the same.
import { strict as assert } from 'node:assert';
import { compareEntries } from '../../../src/model/merge';
import { STATUSES, type ProgressEntry } from '../../../src/model/status';
import { plain } from '../arbitraries';
import { FakeSyncServer } from './fakeSettingsSync';
import { Machine, settleAll } from './machine';
import { seededRandom } from '../helpers';

const ROADMAPS = ['backend', 'devops'];
const TOPICS = ['http', 'rest', 'sql', 'indexes', 'caching', 'queues'];

interface SimulationResult {
  readonly changes: number;
  readonly overwrites: number;
  readonly settleRounds: number;
}

async function simulate(machineCount: number, rounds: number, seed: number): Promise<SimulationResult> {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  let now = 1_763_700_000_000;
  const latest = new Map<string, ProgressEntry>();
  let changes = 0;
  const server = new FakeSyncServer();
  const machines = Array.from({ length: machineCount }, () => {
    const skew = Math.round((next() - 0.5) * 6_000); // clocks up to three seconds apart
    return new Machine({
      clock: () => now + skew,
      loadedRoadmapIds: ROADMAPS,
      onLocalChange: (roadmapId, topicId, entry) => {
        changes++;
        const key = `${roadmapId}/${topicId}`;
        const known = latest.get(key);
        if (!known || compareEntries(entry, known) > 0) latest.set(key, entry);
      },
    });
  });
  const pending: Promise<unknown>[] = [];

  for (let round = 0; round < rounds; round++) {
    now += Math.floor(next() * 3); // often the same millisecond: ties happen
    const machine = pick(machines);
    const roll = next();
    if (roll < 0.45) pending.push(machine.store.setStatus(pick(ROADMAPS), [pick(TOPICS)], pick(STATUSES)));
    else if (roll < 0.7) machine.settingsSyncWith(server);
    else if (roll < 0.8) pending.push(machine.focus());
    else if (roll < 0.92) await new Promise((resolve) => setImmediate(resolve));
    else if (roll < 0.96) await machine.reload();
    else now += Math.floor(next() * 5_000);
  }
  await Promise.all(pending);
  const settleRounds = await settleAll(server, machines);

  const expected = new Map<string, Map<string, ProgressEntry>>();
  for (const [key, entry] of latest) {
    const [roadmapId = '', topicId = ''] = key.split('/');
    expected.set(roadmapId, (expected.get(roadmapId) ?? new Map()).set(topicId, entry));
  }
  for (const [index, machine] of machines.entries()) {
    assert.deepEqual(plain(machine.store.allProgress()), plain(expected), `machine ${index}'s workspace copy (seed ${seed})`);
    const synced = machine.syncedProgress();
    assert.deepEqual(
      synced.kind === 'ok' ? plain(synced.progress) : synced,
      plain(expected),
      `machine ${index}'s synced copy (seed ${seed})`,
    );
  }
  return { changes, overwrites: server.overwrites, settleRounds };
}

describe('simulation: machines toggling and syncing at random', function () {
  this.timeout(120_000);

  for (const machineCount of [2, 3]) {
    it(`${machineCount} machines, 20 runs of 3,000 steps: no change lost, all machines equal`, async () => {
      let changes = 0;
      let overwrites = 0;
      let maxSettleRounds = 0;
      for (let seed = 1; seed <= 20; seed++) {
        const result = await simulate(machineCount, 3_000, seed * 7_919 + machineCount);
        changes += result.changes;
        overwrites += result.overwrites;
        maxSettleRounds = Math.max(maxSettleRounds, result.settleRounds);
      }
      // The runs must exercise the hard case: a machine's own change replaced by the remote value.
      assert.ok(overwrites > 100, `only ${overwrites} remote-wins overwrites happened`);
      assert.ok(changes > 10_000, `only ${changes} changes were made`);
      assert.ok(maxSettleRounds <= 2 * machineCount, `took ${maxSettleRounds} rounds to settle`);
      console.log(`      ${changes} changes, ${overwrites} remote-wins overwrites, settled within ${maxSettleRounds} rounds`);
    });
  }
});

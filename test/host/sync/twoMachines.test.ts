// Two user-data folders stand for two machines. Machine B makes changes of its own; machine A, later,
// makes others (one of them a reset of a topic B had marked done); the synced keys A would upload are
// delivered into B's global state as Settings Sync delivers a downloaded value — each key replaced
// wholesale — and B shows them merged with its own progress: per topic the later change wins.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { TestHooks as RoadmapTrackerApi } from '../../../src/api/testHooks';
import type { Status } from '../../../src/model/status';
import { decodeSyncedState, encodeSyncedState } from '../../../src/store/syncedProgressStore';
import type { SettingsSyncTestHooks } from '../../../src/sync/settingsSyncTestHooks';
import { activateExtension, FIXTURE, ICON_OF_STATUS, iconOf, runOn, treeItemOf } from '../suite/helpers';
import { pollUntil } from '../../support/poll';
import { readSyncControl, stepTag, uploadedStateFile } from './protocol';

const roadmapId = FIXTURE.roadmapId;

/** B's own changes, made first. */
const B_OWN: Readonly<Record<string, Status>> = { http: 'done', sql: 'in-progress' };
/** A's changes, made after B's: http is reset to todo, later than B marked it done. */
const A_CHANGES: Readonly<Record<string, Status>> = { http: 'todo', joins: 'done', deploy: 'skipped' };
/** What both machines must end with. */
const MERGED: Readonly<Record<string, Status>> = { http: 'todo', sql: 'in-progress', joins: 'done', deploy: 'skipped', indexes: 'todo' };

const COMMAND_OF_STATUS: Readonly<Record<Status, string>> = {
  done: 'roadmapTracker.markDone',
  'in-progress': 'roadmapTracker.markInProgress',
  skipped: 'roadmapTracker.markSkipped',
  todo: 'roadmapTracker.markTodo',
};

async function setUp(): Promise<{ api: RoadmapTrackerApi; hooks: SettingsSyncTestHooks }> {
  const api = await activateExtension();
  assert.ok(api.settingsSyncTestHooks, 'the Settings Sync test hooks exist in test mode');
  return { api, hooks: api.settingsSyncTestHooks };
}

function syncedFixtureStatuses(hooks: SettingsSyncTestHooks): Record<string, Status> {
  const decoded = decodeSyncedState(hooks.syncedState());
  assert.equal(decoded.kind, 'ok', 'the synced copy decodes');
  const entries = decoded.kind === 'ok' ? decoded.progress.get(roadmapId) : undefined;
  return Object.fromEntries([...(entries ?? new Map())].map(([topicId, entry]) => [topicId, entry.status]));
}

function assertStatuses(api: RoadmapTrackerApi, expected: Readonly<Record<string, Status>>): void {
  for (const [topicId, status] of Object.entries(expected)) {
    assert.equal(api.statusOf(roadmapId, topicId), status, topicId);
    assert.equal(iconOf(treeItemOf(api, roadmapId, topicId)), ICON_OF_STATUS[status], `${topicId}'s icon in the tree`);
  }
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  await pollUntil(`waiting until ${what}`, condition, (met) => met, { timeoutMs });
}

describe('two machines through Settings Sync', () => {
  it(`machine B changes progress and publishes it to its synced keys at once ${stepTag('b-own')}`, async () => {
    const { api, hooks } = await setUp();
    for (const [topicId, status] of Object.entries(B_OWN)) await runOn(COMMAND_OF_STATUS[status], topicId);
    await api.syncProgress();
    assertStatuses(api, B_OWN);
    assert.deepEqual(syncedFixtureStatuses(hooks), B_OWN);
  });

  it(`machine A, later, makes its own changes (a reset among them) and uploads its synced keys ${stepTag('a-changes')}`, async () => {
    const { api, hooks } = await setUp();
    assert.equal(api.statusOf(roadmapId, 'sql'), 'todo', 'machine A starts with nothing of B');
    await runOn(COMMAND_OF_STATUS.done, 'http');
    for (const [topicId, status] of Object.entries(A_CHANGES)) await runOn(COMMAND_OF_STATUS[status], topicId);
    await api.syncProgress();
    assertStatuses(api, A_CHANGES);
    assert.deepEqual(syncedFixtureStatuses(hooks), A_CHANGES, 'a reset is kept as a todo entry, not deleted');
    const { exchangeDir } = readSyncControl();
    fs.mkdirSync(exchangeDir, { recursive: true });
    fs.writeFileSync(uploadedStateFile(exchangeDir, 'a'), JSON.stringify(hooks.syncedState()));
  });

  it(`machine B receives A's synced keys and shows them merged with its own progress ${stepTag('b-receives')}`, async () => {
    const { api, hooks } = await setUp();
    assertStatuses(api, B_OWN);
    const fromA = JSON.parse(fs.readFileSync(uploadedStateFile(readSyncControl().exchangeDir, 'a'), 'utf8')) as Record<string, unknown>;
    // Settings Sync: the remote value replaces B's value of the key wholesale (B's own changes are in it
    // no more)…
    await hooks.deliverSyncedState(fromA);
    assert.deepEqual(syncedFixtureStatuses(hooks), A_CHANGES);
    // …and the window regaining focus merges it with B's workspace copy, which still has them.
    await api.syncProgress();
    assertStatuses(api, MERGED);
    assert.match(String(treeItemOf(api, roadmapId, 'basics').description), /^1\/4 · 25%$/, 'counts follow');
    assert.deepEqual(
      syncedFixtureStatuses(hooks),
      { http: 'todo', sql: 'in-progress', joins: 'done', deploy: 'skipped' },
      "B's synced copy now carries both machines' changes back",
    );

    // Another value arrives while B is reloading: it is merged when the extension activates.
    const later = decodeSyncedState(fromA);
    assert.ok(later.kind === 'ok');
    later.progress.get(roadmapId)!.set('indexes', { status: 'done', changedAt: Date.now() + 1_000 });
    await hooks.deliverSyncedState(encodeSyncedState(later.progress));
  });

  it(`machine B after a reload: the merge is saved, and what arrived meanwhile merged on activation ${stepTag('b-after-reload')}`, async () => {
    const { api } = await setUp();
    await waitFor(() => api.statusOf(roadmapId, 'indexes') === 'done', 'the value delivered before the reload is merged');
    assertStatuses(api, { ...MERGED, indexes: 'done' });
  });
});

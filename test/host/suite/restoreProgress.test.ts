// Restoring a backup after a reset (issue 11, item 1), in a real VS Code: an export made before Reset
// Roadmap Progress… brings every status back through Import Progress… › Restore (JSON and Markdown), and
// the notification after a reset offers Undo.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TestHooks as RoadmapTrackerApi } from '../../../src/api/testHooks';
import type { Status } from '../../../src/model/status';
import { acceptTicked, stubQuickPick, stubWarning, stubWindow, withStubs } from './dialogStubs';
import { activateExtension, eventually, FIXTURE, resetFixture, runOn, runOnSelection } from './helpers';

const BEFORE_RESET: Readonly<Record<string, Status>> = {
  http: 'done',
  sql: 'in-progress',
  joins: 'done',
  indexes: 'todo',
  deploy: 'skipped',
};

function statuses(api: RoadmapTrackerApi): Record<string, Status> {
  return Object.fromEntries(FIXTURE.topics.map((topicId) => [topicId, api.statusOf(FIXTURE.roadmapId, topicId)]));
}

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Reset Roadmap Progress…, confirmed; the notification after it is answered with `notification`. */
async function resetConfirmed(notification: string | undefined): Promise<string[]> {
  const confirm = stubWarning('Reset Progress');
  const shown: string[] = [];
  const info = stubWindow('showInformationMessage', (message: unknown) => {
    shown.push(String(message));
    return Promise.resolve(String(message).includes('was reset') ? notification : undefined);
  });
  await withStubs([confirm, info], () => vscode.commands.executeCommand('roadmapTracker.resetRoadmap', FIXTURE.roadmapId));
  return shown;
}

/** Import Progress… as a person does it: picks the file, then the rule, then accepts the listed changes. */
async function importChoosing(uri: vscode.Uri, rule: 'Merge' | 'Restore'): Promise<{ result: number | undefined; modeItems: string[] }> {
  const open = stubWindow('showOpenDialog', () => Promise.resolve([uri]));
  const modeItems: string[] = [];
  const pick = stubQuickPick((items) => {
    if (items.some((item) => item.label === 'Restore')) {
      modeItems.push(...items.map((item) => `${item.label} (${item.description})`));
      return items.find((item) => item.label === rule);
    }
    return acceptTicked(items);
  });
  const result = await withStubs([open, pick], () => vscode.commands.executeCommand<number | undefined>('roadmapTracker.importProgress'));
  return { result, modeItems };
}

describe('restore after a reset', () => {
  let api: RoadmapTrackerApi;
  const files: vscode.Uri[] = [];
  beforeEach(async () => {
    api = await activateExtension();
    await resetFixture(api);
    await runOnSelection('roadmapTracker.markDone', ['http', 'joins']);
    await runOn('roadmapTracker.markInProgress', 'sql');
    await runOn('roadmapTracker.markSkipped', 'deploy');
    await api.flush();
    assert.deepEqual(statuses(api), BEFORE_RESET);
  });
  after(async () => {
    for (const uri of files) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await resetFixture(api);
  });

  for (const format of ['json', 'markdown'] as const) {
    it(`brings every status back from a ${format} export with Restore, where Merge changes nothing`, async () => {
      const uri = workspaceFile(`before-reset.${format === 'json' ? 'json' : 'md'}`);
      files.push(uri);
      await vscode.commands.executeCommand('roadmapTracker.exportProgress', FIXTURE.roadmapId, format, uri);
      await resetConfirmed(undefined);
      await api.flush();
      assert.ok(
        Object.values(statuses(api)).every((status) => status === 'todo'),
        'reset',
      );

      assert.equal(
        await vscode.commands.executeCommand('roadmapTracker.importProgress', uri, 'merge'),
        0,
        'the reset is newer: merging changes nothing',
      );
      const { result, modeItems } = await importChoosing(uri, 'Restore');
      assert.deepEqual(modeItems, ['Merge (0 status changes)', 'Restore (4 status changes)']);
      assert.equal(result, 4);
      await api.flush();
      assert.deepEqual(statuses(api), BEFORE_RESET);
    });
  }

  it('offers Undo after the reset, which puts every status back', async () => {
    const shown = await resetConfirmed('Undo');
    await eventually(
      'the statuses are back',
      () => statuses(api),
      (now) => JSON.stringify(now) === JSON.stringify(BEFORE_RESET),
    );
    await api.flush();
    assert.ok(
      shown.some((message) => message.includes('was reset')),
      shown.join(' | '),
    );
  });

  it('keeps the reset when the notification is dismissed', async () => {
    await resetConfirmed(undefined);
    await api.flush();
    assert.ok(Object.values(statuses(api)).every((status) => status === 'todo'));
  });
});

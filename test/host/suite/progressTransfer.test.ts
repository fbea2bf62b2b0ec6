import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TestHooks as RoadmapTrackerApi } from '../../../src/api/testHooks';
import { importAccepted } from './dialogStubs';
import { activateExtension, FIXTURE, resetFixture, runOn } from './helpers';

const decoder = new TextDecoder();

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function readText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

describe('export and import of progress', () => {
  let api: RoadmapTrackerApi;
  const files: vscode.Uri[] = [];
  beforeEach(async () => {
    api = await activateExtension();
    await resetFixture(api);
    await runOn('roadmapTracker.markDone', 'http');
    await runOn('roadmapTracker.markInProgress', 'sql');
    await runOn('roadmapTracker.markSkipped', 'deploy');
  });
  after(async () => {
    for (const uri of files) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await resetFixture(api);
  });

  it('exports JSON with every status and its time, which imports back changing nothing', async () => {
    const uri = workspaceFile('fixture-progress.json');
    files.push(uri);
    await vscode.commands.executeCommand('roadmapTracker.exportProgress', FIXTURE.roadmapId, 'json', uri);
    const exported = JSON.parse(await readText(uri)) as {
      format: string;
      roadmapId: string;
      topics: Record<string, { status: string; changedAt: string }>;
    };
    assert.equal(exported.format, 'roadmap-tracker-progress');
    assert.equal(exported.roadmapId, FIXTURE.roadmapId);
    assert.equal(exported.topics.http?.status, 'done');
    assert.equal(exported.topics.sql?.status, 'in-progress');
    assert.equal(exported.topics.deploy?.status, 'skipped');
    assert.ok(!Number.isNaN(Date.parse(exported.topics.http?.changedAt ?? '')));
    const changes = await importAccepted(uri);
    assert.equal(changes, 0, 'everything in it is already here');
  });

  it('merges a JSON import by the sync rule: a later change wins, an older one does not', async () => {
    const uri = workspaceFile('later-progress.json');
    files.push(uri);
    const later = new Date(Date.now() + 60_000).toISOString();
    const older = new Date(Date.now() - 24 * 3_600_000).toISOString();
    await writeText(
      uri,
      JSON.stringify({
        format: 'roadmap-tracker-progress',
        version: 1,
        roadmapId: FIXTURE.roadmapId,
        topics: {
          http: { status: 'todo', changedAt: later },
          sql: { status: 'done', changedAt: older },
          joins: { status: 'done', changedAt: later },
        },
      }),
    );
    const changes = await importAccepted(uri);
    assert.equal(changes, 2);
    assert.equal(api.statusOf(FIXTURE.roadmapId, 'http'), 'todo', 'the later reset wins');
    assert.equal(api.statusOf(FIXTURE.roadmapId, 'sql'), 'in-progress', 'the older status loses');
    assert.equal(api.statusOf(FIXTURE.roadmapId, 'joins'), 'done');
  });

  it('exports a Markdown checklist indented like the roadmap, and imports an edited one', async () => {
    const uri = workspaceFile('fixture-progress.md');
    files.push(uri);
    await vscode.commands.executeCommand('roadmapTracker.exportProgress', FIXTURE.roadmapId, 'markdown', uri);
    const text = await readText(uri);
    for (const line of [
      '# Practice Fixture',
      '- Basics',
      '  - [x] HTTP',
      '  - [/] SQL',
      '    - [ ] Joins',
      '    - [ ] Indexes',
      '- [-] Deploy',
    ]) {
      assert.ok(text.split('\n').includes(line), `${JSON.stringify(line)} in\n${text}`);
    }
    await writeText(uri, text.replace('    - [ ] Joins', '    - [x] Joins'));
    const changes = await importAccepted(uri);
    assert.equal(changes, 1);
    assert.equal(api.statusOf(FIXTURE.roadmapId, 'joins'), 'done');
    assert.equal(api.statusOf(FIXTURE.roadmapId, 'http'), 'done', 'unchanged lines change nothing');
  });
});

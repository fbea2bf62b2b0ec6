import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, bundledRoadmapIds, FIXTURE } from './helpers';

describe('an invalid workspace roadmap', () => {
  it('is reported with its problems and their lines', async () => {
    const api = await activateExtension();
    const broken = api.brokenRoadmaps();
    assert.equal(broken.length, 1, JSON.stringify(broken));
    assert.ok(broken[0]!.uri.endsWith('/roadmaps/broken.roadmap.yaml'), broken[0]!.uri);
    const messages = broken[0]!.problems.map((problem) => `${problem.range.start.line}: ${problem.message}`);
    assert.ok(
      messages.some((message) => /^8: .*unknown key "titel"/.test(message)),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((message) => /title/.test(message) && message.startsWith('7: ')),
      messages.join('\n'),
    );
  });

  it('does not keep the other roadmaps from loading', async () => {
    const api = await activateExtension();
    const ids = api.roadmapIds();
    assert.ok(!ids.includes('broken-fixture'));
    for (const id of [...bundledRoadmapIds(), FIXTURE.roadmapId]) assert.ok(ids.includes(id), id);
  });

  it('is still reported after the roadmaps are reloaded', async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand('roadmapTracker.refresh');
    assert.equal(api.brokenRoadmaps().length, 1);
    assert.equal(api.roadmapIds().length, bundledRoadmapIds().length + 1);
  });
});

// A command that fails tells the learner once, in a sentence naming the command, and the failure
// reaches the extension's log; VS Code's own generic toast never appears (nothing is rethrown).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { stubWindow, withStubs } from './dialogStubs';
import { activateExtension, FIXTURE, topicRef, workspacePath } from './helpers';

describe('command failures', () => {
  it('Open Notes on a notes path that is a folder shows one sentence and resolves', async () => {
    await activateExtension();
    const notesPath = workspacePath(`.roadmap/notes/${FIXTURE.roadmapId}/deploy.md`);
    fs.mkdirSync(notesPath, { recursive: true });
    const errors = stubWindow('showErrorMessage', async () => undefined);
    try {
      await withStubs([errors], () => vscode.commands.executeCommand('roadmapTracker.openNotes', topicRef('deploy')));
    } finally {
      fs.rmSync(notesPath, { recursive: true, force: true });
    }
    assert.equal(errors.calls.length, 1, JSON.stringify(errors.calls));
    assert.match(String(errors.calls[0]?.[0]), /^Open Notes did not finish: .+\.$/);
    assert.deepEqual(errors.calls[0]?.slice(1), ['Show Log']);
  });
});

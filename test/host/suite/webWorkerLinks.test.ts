// Issue 13: path safety in the web worker host, which cannot resolve real paths. The harness
// (runWebHostTests.ts) links a folder of the workspace to one outside it; personal notes asked for through
// that link are refused with the reason, and nothing is written outside. The Node host's own link tests
// (topicPanel.test.ts and others) make their links with node:fs and check real paths.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TestHooks as RoadmapTrackerApi } from '../../../src/api/testHooks';
import { pollUntil } from '../../support/poll';
import { inWebWorkerHost } from '../web/shims/nodeOnly';
import { WEB_LINK_OUT, WEB_LINK_TARGET, WEB_LINKED_FOLDER } from '../protocol';
import { activateExtension, topicRef } from './helpers';

describe('links in the web worker host', () => {
  let api: RoadmapTrackerApi;
  let folder: vscode.Uri;

  before(async function () {
    if (!inWebWorkerHost()) this.skip(); // the Node host resolves real paths; its link tests make their own links
    api = await activateExtension();
    const workspaceFolder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(workspaceFolder, 'the fixture workspace is open');
    folder = workspaceFolder.uri;
  });

  after(async () => {
    if (!folder) return;
    await vscode.workspace.getConfiguration('roadmapTracker').update('notesFolder', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('sees the link as a symbolic link through VS Code’s file system', async () => {
    const { type } = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, ...WEB_LINK_OUT.split('/')));
    assert.ok(type & vscode.FileType.SymbolicLink, `stat type ${type}`);
  });

  it('does not search a linked folder for roadmaps, saying where it leads cannot be checked here (not that it is outside)', async () => {
    await api.refreshRoadmaps([], true);
    const notices = await pollUntil(
      'the notice about the linked folder',
      () => api.roadmapNotices().filter((notice) => notice.includes(`/${WEB_LINKED_FOLDER} `)),
      (found) => found.length > 0,
      { timeoutMs: 15_000 },
    );
    assert.match(notices[0] ?? '', /is a symbolic link, and where it leads cannot be checked here \(VS Code for the Web/);
    assert.doesNotMatch(notices[0] ?? '', /outside the workspace/);
  });

  it('writes no notes through a symbolic link that leads out of the workspace, and says why', async () => {
    await vscode.workspace
      .getConfiguration('roadmapTracker')
      .update('notesFolder', `${WEB_LINK_OUT}/\${roadmapId}`, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('roadmapTracker.openNotes', topicRef('joins'));
    const outside = vscode.Uri.joinPath(folder, '..', WEB_LINK_TARGET);
    assert.deepEqual(await vscode.workspace.fs.readDirectory(outside), [], 'nothing written outside the workspace');

    await vscode.commands.executeCommand('roadmapTracker.openTopic', topicRef('joins'));
    const shown = await pollUntil(
      'the panel reports the link',
      () => api.topicPanel(),
      (panel) => panel?.topicId === 'joins' && panel.state?.personalNotes.problem !== undefined,
      { timeoutMs: 15_000 },
    );
    assert.match(shown?.state?.personalNotes.problem ?? '', /symbolic link/);
  });
});

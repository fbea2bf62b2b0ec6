// The topic panel in a real extension host: one panel, reused; what it sends its page; personal notes
// and practice folders kept inside the workspace (symbolic links included); restored after a reload.
// What the page itself shows is checked by the end-to-end layer (test/e2e/topicPanel.e2e.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TestHooks as RoadmapTrackerApi } from '../../../src/api/testHooks';
import { afterReloadTag } from '../protocol';
import { activateExtension, closeTextEditors, FIXTURE, topicRef, treeItemOf } from './helpers';
import { pollUntil } from '../../support/poll';
import { stubWindow, withStubs } from './dialogStubs';
import { richTextHtml } from '../../unit/panel/richTextHtml';

const VIEW_TYPE = 'roadmapTracker.topic';
type Shown = NonNullable<ReturnType<RoadmapTrackerApi['topicPanel']>>;

function topicTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(VIEW_TYPE));
}

/** Reads until `accept` holds (the panel loads and posts asynchronously); fails with what it last saw. */
// Generous: on a busy machine a webview page can take many seconds to load (and is loaded again if it
// never says ready, see src/views/webviewLoadRetry.ts).
function until<T>(what: string, read: () => T, accept: (value: T) => boolean, timeoutMs = 40_000): Promise<T> {
  return pollUntil(what, read, accept, { timeoutMs, intervalMs: 100 });
}

function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return folder.uri.fsPath;
}

async function openTopic(api: RoadmapTrackerApi, topicId: string): Promise<Shown> {
  await vscode.commands.executeCommand('roadmapTracker.openTopic', topicRef(topicId));
  const title = api.treeItem(FIXTURE.roadmapId, topicId)?.label;
  return until(
    `the panel shows ${topicId}`,
    () => api.topicPanel(),
    (shown) => shown?.topicId === topicId && shown.state?.title === title,
  ) as Promise<Shown>;
}

async function setting(key: string, value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('roadmapTracker').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('topic panel', function () {
  this.timeout(90_000);
  let api: RoadmapTrackerApi;

  before(async () => {
    api = await activateExtension();
  });

  it('is what a topic row runs on click or Enter; sections do not open it', () => {
    const item = treeItemOf(api, FIXTURE.roadmapId, 'http');
    assert.equal(item.command?.command, 'roadmapTracker.openTopic');
    assert.deepEqual(item.command?.arguments, [topicRef('http')]);
    assert.equal(treeItemOf(api, FIXTURE.roadmapId, FIXTURE.group).command, undefined);
  });

  it('opens one panel and reuses it for the next topic', async () => {
    await openTopic(api, 'http');
    assert.equal(topicTabs().length, 1);
    await openTopic(api, 'deploy');
    // The tab model reaches the extension host a moment after the panel's title changes.
    const labels = await until(
      'one tab, titled Deploy',
      () => topicTabs().map((tab) => tab.label),
      (shown) => shown.length === 1 && shown[0] === 'Deploy',
    );
    assert.deepEqual(labels, ['Deploy']);
  });

  it('puts new practice files of a topic without practice globs in the conventional folder', async () => {
    const { state } = await openTopic(api, 'deploy');
    assert.equal(state?.practice.folder, 'practice/practice-fixture/deploy');
  });

  it('names a missing practice folder; Show Practice Folder creates it and offers the empty folder a first file', async () => {
    const folder = path.join(workspaceRoot(), 'practice', 'practice-fixture', 'deploy');
    // Another topic first, so that Deploy's content is read again once its folder is gone.
    await openTopic(api, 'http');
    fs.rmSync(folder, { recursive: true, force: true });
    try {
      const { state } = await openTopic(api, 'deploy');
      assert.equal(state?.practice.folderExists, false);

      // Cancelling the offered file leaves the folder, empty, and the panel says it exists.
      const cancelled = stubWindow('showInputBox', () => Promise.resolve(undefined));
      await withStubs([cancelled], () => vscode.commands.executeCommand('roadmapTracker.openPracticeFolder', topicRef('deploy')));
      assert.ok(fs.statSync(folder).isDirectory(), 'the folder was created');
      assert.equal(cancelled.calls.length, 1, 'the empty folder was offered a first file');
      await until(
        'the panel knows the folder',
        () => api.topicPanel()?.state?.practice,
        (practice) => practice?.folderExists === true,
      );

      const named = stubWindow('showInputBox', () => Promise.resolve('first.sql'));
      await withStubs([named], () => vscode.commands.executeCommand('roadmapTracker.openPracticeFolder', topicRef('deploy')));
      assert.ok(fs.existsSync(path.join(folder, 'first.sql')));
      await until(
        'the panel lists the first file',
        () => api.topicPanel()?.state?.practice.files.map((file) => file.label),
        (labels) => labels?.includes('practice/practice-fixture/deploy/first.sql') === true,
      );

      // A folder with a file in it is only shown: no offer.
      const none = stubWindow('showInputBox', () => Promise.resolve('second.sql'));
      await withStubs([none], () => vscode.commands.executeCommand('roadmapTracker.openPracticeFolder', topicRef('deploy')));
      assert.equal(none.calls.length, 0);
    } finally {
      // Only the text editors: the map tab stays open for the reload, which map.test.ts checks.
      await closeTextEditors();
      fs.rmSync(path.join(workspaceRoot(), 'practice'), { recursive: true, force: true });
    }
  });

  it('sends its page the path, status, links and practice files, and notes with every script payload defused', async () => {
    const { state } = await openTopic(api, 'http');
    assert.ok(state);
    assert.deepEqual(state.breadcrumbs, [
      { title: 'Practice Fixture' },
      { nodeId: 'basics', title: 'Basics' },
      { nodeId: 'http', title: 'HTTP' },
    ]);
    assert.equal(state.status, api.statusOf(FIXTURE.roadmapId, 'http'));
    assert.deepEqual(state.links, [{ title: 'RFC 9110: HTTP Semantics', url: 'https://www.rfc-editor.org/rfc/rfc9110' }]);
    assert.ok(
      state.practice.files.some((file) => file.label === 'labs/http/server.ts'),
      JSON.stringify(state.practice),
    );
    assert.equal(state.practice.folder, 'labs/http', "new practice files go where the topic's glob looks");
    assert.equal(state.restricted, false);
    assert.equal(state.notes.length, 2);
    assert.equal(state.notes[1]!.source, 'notes/http.md');
    for (const note of state.notes) {
      // The payloads are in the text, escaped; no tag carries a script, a handler or a script URL.
      for (const tag of richTextHtml(note.content).match(/<[^>]*>/g) ?? []) {
        assert.doesNotMatch(tag, /^<\/?(script|img|svg|iframe)\b|\son\w+=|(href|src)="\s*(javascript|data|vbscript):/i, tag);
      }
    }
    assert.match(richTextHtml(state.notes[0]!.content), /&lt;script&gt;window\.__pwned = 1/);
    assert.match(richTextHtml(state.notes[1]!.content), /&lt;svg onload=/);
    assert.match(richTextHtml(state.notes[0]!.content), /<a href="https:\/\/example\.com\/caching">/);
  });

  it('follows status changes made elsewhere at once', async () => {
    await openTopic(api, 'http');
    for (const [command, status] of [
      ['roadmapTracker.markInProgress', 'in-progress'],
      ['roadmapTracker.markDone', 'done'],
      ['roadmapTracker.markTodo', 'todo'],
    ] as const) {
      await vscode.commands.executeCommand(command, topicRef('http'));
      await until(
        `the panel shows ${status}`,
        () => api.topicPanel()?.state?.status,
        (shown) => shown === status,
      );
    }
  });

  it('creates personal notes from the template, opens them, and shows them again once saved', async () => {
    const notesFile = path.join(workspaceRoot(), '.roadmap', 'notes', FIXTURE.roadmapId, 'http.md');
    fs.rmSync(notesFile, { force: true });
    await openTopic(api, 'http');
    await vscode.commands.executeCommand('roadmapTracker.openNotes', topicRef('http'));
    assert.match(fs.readFileSync(notesFile, 'utf8'), /^# HTTP\n\n\*Practice Fixture › Basics\*\n/);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.fsPath, notesFile);
    await until(
      'the panel sees the new notes',
      () => api.topicPanel()?.state?.personalNotes,
      (notes) => notes?.exists === true,
    );

    await editor.edit((edit) =>
      edit.insert(
        editor.document.lineAt(editor.document.lineCount - 1).range.end,
        '\nCaching needs **validators**. <script>alert(1)</script>\n',
      ),
    );
    await editor.document.save();
    const shown = await until(
      'the panel shows the saved notes',
      () => richTextHtml(api.topicPanel()?.state?.personalNotes.content ?? []),
      (html) => html.includes('validators'),
    );
    assert.match(shown, /<strong>validators<\/strong>/);
    assert.doesNotMatch(shown, /<script/);
  });

  it('keeps existing notes when Open Notes runs again', async () => {
    const notesFile = path.join(workspaceRoot(), '.roadmap', 'notes', FIXTURE.roadmapId, 'deploy.md');
    fs.mkdirSync(path.dirname(notesFile), { recursive: true });
    fs.writeFileSync(notesFile, 'mine\n');
    await vscode.commands.executeCommand('roadmapTracker.openNotes', topicRef('deploy'));
    assert.equal(fs.readFileSync(notesFile, 'utf8'), 'mine\n');
  });

  it('writes no notes through a symbolic link that leads out of the workspace', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-outside-'));
    const link = path.join(workspaceRoot(), 'linked-notes');
    fs.symlinkSync(outside, link);
    try {
      await setting('notesFolder', 'linked-notes/${roadmapId}');
      await vscode.commands.executeCommand('roadmapTracker.openNotes', topicRef('joins'));
      assert.deepEqual(fs.readdirSync(outside), []);
      const { state } = await openTopic(api, 'joins');
      assert.match(state?.personalNotes.problem ?? '', /symbolic link/);
    } finally {
      await setting('notesFolder', undefined);
      fs.rmSync(link, { force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('does not use a practice folder setting that leaves the workspace', async () => {
    try {
      await setting('practiceFolder', '../escape/${topicId}');
      await openTopic(api, 'indexes');
      const practice = await until(
        'the panel reports the setting',
        () => api.topicPanel()?.state?.practice,
        (shown) => shown?.problem !== undefined,
      );
      assert.match(practice?.problem ?? '', /practiceFolder/);
      assert.equal(practice?.folder, undefined);
    } finally {
      await setting('practiceFolder', undefined);
    }
  });

  it('is left open on HTTP for the reload', async () => {
    await openTopic(api, 'http');
  });

  it(`comes back after a window reload showing the same topic ${afterReloadTag}`, async function () {
    this.timeout(90_000);
    const reloaded = await activateExtension();
    // The serializer revived the panel: it is the controller's, showing HTTP, before anything opens a topic.
    const revived = await until(
      'the revived panel',
      () => reloaded.topicPanel(),
      (panel) => panel?.topicId === 'http',
      30_000,
    );
    assert.equal(revived?.roadmapId, FIXTURE.roadmapId);
    assert.equal(topicTabs().length, 1);
    // VS Code loads a revived webview only once its tab is shown, and which tab is in front after the
    // reload depends on the tests before: show it as a person clicking its tab would (the same panel).
    await vscode.commands.executeCommand('roadmapTracker.openTopic', topicRef('http'));
    // Whether its tab is in front is read too, so that a failure says which step did not happen.
    const { panel: shown } = await until(
      'the restored panel',
      () => ({ panel: reloaded.topicPanel(), tabsInFront: topicTabs().map((tab) => tab.isActive) }),
      ({ panel }) => panel?.state !== undefined,
      60_000,
    );
    assert.equal(shown?.topicId, 'http');
    assert.equal(shown?.state?.title, 'HTTP');
    assert.equal(topicTabs().length, 1);
  });
});

// Workspace roadmaps in a real VS Code: problems in the Problems panel, live reload through the file
// watcher, progress kept across edits and deletion. Every file these tests create is removed again, and
// each test waits until the extension has seen that, so the other test files find the fixture as it was.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TestHooks as RoadmapTrackerApi } from '../../../src/api/testHooks';
import {
  activateExtension,
  closeTextEditors,
  deleteOnDisk,
  describeDiagnostic,
  eventually,
  orphanedStatus,
  problemsOf,
  runOn,
  treeItemOf,
  workspacePath,
  workspaceUri,
  writeOnDisk,
} from './helpers';

const isBroken = (api: RoadmapTrackerApi, uri: vscode.Uri): boolean => api.brokenRoadmaps().some((entry) => entry.uri === uri.toString());

/** Deletes a roadmap file the test wrote and waits until the extension no longer knows it. */
async function removeRoadmapFile(api: RoadmapTrackerApi, relativePath: string, roadmapId: string): Promise<void> {
  const uri = workspaceUri(relativePath);
  deleteOnDisk(relativePath);
  await eventually(
    `${relativePath} gone from the roadmaps`,
    () => api.roadmapIds().includes(roadmapId) || isBroken(api, uri),
    (known) => !known,
  );
  await eventually(
    `${relativePath} gone from the Problems panel`,
    () => problemsOf(uri).length,
    (count) => count === 0,
  );
}

describe('workspace roadmaps: Problems panel', () => {
  let api: RoadmapTrackerApi;
  before(async () => {
    api = await activateExtension();
  });
  afterEach(closeTextEditors);

  it('lists the problems of the broken fixture at their line and column', async () => {
    const uri = workspaceUri('roadmaps/broken.roadmap.yaml');
    const diagnostics = await eventually(
      'diagnostics of broken.roadmap.yaml',
      () => problemsOf(uri),
      (found) => found.length === 2,
    );
    const byLine = [...diagnostics].sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.deepEqual(byLine.map(describeDiagnostic), ['6:4 "title" is missing', '7:4 unknown key "titel"; did you mean "title"?']);
    // The unknown key's range is the key itself.
    assert.ok(byLine[1]!.range.isEqual(new vscode.Range(7, 4, 7, 9)), JSON.stringify(byLine[1]!.range));
    for (const diagnostic of diagnostics) assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
  });

  it('reports a new broken file; fixing it in the editor clears its problems, and saving loads the roadmap', async () => {
    const relativePath = 'roadmaps/fix-me.roadmap.yaml';
    const uri = writeOnDisk(
      relativePath,
      ['id: fix-me', 'title: Fix Me', 'nodes:', '  - id: first', '    title: First', '    sumary: A short summary', ''].join('\n'),
    );
    try {
      const [problem] = await eventually(
        'the problem of fix-me',
        () => problemsOf(uri),
        (found) => found.length === 1,
      );
      assert.ok(problem);
      assert.equal(describeDiagnostic(problem), '5:4 unknown key "sumary" (in "First"); did you mean "summary"?');
      assert.ok(problem.range.isEqual(new vscode.Range(5, 4, 5, 10)), JSON.stringify(problem.range));
      assert.ok(isBroken(api, uri), 'listed as a broken roadmap');
      assert.ok(!api.roadmapIds().includes('fix-me'));

      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, problem.range, 'summary');
      assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
      assert.ok(document.isDirty);
      // Checked while typing, before the file is saved.
      await eventually(
        'problems while the fix is unsaved',
        () => problemsOf(uri).map(describeDiagnostic),
        (found) => found.length === 0,
      );

      // From the save until the roadmap has loaded, the old problems must not come back, not even briefly.
      const seenAfterSave = new Set<string>();
      assert.ok(await document.save(), 'the file saves');
      await eventually(
        'fix-me in the roadmaps',
        () => {
          for (const diagnostic of problemsOf(uri)) seenAfterSave.add(describeDiagnostic(diagnostic));
          return api.roadmapIds();
        },
        (ids) => ids.includes('fix-me'),
      );
      assert.deepEqual([...seenAfterSave], [], 'problems listed between the save and the reload');
      assert.ok(!isBroken(api, uri), 'no longer broken');
      assert.deepEqual(problemsOf(uri).map(describeDiagnostic), []);
      assert.equal(treeItemOf(api, 'fix-me').label, 'Fix Me');
      const tooltip = treeItemOf(api, 'fix-me', 'first').tooltip;
      assert.ok(
        tooltip instanceof vscode.MarkdownString && tooltip.value.includes('A short summary'),
        'the fixed key is read: the summary is in the tooltip',
      );
    } finally {
      await closeTextEditors();
      await removeRoadmapFile(api, relativePath, 'fix-me');
    }
  });

  it('points a duplicate id at both of its uses', async () => {
    const relativePath = 'roadmaps/twice.roadmap.yaml';
    const text = ['id: twice', 'title: Twice', 'nodes:', '  - id: first', '    title: First', '  - id: first', '    title: Again', ''].join(
      '\n',
    );
    const uri = writeOnDisk(relativePath, text);
    try {
      const [problem] = await eventually(
        'the problem of twice',
        () => problemsOf(uri),
        (found) => found.length === 1,
      );
      assert.ok(problem);
      assert.match(problem.message, /^duplicate id "first"/);
      assert.ok(problem.range.isEqual(new vscode.Range(5, 8, 5, 13)), JSON.stringify(problem.range));
      const related = problem.relatedInformation ?? [];
      assert.equal(related.length, 1);
      assert.equal(related[0]!.location.uri.toString(), uri.toString());
      assert.ok(related[0]!.location.range.isEqual(new vscode.Range(3, 8, 3, 13)), JSON.stringify(related[0]!.location.range));
    } finally {
      await removeRoadmapFile(api, relativePath, 'twice');
    }
  });

  it('flags an unsaved edit that breaks a valid roadmap, and clears it when the edit is undone', async () => {
    const relativePath = 'roadmaps/live.roadmap.yaml';
    const uri = writeOnDisk(relativePath, ['id: live', 'title: Live', 'nodes:', '  - id: only', '    title: Only', ''].join('\n'));
    try {
      await eventually(
        'live in the roadmaps',
        () => api.roadmapIds(),
        (ids) => ids.includes('live'),
      );
      const editor = await vscode.window.showTextDocument(uri);
      assert.ok(await editor.edit((builder) => builder.replace(new vscode.Range(4, 4, 4, 9), 'titel')));
      const live = await eventually(
        'the live problems',
        () => problemsOf(uri).map(describeDiagnostic).sort(),
        (found) => found.length === 2,
      );
      assert.deepEqual(live, ['3:4 "title" is missing', '4:4 unknown key "titel"; did you mean "title"?']);
      // The saved file is still valid: the tree keeps the roadmap while the edit is unsaved.
      assert.ok(api.roadmapIds().includes('live'));

      await vscode.commands.executeCommand('undo');
      assert.ok(!editor.document.isDirty, 'undone to the saved text');
      await eventually(
        'problems after the undo',
        () => problemsOf(uri).map(describeDiagnostic),
        (found) => found.length === 0,
      );
    } finally {
      await closeTextEditors();
      await removeRoadmapFile(api, relativePath, 'live');
    }
  });
});

describe('workspace roadmaps: reloads that overlap file changes', () => {
  it('never reports a file deleted while the roadmaps are read as a file that cannot be read', async () => {
    const api = await activateExtension();
    const unreadable: string[] = [];
    const text = ['id: short-lived', 'title: Short Lived', 'nodes:', '  - id: only', '    title: Only', ''].join('\n');
    for (let attempt = 0; attempt < 40; attempt++) {
      writeOnDisk('roadmaps/short-lived.roadmap.yaml', text);
      const reloaded = vscode.commands.executeCommand('roadmapTracker.refresh');
      // Delete at varying moments of the reload: while the files are listed, or read.
      await new Promise((resolve) => setTimeout(resolve, (attempt * 3) % 120));
      deleteOnDisk('roadmaps/short-lived.roadmap.yaml');
      await reloaded;
      unreadable.push(
        ...api
          .brokenRoadmaps()
          .flatMap((entry) =>
            entry.problems.filter((problem) => /could not be read/.test(problem.message)).map((problem) => problem.message),
          ),
      );
    }
    await vscode.commands.executeCommand('roadmapTracker.refresh');
    assert.ok(!api.roadmapIds().includes('short-lived'));
    assert.deepEqual(unreadable, []);
  });
});

describe('workspace roadmaps: a file written outside the editor', () => {
  const relativePath = 'roadmaps/own.roadmap.yaml';
  const roadmapId = 'own-roadmap';
  const lines = [
    'id: own-roadmap',
    'title: Own Roadmap',
    'nodes:',
    '  - id: basics',
    '    title: Basics',
    '    kind: group',
    '    children:',
    '      - id: first',
    '        title: First',
    '      - id: second',
    '        title: Second',
    '  - id: last',
    '    title: Last',
  ];
  let api: RoadmapTrackerApi;
  before(async () => {
    api = await activateExtension();
  });
  after(async () => {
    await removeRoadmapFile(api, relativePath, roadmapId);
  });

  it('appears in the tree without a reload when it is created', async () => {
    writeOnDisk(relativePath, lines.join('\n'));
    await eventually(
      'own-roadmap in the roadmaps',
      () => api.roadmapIds(),
      (ids) => ids.includes(roadmapId),
    );
    assert.equal(treeItemOf(api, roadmapId).label, 'Own Roadmap');
    assert.deepEqual(api.countsOf(roadmapId), { done: 0, inProgress: 0, skipped: 0, total: 3 });
    assert.deepEqual(problemsOf(workspaceUri(relativePath)), []);
  });

  it('keeps its progress and its rows’ ids when the file is edited', async () => {
    await runOn('roadmapTracker.markDone', 'first', roadmapId);
    await runOn('roadmapTracker.markInProgress', 'last', roadmapId);
    const idsBefore = ['basics', 'first', 'second', 'last'].map((nodeId) => treeItemOf(api, roadmapId, nodeId).id);

    // A new title, and a topic added between the others.
    const edited = lines.map((line) => line.replace('title: Own Roadmap', 'title: Own Roadmap, edited'));
    edited.splice(11, 0, '      - id: third', '        title: Third');
    writeOnDisk(relativePath, edited.join('\n'));
    await eventually(
      'the edited title',
      () => treeItemOf(api, roadmapId).label,
      (label) => label === 'Own Roadmap, edited',
    );

    assert.deepEqual(api.countsOf(roadmapId), { done: 1, inProgress: 1, skipped: 0, total: 4 });
    assert.equal(api.statusOf(roadmapId, 'first'), 'done');
    assert.equal(api.statusOf(roadmapId, 'last'), 'in-progress');
    assert.equal(api.statusOf(roadmapId, 'third'), 'todo');
    assert.deepEqual(
      ['basics', 'first', 'second', 'last'].map((nodeId) => treeItemOf(api, roadmapId, nodeId).id),
      idsBefore,
    );
    assert.equal(treeItemOf(api, roadmapId, 'basics').description, '1/3 · 33%');
  });

  it('leaves the tree when the file is deleted, and its progress stays saved', async () => {
    await api.flush();
    deleteOnDisk(relativePath);
    await eventually(
      'own-roadmap gone from the roadmaps',
      () => api.roadmapIds(),
      (ids) => !ids.includes(roadmapId),
    );
    assert.equal(api.treeItem(roadmapId), undefined);
    assert.equal(orphanedStatus(api, roadmapId, 'first'), 'done');
    assert.equal(orphanedStatus(api, roadmapId, 'last'), 'in-progress');
  });

  it('finds its progress again when the file comes back', async () => {
    writeOnDisk(relativePath, lines.join('\n'));
    await eventually(
      'own-roadmap back in the roadmaps',
      () => api.roadmapIds(),
      (ids) => ids.includes(roadmapId),
    );
    assert.equal(api.statusOf(roadmapId, 'first'), 'done');
    assert.deepEqual(api.countsOf(roadmapId), { done: 1, inProgress: 1, skipped: 0, total: 3 });
  });
});

describe('workspace roadmaps: folders', () => {
  const roadmapId = 'in-a-folder';
  const text = ['id: in-a-folder', 'title: In a Folder', 'nodes:', '  - id: only', '    title: Only', ''].join('\n');
  let api: RoadmapTrackerApi;
  before(async () => {
    api = await activateExtension();
  });
  after(async () => {
    for (const folder of ['moved-in', 'doomed']) fs.rmSync(workspacePath(folder), { recursive: true, force: true });
    await vscode.commands.executeCommand('roadmapTracker.refresh');
    await eventually(
      `${roadmapId} gone`,
      () => api.roadmapIds(),
      (ids) => !ids.includes(roadmapId),
    );
  });

  it('lists a roadmap that arrives inside a folder (moved in, checked out, unzipped)', async () => {
    // Prepared next to the workspace and moved in: VS Code reports the folder, not the file in it.
    const staging = fs.mkdtempSync(path.join(path.dirname(workspacePath('.')), 'staging-'));
    fs.mkdirSync(path.join(staging, 'plans'));
    fs.writeFileSync(path.join(staging, 'plans', 'mine.roadmap.yaml'), text);
    fs.renameSync(staging, workspacePath('moved-in'));
    await eventually(
      `${roadmapId} in the roadmaps`,
      () => api.roadmapIds(),
      (ids) => ids.includes(roadmapId),
    );
    fs.rmSync(workspacePath('moved-in'), { recursive: true });
    await eventually(
      `${roadmapId} gone from the roadmaps`,
      () => api.roadmapIds(),
      (ids) => !ids.includes(roadmapId),
    );
  });

  it('drops the roadmap when its folder is deleted, keeping its progress (a rename is a folder deleted and one created)', async () => {
    writeOnDisk('doomed/plans/mine.roadmap.yaml', text);
    await vscode.commands.executeCommand('roadmapTracker.refresh');
    assert.ok(api.roadmapIds().includes(roadmapId));
    await runOn('roadmapTracker.markDone', 'only', roadmapId);
    await api.flush();

    fs.rmSync(workspacePath('doomed'), { recursive: true });
    await eventually(
      `${roadmapId} gone from the roadmaps`,
      () => api.roadmapIds(),
      (ids) => !ids.includes(roadmapId),
    );
    assert.deepEqual(
      api.brokenRoadmaps().map((entry) => entry.title),
      ['Broken Fixture'],
      'and it is not reported as a file that cannot be read',
    );
    assert.equal(orphanedStatus(api, roadmapId, 'only'), 'done');
  });
});

describe('workspace roadmaps: the roadmapTracker.workspaceRoadmaps setting', () => {
  const setting = () => vscode.workspace.getConfiguration('roadmapTracker');
  const brokenFixture = workspaceUri('roadmaps/broken.roadmap.yaml');
  let api: RoadmapTrackerApi;
  before(async () => {
    api = await activateExtension();
  });
  after(async () => {
    await setting().update('workspaceRoadmaps', undefined, vscode.ConfigurationTarget.Workspace);
    await eventually(
      'the broken fixture back',
      () => api.brokenRoadmaps().length,
      (count) => count === 1,
    );
    deleteOnDisk('notes/elsewhere.roadmap.yaml');
    fs.rmSync(workspacePath('.vscode'), { recursive: true, force: true });
    await eventually(
      'elsewhere gone',
      () => api.roadmapIds(),
      (ids) => !ids.includes('elsewhere'),
    );
  });

  it('loads and watches only the files its globs match', async () => {
    await setting().update(
      'workspaceRoadmaps',
      ['roadmaps/practice.roadmap.yaml', 'notes/*.roadmap.yaml'],
      vscode.ConfigurationTarget.Workspace,
    );
    await eventually(
      'the broken fixture no longer loaded',
      () => api.brokenRoadmaps().length,
      (count) => count === 0,
    );
    assert.ok(api.roadmapIds().includes('practice-fixture'));
    await eventually(
      'its problems gone from the Problems panel',
      () => problemsOf(brokenFixture).length,
      (count) => count === 0,
    );

    // The watcher follows the new globs.
    writeOnDisk(
      'notes/elsewhere.roadmap.yaml',
      ['id: elsewhere', 'title: Elsewhere', 'nodes:', '  - id: only', '    title: Only', ''].join('\n'),
    );
    await eventually(
      'elsewhere in the roadmaps',
      () => api.roadmapIds(),
      (ids) => ids.includes('elsewhere'),
    );
  });
});

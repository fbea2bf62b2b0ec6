// Loading roadmaps in a real VS Code (issues 10, 11 and 12): an edit re-reads only the edited file,
// links out of the workspace are refused with a message, a link to / does not hold up loading, a huge
// file is refused by its size, and importing the same text twice offers to update the first roadmap.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TestHooks as RoadmapTrackerApi } from '../../../src/api/testHooks';
import { RoadmapCatalog } from '../../../src/roadmaps/roadmapCatalog';
import { stubQuickPick, stubWindow } from './dialogStubs';
import {
  activateExtension,
  bundledRoadmapIds,
  closeTextEditors,
  deleteOnDisk,
  eventually,
  FIXTURE,
  runOn,
  workspacePath,
  writeOnDisk,
} from './helpers';

const roadmapText = (id: string, title: string, topic = 'First'): string =>
  ['id: ' + id, 'title: ' + title, 'nodes:', '  - id: first', `    title: ${topic}`, ''].join('\n');
const brokenProblems = (api: RoadmapTrackerApi, uri: vscode.Uri): string[] =>
  api
    .brokenRoadmaps()
    .find((entry) => entry.uri === uri.toString())
    ?.problems.map((problem) => problem.message) ?? [];

describe('roadmap loading', function () {
  this.timeout(60_000);
  let api: RoadmapTrackerApi;
  const cleanups: (() => void)[] = [];

  before(async () => {
    api = await activateExtension();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
    await closeTextEditors();
    await vscode.commands.executeCommand('roadmapTracker.refresh');
  });

  it('a deleted roadmap stays gone when a change to another file is handled during the search its deletion started', async () => {
    const deleted = writeOnDisk('loading/deleted.roadmap.yaml', roadmapText('loading-deleted', 'Deleted'));
    const changed = writeOnDisk('loading/changed.roadmap.yaml', roadmapText('loading-changed', 'Changed'));
    cleanups.push(() => fs.rmSync(workspacePath('loading'), { recursive: true, force: true }));
    await eventually(
      'both roadmaps loaded',
      () => api.roadmapIds(),
      (ids) => ids.includes('loading-deleted') && ids.includes('loading-changed'),
    );
    fs.rmSync(deleted.fsPath);
    // The deletion asks for a new search; before it ends, a change to the other file asks for a re-read
    // of that file alone. The second reload is the newest and wins: it must not reuse the old list.
    const search = api.refreshRoadmaps([], true);
    const reread = api.refreshRoadmaps([changed.toString()], false);
    await Promise.all([search, reread]);
    assert.ok(!api.roadmapIds().includes('loading-deleted'), `the deleted roadmap came back: ${api.roadmapIds().join(', ')}`);
    assert.ok(api.roadmapIds().includes('loading-changed'));
  });

  it('re-reads only the edited workspace roadmap file', async () => {
    const edited = writeOnDisk('loading/edited.roadmap.yaml', roadmapText('loading-edited', 'Edited'));
    const other = writeOnDisk('loading/other.roadmap.yaml', roadmapText('loading-other', 'Other'));
    cleanups.push(() => fs.rmSync(workspacePath('loading'), { recursive: true, force: true }));
    await eventually(
      'both roadmaps loaded',
      () => api.roadmapIds(),
      (ids) => ids.includes('loading-edited') && ids.includes('loading-other'),
    );
    const fixture = vscode.Uri.file(workspacePath('roadmaps/practice.roadmap.yaml'));
    const reads = () => ({
      edited: api.roadmapFileReads(edited.toString()),
      other: api.roadmapFileReads(other.toString()),
      fixture: api.roadmapFileReads(fixture.toString()),
    });
    // The creation of the two files may still be reported (file and folder events): wait until reads settle.
    const readsBefore = await eventually(
      'reads settle',
      async () => {
        const before = JSON.stringify(reads());
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        return before === JSON.stringify(reads()) ? reads() : undefined;
      },
      (settled) => settled !== undefined,
      20_000,
    );

    writeOnDisk('loading/edited.roadmap.yaml', roadmapText('loading-edited', 'Edited Again'));
    await eventually(
      'the edit loaded',
      () => api.treeItem('loading-edited')?.label,
      (label) => label === 'Edited Again',
    );
    const after = reads();
    assert.ok(readsBefore && after.edited > readsBefore.edited, 'the edited file was read again');
    assert.deepEqual({ other: after.other, fixture: after.fixture }, { other: readsBefore?.other, fixture: readsBefore?.fixture });
  });

  it('refuses, with a message, a roadmap reached through a link out of the workspace, and its note file', async () => {
    const outside = fs.mkdtempSync(path.join(path.dirname(workspacePath('.')), 'outside-'));
    cleanups.push(() => fs.rmSync(outside, { recursive: true, force: true }));
    fs.writeFileSync(
      path.join(outside, 'outside.roadmap.yaml'),
      ['id: outside-secret', 'title: Outside', 'nodes:', '  - id: secret', '    title: Secret', '    noteFile: secret.md', ''].join('\n'),
    );
    fs.writeFileSync(path.join(outside, 'secret.md'), 'the secret');
    const linkedFile = workspacePath('outside-link.roadmap.yaml');
    const linkedFolder = workspacePath('linkdir');
    fs.symlinkSync(path.join(outside, 'outside.roadmap.yaml'), linkedFile);
    fs.symlinkSync(outside, linkedFolder);
    cleanups.push(() => {
      fs.rmSync(linkedFile, { force: true });
      fs.rmSync(linkedFolder, { force: true });
    });

    await vscode.commands.executeCommand('roadmapTracker.refresh');
    const problems = await eventually(
      'the linked file refused',
      () => brokenProblems(api, vscode.Uri.file(linkedFile)),
      (found) => found.length > 0,
    );
    assert.match(problems[0] ?? '', /symbolic link to .*outside the workspace folder/);
    assert.ok(!api.roadmapIds().includes('outside-secret'), 'the outside roadmap is not loaded, through the file link or the folder link');
  });

  it('loads every roadmap while the workspace holds a link to /', async () => {
    const rootLink = workspacePath('root-link');
    fs.symlinkSync('/', rootLink);
    cleanups.push(() => fs.rmSync(rootLink, { force: true }));
    // Before the fix the search followed the link through the whole disk for minutes.
    await vscode.commands.executeCommand('roadmapTracker.refresh');
    const ids = api.roadmapIds();
    for (const id of [...bundledRoadmapIds(), FIXTURE.roadmapId]) assert.ok(ids.includes(id), `${id} loaded`);
  });

  it('refuses a roadmap file over the size limit by its size', async () => {
    const huge = workspacePath('huge.roadmap.yaml');
    cleanups.push(() => fs.rmSync(huge, { force: true }));
    // 20 MB of zeros, sparse on disk: the size check must refuse it before reading.
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 20 * 1024 * 1024);
    await vscode.commands.executeCommand('roadmapTracker.refresh');
    const problems = brokenProblems(api, vscode.Uri.file(huge));
    assert.deepEqual(problems, ['the file is 20.0 MB; roadmaps are limited to 8.0 MB']);
    assert.equal(api.roadmapFileReads(vscode.Uri.file(huge).toString()), 0, 'its content was never read');
  });

  it('importing the same text twice offers to update the first roadmap, keeping its progress', async () => {
    const text = '# Twice Imported\n## Basics\n- [ ] Alpha\n- [ ] Beta\n';
    const source = writeOnDisk('imports/twice.md', text);
    cleanups.push(() => deleteOnDisk('imports/twice.md'));
    const importOnce = async (answer: string | undefined): Promise<string[]> => {
      const warnings: string[] = [];
      const stubs = [
        stubQuickPick((items) => (items as readonly (vscode.QuickPickItem & { source: string })[]).find((item) => item.source === 'file')),
        stubWindow('showOpenDialog', async () => [source]),
        stubWindow('showInformationMessage', async () => undefined),
        stubWindow('showWarningMessage', async (message) => {
          warnings.push(String(message));
          return answer;
        }),
      ];
      try {
        await vscode.commands.executeCommand('roadmapTracker.importRoadmap');
      } finally {
        for (const stub of stubs) stub.restore();
      }
      return warnings;
    };

    assert.deepEqual(await importOnce(undefined), []);
    const file = workspacePath('twice-imported.roadmap.yaml');
    cleanups.push(() => fs.rmSync(file, { force: true }));
    await eventually(
      'the first import loaded',
      () => api.roadmapIds(),
      (ids) => ids.includes('twice-imported'),
    );
    const topicId = [...fs.readFileSync(file, 'utf8').matchAll(/- id: (\S+)\n\s+title: Alpha/g)][0]?.[1] ?? assert.fail('Alpha has an id');
    await runOn('roadmapTracker.markDone', topicId, 'twice-imported');
    await api.flush();

    fs.writeFileSync(source.fsPath, text.replace('Beta', 'Gamma'));
    const warnings = await importOnce('Update It');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /"Twice Imported" is already in twice-imported\.roadmap\.yaml/);
    await eventually(
      'the first roadmap updated',
      () => fs.readFileSync(file, 'utf8'),
      (written) => written.includes('Gamma'),
    );
    assert.ok(!fs.existsSync(workspacePath('twice-imported-2.roadmap.yaml')), 'no copy was made');
    assert.ok(!api.roadmapIds().includes('twice-imported-2'));
    assert.equal(api.statusOf('twice-imported', topicId), 'done');

    await importOnce('Make a Copy');
    cleanups.push(() => fs.rmSync(workspacePath('twice-imported-2.roadmap.yaml'), { force: true }));
    await eventually(
      'the copy loaded',
      () => api.roadmapIds(),
      (ids) => ids.includes('twice-imported-2'),
    );
  });

  it('reports bundled roadmaps that cannot be read instead of showing none', async () => {
    const catalog = new RoadmapCatalog(vscode.Uri.file(path.join(workspacePath('no-extension-here'), 'roadmaps')), () => []);
    try {
      await catalog.reload();
      const [entry, ...rest] = catalog.all();
      assert.equal(rest.length, 0);
      assert.equal(entry?.kind, 'broken');
      assert.equal(entry?.origin, 'bundled');
      assert.match(
        entry?.kind === 'broken' ? (entry.problems[0]?.message ?? '') : '',
        /the bundled roadmaps could not be read from .*bundled-roadmaps\.json/,
      );
    } finally {
      catalog.dispose();
    }
  });

  it('leaves no progress behind when writing an imported roadmap fails', async () => {
    const source = writeOnDisk('imports/unwritable.md', '# Unwritable Import\n- [x] Alpha\n- [ ] Beta\n');
    // The file name the import picks is a link to itself: it does not exist, and writing it fails (ELOOP).
    const target = workspacePath('unwritable-import.roadmap.yaml');
    fs.symlinkSync('unwritable-import.roadmap.yaml', target);
    cleanups.push(() => {
      fs.rmSync(target, { force: true });
      fs.rmSync(workspacePath('unwritable-import-2.roadmap.yaml'), { force: true });
      deleteOnDisk('imports/unwritable.md');
    });
    const stubs = [
      stubQuickPick((items) => (items as readonly (vscode.QuickPickItem & { source: string })[]).find((item) => item.source === 'file')),
      stubWindow('showOpenDialog', async () => [source]),
      stubWindow('showInformationMessage', async (_message, options) =>
        typeof options === 'object' && options !== null && (options as vscode.MessageOptions).modal ? 'Import with Progress' : undefined,
      ),
    ];
    try {
      // The failure itself is the command wrapper's to report; what matters here is what is left behind.
      await vscode.commands.executeCommand('roadmapTracker.importRoadmap').then(undefined, () => undefined);
    } finally {
      for (const stub of stubs) stub.restore();
    }
    await api.flush();
    assert.ok(!fs.existsSync(target), 'the write failed');
    assert.ok(!api.roadmapIds().includes('unwritable-import'));
    assert.deepEqual(api.orphanedProgress('unwritable-import'), [], 'no progress saved for a roadmap that was never written');
  });
});

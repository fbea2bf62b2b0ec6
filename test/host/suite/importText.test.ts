// "Import Roadmap from Text…" in a real VS Code, with seed 003 (an ASCII tree with status markers, damaged
// by a wrong encoding) as the text. The dialogs are stubbed: the source quick pick, the modal question
// about the markers, the closing message.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TestHooks as RoadmapTrackerApi } from '../../../src/api/testHooks';
import { BUNDLED_SEEDS } from '../../fixtures/bundledSeeds';
import { stubQuickPick, stubWindow } from './dialogStubs';
import { activateExtension, closeTextEditors, EXTENSION_ID, eventually, orphanedStatus, problemsOf, workspacePath } from './helpers';

const SEED_FILE = '003_f5fb33b680d64a1c.txt';
const SEED_COPY = 'imports/seed-003.txt';
const KEEP_PROGRESS = 'Import with Progress';
const WITHOUT_PROGRESS = 'Import without Progress';

type SourceItem = vscode.QuickPickItem & { source: string };

/** The roadmap the extension bundles from the same seed. */
const bundledId = BUNDLED_SEEDS.find((seed) => seed.file === SEED_FILE)?.roadmap.id ?? assert.fail(`${SEED_FILE} is a bundled seed`);

function copySeedIntoWorkspace(): vscode.Uri {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  const target = workspacePath(SEED_COPY);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(path.join(extension.extensionPath, 'test', 'fixtures', 'seeds', SEED_FILE), target);
  return vscode.Uri.file(target);
}

describe('Import Roadmap from Text…', () => {
  let api: RoadmapTrackerApi;
  let seed: vscode.Uri;
  let idsBefore: string[];
  const restores: (() => void)[] = [];

  /** Answers the dialogs: which source to read, how to treat the markers (undefined: cancel the modal). */
  function answerDialogs(
    source: string,
    markers: string | undefined,
  ): { picked: SourceItem[][]; questions: string[]; messages: string[]; errors: string[] } {
    const picked: SourceItem[][] = [];
    const questions: string[] = [];
    const messages: string[] = [];
    const errors: string[] = [];
    const stubs = [
      stubQuickPick((items) => {
        const offered = items as readonly SourceItem[];
        picked.push([...offered]);
        return offered.find((item) => item.source === source);
      }),
      stubWindow('showInformationMessage', async (message, options) => {
        const modal = typeof options === 'object' && options !== null && (options as vscode.MessageOptions).modal === true;
        (modal ? questions : messages).push(String(message));
        return modal ? markers : undefined;
      }),
      stubWindow('showErrorMessage', async (message) => {
        errors.push(String(message));
        return undefined;
      }),
      stubWindow('showOpenDialog', async () => [seed]),
    ];
    restores.push(...stubs.map((stub) => stub.restore));
    return { picked, questions, messages, errors };
  }

  /** Ids of the roadmaps the test added. */
  const addedIds = (): string[] => api.roadmapIds().filter((id) => !idsBefore.includes(id));

  before(async () => {
    api = await activateExtension();
    seed = copySeedIntoWorkspace();
  });
  beforeEach(() => {
    idsBefore = api.roadmapIds();
  });
  afterEach(async () => {
    for (const restore of restores.splice(0)) restore();
    await closeTextEditors();
    const added = addedIds();
    for (const id of added) {
      const file = workspacePath(`${id}.roadmap.yaml`);
      assert.ok(fs.existsSync(file), `the imported roadmap ${id} was written to ${file}`);
      fs.rmSync(file);
    }
    await eventually(
      'the imported roadmaps gone',
      () => addedIds(),
      (ids) => ids.length === 0,
    );
  });
  after(() => fs.rmSync(workspacePath('imports'), { recursive: true, force: true }));

  it('imports seed 003 from the active editor into the tree, with 4 done and 4 in progress when the markers are kept', async () => {
    await vscode.window.showTextDocument(seed);
    const dialogs = answerDialogs('editor', KEEP_PROGRESS);
    await vscode.commands.executeCommand('roadmapTracker.importRoadmap');

    assert.equal(dialogs.picked.length, 1);
    assert.match(String(dialogs.picked[0]![0]!.description), /seed-003\.txt$/, 'the active editor is offered first');
    assert.deepEqual(dialogs.errors, []);
    assert.equal(dialogs.questions.length, 1);
    assert.match(dialogs.questions[0]!, /marks 4 done, 4 in progress and \d+ to do\./);

    const [id] = addedIds();
    assert.ok(id, 'a roadmap was added');
    assert.equal(addedIds().length, 1);
    assert.notEqual(id, bundledId, 'the bundled roadmap keeps its id');
    const counts = api.countsOf(id);
    const bundledCounts = api.countsOf(bundledId);
    assert.ok(counts && bundledCounts);
    assert.deepEqual({ done: counts.done, inProgress: counts.inProgress, skipped: counts.skipped }, { done: 4, inProgress: 4, skipped: 0 });
    assert.equal(counts.total, bundledCounts.total, 'as many topics as the bundled roadmap made from the same seed');
    assert.equal(api.treeItem(id)?.label, 'BACKEND ENGINEERING ROADMAP', 'the title the seed gives');

    const written = workspacePath(`${id}.roadmap.yaml`);
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, written, 'the new file is opened');
    assert.deepEqual(problemsOf(vscode.Uri.file(written)), []);
    assert.equal(dialogs.messages.length, 1);
    assert.match(
      dialogs.messages[0]!,
      /^Imported ".+" into .+\.roadmap\.yaml\. Text damaged by a wrong encoding was repaired \(\d+ places\)\.$/,
    );
  });

  it('starts from zero when the markers are declined (reading the seed from a file)', async () => {
    const dialogs = answerDialogs('file', WITHOUT_PROGRESS);
    await vscode.commands.executeCommand('roadmapTracker.importRoadmap');
    assert.equal(dialogs.questions.length, 1);
    const [id] = addedIds();
    assert.ok(id, 'a roadmap was added');
    const counts = api.countsOf(id);
    assert.deepEqual({ done: counts?.done, inProgress: counts?.inProgress }, { done: 0, inProgress: 0 });
  });

  it('never gives a new import the id, and so the progress, that a deleted import left behind', async () => {
    await vscode.window.showTextDocument(seed);
    answerDialogs('editor', KEEP_PROGRESS);
    await vscode.commands.executeCommand('roadmapTracker.importRoadmap');
    const [first] = addedIds();
    assert.ok(first, 'a roadmap was imported');
    assert.equal(api.countsOf(first)?.done, 4);
    await api.flush();
    fs.rmSync(workspacePath(`${first}.roadmap.yaml`));
    await eventually(
      `${first} gone`,
      () => api.roadmapIds(),
      (ids) => !ids.includes(first),
    );
    assert.equal(orphanedStatus(api, first, 'python'), 'done', 'the deleted import keeps its progress');

    await vscode.window.showTextDocument(seed);
    answerDialogs('editor', WITHOUT_PROGRESS);
    await vscode.commands.executeCommand('roadmapTracker.importRoadmap');
    const [second] = addedIds();
    assert.ok(second);
    assert.notEqual(second, first);
    const counts = api.countsOf(second);
    assert.deepEqual({ done: counts?.done, inProgress: counts?.inProgress }, { done: 0, inProgress: 0 });
  });

  it('writes nothing when the question about the markers is cancelled', async () => {
    await vscode.window.showTextDocument(seed);
    const dialogs = answerDialogs('editor', undefined);
    await vscode.commands.executeCommand('roadmapTracker.importRoadmap');
    assert.equal(dialogs.questions.length, 1);
    assert.deepEqual(addedIds(), []);
  });

  it('says clearly why an empty editor cannot be imported', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: '', language: 'markdown' }));
    const dialogs = answerDialogs('editor', KEEP_PROGRESS);
    await vscode.commands.executeCommand('roadmapTracker.importRoadmap');
    assert.equal(dialogs.errors.length, 1);
    assert.match(dialogs.errors[0]!, /^The roadmap could not be imported: /);
    assert.deepEqual(addedIds(), []);
  });
});

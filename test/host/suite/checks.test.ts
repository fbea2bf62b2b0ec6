// Practice checks in a real VS Code: the Testing view's "Roadmap" items, a passing check (offers Mark
// Done, recorded as verified), a failing one (its output tail), a time limit that ends the command with
// its children, Restricted Mode refusing, Set Check… writing the workspace checks file, and a continuous
// run rerunning on save. Every file written here is removed again.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { TestHooks as RoadmapTrackerApi } from '../../../src/api/testHooks';
import { stubWindow, withStubs } from './dialogStubs';
import { activateExtension, closeTextEditors, deleteOnDisk, eventually, treeItemOf, workspacePath, writeOnDisk } from './helpers';

const ROADMAP_FILE = 'checks-host.roadmap.yaml';
const ROADMAP_ID = 'checks-host';
const LAB = 'checks-lab';
const node = JSON.stringify(process.execPath);
const ref = (topicId: string): { roadmapId: string; topicId: string } => ({ roadmapId: ROADMAP_ID, topicId });

const ROADMAP = `id: ${ROADMAP_ID}
title: Checks Host
nodes:
  - id: basics
    title: Basics
    kind: group
    children:
      - id: passing
        title: Passing
        check: { command: ${JSON.stringify(`${node} pass.js`)}, folder: ${LAB} }
      - id: failing
        title: Failing
        check: { command: ${JSON.stringify(`${node} fail.js`)}, folder: ${LAB} }
      - id: sleeping
        title: Sleeping
        check: { command: ${JSON.stringify(`${node} sleep.js`)}, folder: ${LAB}, timeoutSeconds: 2 }
      - id: marker
        title: Marker
        check: { command: ${JSON.stringify(`${node} marker.js`)}, folder: ${LAB} }
      - id: watched
        title: Watched
        practice: [${LAB}/watched/**]
        check: { command: ${JSON.stringify(`${node} ../pass.js`)}, folder: ${LAB}/watched }
  - id: plain
    title: Without a check
`;

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('practice checks', function () {
  this.timeout(60_000);
  let api: RoadmapTrackerApi;
  const approvals: { message: string; detail: string }[] = [];
  const offers: string[] = [];
  const warnings: string[] = [];
  let offerAnswer: string | undefined;
  let restoreStubs: () => void = () => undefined;

  before(async () => {
    api = await activateExtension();
    writeOnDisk(`${LAB}/pass.js`, 'console.log("all good");\n');
    // process.exit() would drop output still queued for the pipe (as Node documents), so the script sets
    // the exit code; its last line is on stdout, since stderr may interleave anywhere.
    writeOnDisk(
      `${LAB}/fail.js`,
      'for (let i = 0; i < 2000; i++) console.log("line " + i);\nconsole.log("expected 42, got 41");\nprocess.exitCode = 1;\n',
    );
    writeOnDisk(
      `${LAB}/sleep.js`,
      [
        'const { spawn } = require("child_process");',
        'const child = spawn(process.execPath, ["-e", "process.on(\'SIGTERM\', () => {}); require(\'fs\').writeFileSync(\'sleeper-child.pid\', String(process.pid)); setInterval(() => {}, 1000);"], { stdio: "inherit" });',
        'setInterval(() => {}, 1000);',
      ].join('\n'),
    );
    writeOnDisk(`${LAB}/marker.js`, 'require("fs").writeFileSync("marker-ran.txt", "ran");\n');
    writeOnDisk(`${LAB}/watched/solution.js`, 'module.exports = 1;\n');
    writeOnDisk(ROADMAP_FILE, ROADMAP);
    await eventually(
      'the checks roadmap loaded',
      () => api.roadmapIds(),
      (ids) => ids.includes(ROADMAP_ID),
      30_000,
    );
    await api.checks.rebuilt();
    const warning = stubWindow('showWarningMessage', async (message: unknown, options: unknown) => {
      // Only the approval question is answered; a warning such as Restricted Mode's reason is recorded apart.
      if (!String(message).startsWith('Run the check of')) {
        warnings.push(String(message));
        return undefined;
      }
      approvals.push({ message: String(message), detail: String((options as { detail?: string } | undefined)?.detail ?? '') });
      return 'Run';
    });
    const information = stubWindow('showInformationMessage', async (message: unknown) => {
      const text = String(message);
      if (/passed/.test(text)) offers.push(text);
      return /passed/.test(text) ? offerAnswer : undefined;
    });
    restoreStubs = () => {
      warning.restore();
      information.restore();
    };
  });

  after(async () => {
    restoreStubs();
    api.checks.overrideTrust(undefined);
    await closeTextEditors();
    deleteOnDisk(ROADMAP_FILE);
    fs.rmSync(workspacePath(LAB), { recursive: true, force: true });
    deleteOnDisk('.roadmap/checks.json');
    await eventually(
      'the checks roadmap gone',
      () => api.roadmapIds(),
      (ids) => !ids.includes(ROADMAP_ID),
      30_000,
    );
  });

  beforeEach(() => {
    approvals.length = 0;
    warnings.length = 0;
    offers.length = 0;
    offerAnswer = undefined;
  });

  it('lists roadmap → section → topic in the Testing view, only topics with a check, and runs nothing on load', () => {
    const roadmap = api.checks.itemTree().find((item) => item.label === 'Checks Host');
    assert.ok(roadmap, JSON.stringify(api.checks.itemTree().map((item) => item.label)));
    assert.deepEqual(JSON.parse(JSON.stringify(roadmap.children)), [
      {
        label: 'Basics',
        children: ['Passing', 'Failing', 'Sleeping', 'Marker', 'Watched'].map((label) => ({ label, children: [] })),
      },
    ]);
    assert.ok(!fs.existsSync(workspacePath(`${LAB}/marker-ran.txt`)), 'loading a roadmap never runs its checks');
    assert.equal(api.checks.reportedState(ref('passing')), undefined);
  });

  it('a passing check shows as passed, asks once with the command in full, and offers Mark Done that records it as verified', async () => {
    offerAnswer = 'Mark Done';
    await vscode.commands.executeCommand('roadmapTracker.runCheck', ref('passing'));
    assert.equal(api.checks.reportedState(ref('passing'))?.state, 'passed');
    assert.match(api.checks.reportedState(ref('passing'))?.output ?? '', /all good/);
    assert.equal(approvals.length, 1);
    assert.ok(approvals[0]!.detail.includes(`${node} pass.js`), approvals[0]!.detail);
    await eventually(
      'Marked done by the check',
      () => api.statusOf(ROADMAP_ID, 'passing'),
      (status) => status === 'done',
    );
    assert.equal(offers.length, 1);
    await eventually(
      'the tree shows the mark',
      () => String(treeItemOf(api, ROADMAP_ID, 'passing').description ?? ''),
      (text) => /check passed/.test(text),
    );
    const tooltip = treeItemOf(api, ROADMAP_ID, 'passing').tooltip as vscode.MarkdownString;
    await eventually(
      'verified in the tooltip',
      () => (treeItemOf(api, ROADMAP_ID, 'passing').tooltip as vscode.MarkdownString).value,
      (text) => /Marked done by its passing check/.test(text),
    );
    assert.ok(tooltip);

    // Export and the Progress view tell the verified topic apart.
    const exported = vscode.Uri.file(workspacePath(`${LAB}/export.json`));
    await vscode.commands.executeCommand('roadmapTracker.exportProgress', ROADMAP_ID, 'json', exported);
    const topics = JSON.parse(fs.readFileSync(exported.fsPath, 'utf8')).topics;
    assert.match(String(topics.passing?.verifiedAt), /^\d{4}-\d{2}-\d{2}T/);
    const checklist = vscode.Uri.file(workspacePath(`${LAB}/export.md`));
    await vscode.commands.executeCommand('roadmapTracker.exportProgress', ROADMAP_ID, 'markdown', checklist);
    assert.match(fs.readFileSync(checklist.fsPath, 'utf8'), /^ *- \[x\] Passing ✔ verified by its check \(\d{4}-\d{2}-\d{2}\)$/m);
    await vscode.commands.executeCommand('roadmapTracker.showProgress');
    const shown = await eventually(
      'the Progress view shows the verified topic',
      () => api.progressView(),
      (snapshot) => (snapshot.texts ?? []).some((text) => /1 of 1 done topic verified by a passing check/.test(text)),
      20_000,
    );
    assert.equal(shown.overview?.roadmaps.find((roadmap) => roadmap.roadmapId === ROADMAP_ID)?.verified, 1);

    // The same command again: no question, and a done topic is not offered Mark Done again.
    await vscode.commands.executeCommand('roadmapTracker.runCheck', ref('passing'));
    assert.equal(api.checks.reportedState(ref('passing'))?.runs, 2);
    assert.equal(approvals.length, 1);
    assert.equal(offers.length, 1);
    await vscode.commands.executeCommand('roadmapTracker.markTodo', ref('passing'));
    await api.flush();
  });

  it('a failing check shows the tail of its output and never changes the status', async () => {
    await vscode.commands.executeCommand('roadmapTracker.runCheck', ref('failing'));
    const reported = api.checks.reportedState(ref('failing'));
    assert.equal(reported?.state, 'failed');
    assert.match(reported?.message ?? '', /exit code 1/);
    assert.match(reported?.message ?? '', /expected 42, got 41/);
    assert.doesNotMatch(reported?.message ?? '', /line 0\n/, 'only the tail');
    assert.equal(api.statusOf(ROADMAP_ID, 'failing'), 'todo');
    assert.equal(offers.length, 0);
    await eventually(
      'the tree shows the failure',
      () => String(treeItemOf(api, ROADMAP_ID, 'failing').description ?? ''),
      (text) => /check failed/.test(text),
    );
  });

  it('ends a command at its time limit together with the processes it started', async () => {
    const pidFile = workspacePath(`${LAB}/sleeper-child.pid`);
    await vscode.commands.executeCommand('roadmapTracker.runCheck', ref('sleeping'));
    const reported = api.checks.reportedState(ref('sleeping'));
    assert.equal(reported?.state, 'failed');
    assert.match(reported?.message ?? '', /time limit/);
    const childPid = Number(fs.readFileSync(pidFile, 'utf8'));
    assert.ok(childPid > 0);
    await eventually(
      'no process left behind',
      () => isAlive(childPid),
      (alive) => !alive,
    );
  });

  it('refuses a check in Restricted Mode, says why, and runs nothing', async () => {
    api.checks.overrideTrust(false);
    try {
      await vscode.commands.executeCommand('roadmapTracker.runCheck', ref('marker'));
      const reported = api.checks.reportedState(ref('marker'));
      assert.equal(reported?.state, 'errored');
      assert.match(reported?.message ?? '', /Restricted Mode/);
      assert.equal(approvals.length, 0, 'not even asked');
      assert.equal(warnings.length, 1);
      assert.match(warnings[0]!, /Restricted Mode/);
      assert.ok(!fs.existsSync(workspacePath(`${LAB}/marker-ran.txt`)));
    } finally {
      api.checks.overrideTrust(undefined);
    }
  });

  it('Run Check on a topic without a check runs nothing and offers Set Check…', async () => {
    const asked: string[] = [];
    const information = stubWindow('showInformationMessage', async (message: unknown) => {
      asked.push(String(message));
      return undefined;
    });
    await withStubs([information], () => vscode.commands.executeCommand('roadmapTracker.runCheck', ref('plain')));
    assert.equal(asked.length, 1);
    assert.match(asked[0]!, /"Without a check" has no check yet/);
    assert.equal(api.checks.reportedState(ref('plain')), undefined);
    assert.equal(approvals.length, 0);
  });

  it("Set Check… keeps a bundled topic's check in .roadmap/checks.json, and it runs from there", async () => {
    const bundledId = 'backend-development';
    const topicId = 'client-server-model-how-requests-responses-work';
    assert.ok(api.treeItem(bundledId, topicId), 'a bundled topic');
    const input = stubWindow('showInputBox', async () => `${node} -e "process.exit(0)"`);
    await withStubs([input], () => vscode.commands.executeCommand('roadmapTracker.setCheck', { roadmapId: bundledId, topicId }));
    const saved = JSON.parse(fs.readFileSync(workspacePath('.roadmap/checks.json'), 'utf8')) as {
      checks: Record<string, Record<string, unknown>>;
    };
    assert.ok(saved.checks[bundledId]?.[topicId], JSON.stringify(saved));
    await vscode.commands.executeCommand('roadmapTracker.runCheck', { roadmapId: bundledId, topicId });
    assert.equal(api.checks.reportedState({ roadmapId: bundledId, topicId })?.state, 'passed');
    await eventually(
      'listed in the Testing view',
      () => api.checks.itemTree().map((item) => item.label),
      (labels) => labels.length >= 2,
    );
  });

  it("a continuous run reruns a topic's check when a file in its practice folder is saved", async () => {
    const before = api.checks.reportedState(ref('watched'))?.runs ?? 0;
    const run = api.checks.startContinuousRun([ref('watched')]);
    try {
      const document = await vscode.workspace.openTextDocument(workspacePath(`${LAB}/watched/solution.js`));
      const editor = await vscode.window.showTextDocument(document);
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '// saved\n'));
      await document.save();
      await eventually(
        'rerun after the save',
        () => api.checks.reportedState(ref('watched')),
        (state) => (state?.runs ?? 0) > before && state?.state === 'passed',
        30_000,
      );
    } finally {
      run.dispose();
    }
  });
});

// Progress over time in a real extension host: the Progress view shows the streak, pace and forecast
// of a seeded history; practice saves and notes edits count as activity without changing a status,
// unless the learner turned on roadmapTracker.startTopicOnFirstPracticeSave.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TestHooks as RoadmapTrackerApi } from '../../../src/api/testHooks';
import { addDays, dayOf, parseFactKey } from '../../../src/model/activity';
import { pollUntil } from '../../support/poll';
import { stubWindow, withStubs } from './dialogStubs';
import { activateExtension, closeTextEditors, FIXTURE, runOn, workspaceUri, writeOnDisk } from './helpers';

// Only this file touches backend-development, so its pace and forecast are known.
const ROADMAP = 'backend-development';

function until<T>(what: string, read: () => T, accept: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  return pollUntil(what, read, accept, { timeoutMs, intervalMs: 100 });
}

async function saveEdited(relativePath: string, text: string): Promise<void> {
  const editor = await vscode.window.showTextDocument(workspaceUri(relativePath), { preview: false });
  assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), text)));
  assert.ok(await editor.document.save(), `${relativePath} saved`);
}

describe('progress over time', () => {
  let api: RoadmapTrackerApi;

  before(async () => {
    api = await activateExtension();
  });

  it('shows the streak, pace and forecast of a seeded history in the Progress view', async () => {
    const today = dayOf(Date.now());
    const roadmapTopics = ['api-design', 'databases', 'caching', 'security', 'testing', 'docker', 'ci-cd'];
    const markedTopic = 'client-server-model-how-requests-responses-work';
    // Earlier tests in this window may have marked topics of this roadmap done today: they count too.
    const doneInWindow = new Set([...roadmapTopics, markedTopic]);
    for (let ago = 0; ago < 28; ago++) {
      for (const fact of api.activityOn(addDays(today, -ago)).map(parseFactKey)) {
        if (fact?.roadmapId === ROADMAP && fact.kind === 'done') doneInWindow.add(fact.topicId);
      }
    }
    await api.seedActivity([
      ...[1, 2, 3, 4, 5].map((ago) => ({
        day: addDays(today, -ago),
        roadmapId: ROADMAP,
        topicId: 'seeded-practice',
        kind: 'practice' as const,
      })),
      ...roadmapTopics.map((topicId, index) => ({
        day: addDays(today, -(index * 3 + 1)),
        roadmapId: ROADMAP,
        topicId,
        kind: 'done' as const,
      })),
    ]);
    assert.ok(api.countsOf(ROADMAP), `${ROADMAP} is loaded`);
    // The view has a bar for each followed roadmap: follow this one (declining to carry progress over).
    const noCarry = stubWindow('showInformationMessage', () => undefined);
    await withStubs([noCarry], () =>
      vscode.commands.executeCommand('roadmapTracker.followRoadmap', { kind: 'roadmap', roadmapId: ROADMAP }),
    );
    await runOn('roadmapTracker.markDone', markedTopic, ROADMAP);
    await vscode.commands.executeCommand('roadmapTracker.showProgress');
    const shown = await until(
      `the Progress view reports the seeded streak, and a bar for ${ROADMAP} (followed just now) with ${doneInWindow.size} topics done in 4 weeks (the one marked just now too)`,
      () => api.progressView(),
      (snapshot) =>
        (snapshot.texts ?? []).some((text) => text.startsWith('Current streak: 6 days')) &&
        (snapshot.overview?.roadmaps ?? []).some(
          (roadmap) =>
            roadmap.roadmapId === ROADMAP &&
            roadmap.pacePerWeek === doneInWindow.size / 4 &&
            (snapshot.texts ?? []).includes(roadmap.forecastText), // and the page shows what was computed
        ),
    );
    assert.equal(shown.heatmapDays, shown.overview?.heatmap.flat().length);
    assert.ok((shown.heatmapDays ?? 0) >= 52 * 7);
    const mine = shown.overview?.roadmaps.find((roadmap) => roadmap.roadmapId === ROADMAP);
    assert.ok(mine, JSON.stringify(shown.overview?.roadmaps.map((roadmap) => roadmap.roadmapId)));
    assert.equal(mine.pacePerWeek, doneInWindow.size / 4, `${doneInWindow.size} topics done in 4 weeks`);
    assert.match(mine.forecastText, /^At [\d.,]+ a week: done around /);
    assert.ok(shown.texts?.includes(mine.forecastText), 'the page shows the forecast');
    assert.ok(shown.texts?.some((text) => /^Pace, last 4 weeks: \d/.test(text)));
    await vscode.commands.executeCommand('roadmapTracker.stopFollowing', { kind: 'roadmap', roadmapId: ROADMAP });
    await api.flush();
    const unfollowed = await until(
      'the bar gone once the roadmap is not followed',
      () => api.progressView(),
      (snapshot) => !(snapshot.overview?.roadmaps ?? []).some((roadmap) => roadmap.roadmapId === ROADMAP),
    );
    assert.ok(unfollowed);
  });

  it('counts a practice save and a notes edit as activity, and changes no status by default', async () => {
    const today = dayOf(Date.now());
    const before = api.statusOf(FIXTURE.roadmapId, 'http');
    writeOnDisk('labs/http/drill.txt', 'GET / HTTP/1.1\n');
    await saveEdited('labs/http/drill.txt', 'practised\n');
    await until(
      'a practice fact for http',
      () => api.activityOn(today),
      (facts) => facts.includes(`${FIXTURE.roadmapId}/http/f`),
    );
    writeOnDisk(`.roadmap/notes/${FIXTURE.roadmapId}/sql.md`, '# SQL\n');
    await saveEdited(`.roadmap/notes/${FIXTURE.roadmapId}/sql.md`, 'Joins first.\n');
    await until(
      'a notes fact for sql',
      () => api.activityOn(today),
      (facts) => facts.includes(`${FIXTURE.roadmapId}/sql/n`),
    );
    await closeTextEditors();
    assert.equal(api.statusOf(FIXTURE.roadmapId, 'http'), before, 'practice alone never changes a status');
  });

  it('moves a to-do topic to in progress on its first practice save when the setting is on', async () => {
    const configuration = vscode.workspace.getConfiguration('roadmapTracker');
    await configuration.update('startTopicOnFirstPracticeSave', true, vscode.ConfigurationTarget.Global);
    try {
      await runOn('roadmapTracker.markTodo', 'deploy');
      assert.equal(api.statusOf(FIXTURE.roadmapId, 'deploy'), 'todo');
      writeOnDisk(`practice/${FIXTURE.roadmapId}/deploy/run.sh`, 'echo deploy\n');
      await saveEdited(`practice/${FIXTURE.roadmapId}/deploy/run.sh`, '#!/bin/sh\n');
      await until(
        'deploy in progress',
        () => api.statusOf(FIXTURE.roadmapId, 'deploy'),
        (status) => status === 'in-progress',
      );
    } finally {
      await configuration.update('startTopicOnFirstPracticeSave', undefined, vscode.ConfigurationTarget.Global);
      await runOn('roadmapTracker.markTodo', 'deploy');
      await closeTextEditors();
    }
  });
});

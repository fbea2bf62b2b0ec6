// The daily driver (issue 14): following roadmaps, the welcome, Go to Topic, the filters, the badge and
// Continue, in a real VS Code, through the commands a person runs and the view's own provider.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TestHooks as RoadmapTrackerApi } from '../../../src/api/testHooks';
import { afterReloadTag } from '../protocol';
import { stubQuickPick, stubWarning, stubWindow, withStubs } from './dialogStubs';
import { activateExtension, eventually, FIXTURE, resetFixture, runOn, treeItemOf } from './helpers';

const FOLLOWED_KEY = 'roadmapTracker.followedRoadmaps';

/** Choose a Roadmap… ticking exactly these; an offer to carry progress over is declined. */
async function choose(roadmapIds: readonly string[]): Promise<readonly vscode.QuickPickItem[]> {
  const pick = stubQuickPick((items) => items.filter((item) => roadmapIds.includes((item as { roadmapId?: string }).roadmapId ?? '')));
  const noCarry = stubWindow('showInformationMessage', () => undefined);
  await withStubs([pick, noCarry], () => vscode.commands.executeCommand('roadmapTracker.chooseRoadmap'));
  assert.equal(pick.calls.length, 1, 'Choose a Roadmap… asked once');
  return pick.calls[0]!.items;
}

describe('Following roadmaps', () => {
  let api: RoadmapTrackerApi;
  before(async () => {
    api = await activateExtension();
    await resetFixture(api);
  });
  after(async () => {
    await vscode.commands.executeCommand('roadmapTracker.showFollowedRoadmaps');
    await choose([FIXTURE.roadmapId]);
  });

  it('shows the welcome (an empty view) while no roadmap is followed', async () => {
    await choose([]);
    assert.equal(api.view().topLevelRows, 0, "nothing listed, so VS Code shows the view's welcome");
  });

  it('Choose a Roadmap… lists every roadmap with its size and a sentence for learners, the merged one first and recommended', async () => {
    const items = await choose(['backend-essentials']);
    assert.equal(items.length, api.roadmapIds().length);
    assert.equal((items[0] as { roadmapId?: string }).roadmapId, 'backend-engineering-merged');
    assert.match(items[0]!.description ?? '', /Recommended start · \d+ topics · \d+ sections/);
    for (const item of items) {
      assert.match(item.description ?? '', /\d+ topics?/, `${item.label} gives its size`);
      assert.ok(item.detail, `${item.label} has a sentence`);
    }
    assert.doesNotMatch(JSON.stringify(items), /seed|windows-1254|encoding/i, 'how the files were made stays out of the UI');
  });

  it('shows only the chosen roadmap, and keeps the choice in the synced state', async () => {
    assert.deepEqual(
      api.view().roadmapIds,
      ['backend-essentials'],
      `loaded: ${api.roadmapIds().join(', ')}; broken: ${api
        .brokenRoadmaps()
        .map((entry) => entry.uri)
        .join(', ')}`,
    );
    // Eventually: in the web worker host a read of the global state can lag a write for a moment.
    await eventually(
      'the synced state holds the choice',
      () => JSON.stringify(api.settingsSyncTestHooks?.syncedState()[FOLLOWED_KEY]),
      (synced) => synced === '["backend-essentials"]',
      10_000,
    );
  });

  it('follows what another machine chose once Settings Sync delivers it', async () => {
    const hooks = api.settingsSyncTestHooks;
    assert.ok(hooks, 'test hooks in test mode');
    await hooks.deliverSyncedState({ [FOLLOWED_KEY]: ['backend-essentials', 'backend-development'] });
    // Eventually: in the web worker host the test's own write can read back older for a moment.
    await eventually(
      'the view lists what was delivered',
      () => api.view().roadmapIds,
      (ids) => ids.join() === 'backend-development,backend-essentials',
      10_000,
    );
  });

  it('works from a followed set Settings Sync delivered while the window kept its focus', async () => {
    const hooks = api.settingsSyncTestHooks;
    assert.ok(hooks, 'test hooks in test mode');
    await hooks.deliverSyncedState({ [FOLLOWED_KEY]: ['backend-essentials', 'backend-engineering'] }, { noticed: false });
    await eventually(
      'the view reads what was delivered',
      () => api.view().roadmapIds,
      (ids) => [...ids].sort().join() === 'backend-engineering,backend-essentials',
      10_000,
    );
    const items = await choose(['backend-essentials', 'backend-engineering']);
    const ticked = items.filter((item) => item.picked).map((item) => (item as { roadmapId?: string }).roadmapId);
    assert.deepEqual([...ticked].sort(), ['backend-engineering', 'backend-essentials'], 'Choose a Roadmap… ticks the delivered set');
    await vscode.commands.executeCommand('roadmapTracker.stopFollowing', { kind: 'roadmap', roadmapId: 'backend-essentials' });
    await eventually(
      'the other delivered roadmap stays followed',
      () => JSON.stringify(hooks.syncedState()[FOLLOWED_KEY]),
      (synced) => synced === '["backend-engineering"]',
      10_000,
    );
  });

  it('follows several roadmaps, and the workspace roadmap again when chosen', async () => {
    await choose(['backend-essentials', FIXTURE.roadmapId]);
    assert.deepEqual(api.view().roadmapIds, ['backend-essentials', FIXTURE.roadmapId]);
  });

  it('Stop Following on a roadmap row removes it from the view', async () => {
    await vscode.commands.executeCommand('roadmapTracker.stopFollowing', { kind: 'roadmap', roadmapId: 'backend-essentials' });
    assert.deepEqual(api.view().roadmapIds, [FIXTURE.roadmapId]);
    assert.equal(treeItemOf(api, FIXTURE.roadmapId).contextValue, 'roadmap.followed');
  });

  it('Show All Roadmaps lists every roadmap, marking those not followed, until turned off', async () => {
    await vscode.commands.executeCommand('roadmapTracker.showAllRoadmaps');
    assert.deepEqual([...api.view().roadmapIds].sort(), [...api.roadmapIds()].sort());
    const other = treeItemOf(api, 'backend-essentials');
    assert.equal(other.contextValue, 'roadmap.notFollowed');
    assert.match(String((other.tooltip as vscode.MarkdownString).value), /Not followed/);
    await vscode.commands.executeCommand('roadmapTracker.showFollowedRoadmaps');
    assert.deepEqual(api.view().roadmapIds, [FIXTURE.roadmapId]);
  });
});

describe('Finding topics and what is next', () => {
  let api: RoadmapTrackerApi;
  before(async () => {
    api = await activateExtension();
    await resetFixture(api);
    await choose([FIXTURE.roadmapId]);
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('roadmapTracker.clearFilters');
    await resetFixture(api);
  });
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('Go to Topic reveals a topic inside a collapsed section and opens its panel', async () => {
    await vscode.commands.executeCommand('roadmapTracker.roadmaps.focus');
    await vscode.commands.executeCommand('workbench.actions.treeView.roadmapTracker.roadmaps.collapseAll');
    await vscode.commands.executeCommand('roadmapTracker.goToTopic', { roadmapId: FIXTURE.roadmapId, topicId: 'joins' });
    await eventually(
      'the Joins panel',
      () => api.topicPanel()?.topicId,
      (topicId) => topicId === 'joins',
    );
    await eventually(
      'Joins selected in the view',
      () => api.view().selectedNodeIds,
      (ids) => ids.length === 1 && ids[0] === 'joins',
    );
  });

  it('Hide Done hides done topics and empties sections, and the message says so; counts stay whole', async () => {
    await runOn('roadmapTracker.markDone', 'http');
    await vscode.commands.executeCommand('roadmapTracker.hideDone');
    assert.deepEqual(api.shownChildren(FIXTURE.roadmapId, FIXTURE.group), ['sql']);
    assert.equal(api.view().message, 'Done topics hidden · 4 of 5 shown');
    assert.equal(treeItemOf(api, FIXTURE.roadmapId).description, '1/5 · 20%', 'counts are of the whole roadmap');
    for (const topicId of ['sql', 'joins', 'indexes']) await runOn('roadmapTracker.markDone', topicId);
    assert.deepEqual(api.shownChildren(FIXTURE.roadmapId), ['deploy'], 'the Basics section has gone');
    assert.equal(api.view().message, 'Done topics hidden · 1 of 5 shown');
    await vscode.commands.executeCommand('roadmapTracker.showDone');
    assert.deepEqual(api.shownChildren(FIXTURE.roadmapId), [FIXTURE.group, 'deploy']);
    assert.equal(api.view().message, undefined);
  });

  it('Hide Skipped and In Progress Only show the right rows', async () => {
    await runOn('roadmapTracker.markSkipped', 'deploy');
    await runOn('roadmapTracker.markInProgress', 'joins');
    await vscode.commands.executeCommand('roadmapTracker.hideSkipped');
    assert.deepEqual(api.shownChildren(FIXTURE.roadmapId), [FIXTURE.group]);
    assert.equal(api.view().message, 'Skipped topics hidden · 4 of 5 shown');
    await vscode.commands.executeCommand('roadmapTracker.inProgressOnly');
    assert.deepEqual(api.shownChildren(FIXTURE.roadmapId, FIXTURE.group), ['sql'], 'SQL stays as the way to Joins');
    assert.deepEqual(api.shownChildren(FIXTURE.roadmapId, FIXTURE.parentTopic), ['joins']);
    assert.equal(api.view().message, 'Only topics in progress shown · 1 of 5 shown', 'SQL is there only as the way to Joins');
  });

  it('Go to Topic shows a topic the filter hides', async () => {
    await runOn('roadmapTracker.markDone', 'deploy');
    await vscode.commands.executeCommand('roadmapTracker.hideDone');
    assert.ok(!api.shownChildren(FIXTURE.roadmapId).includes('deploy'));
    await vscode.commands.executeCommand('roadmapTracker.goToTopic', { roadmapId: FIXTURE.roadmapId, topicId: 'deploy' });
    assert.ok(api.shownChildren(FIXTURE.roadmapId).includes('deploy'));
    await eventually(
      'Deploy selected',
      () => api.view().selectedNodeIds,
      (ids) => ids.includes('deploy'),
    );
  });

  it('the badge counts the topics in progress', async () => {
    assert.equal(api.view().badge, undefined);
    await runOn('roadmapTracker.markInProgress', 'indexes');
    await runOn('roadmapTracker.markInProgress', 'deploy');
    assert.deepEqual(api.view().badge, { value: 2, tooltip: '2 topics in progress' });
  });

  it('Continue opens the topic in progress changed last, else the first to do', async () => {
    await vscode.commands.executeCommand('roadmapTracker.continue', FIXTURE.roadmapId);
    await eventually(
      'the first topic to do',
      () => api.topicPanel()?.topicId,
      (topicId) => topicId === 'http',
    );
    await runOn('roadmapTracker.markInProgress', 'deploy');
    await runOn('roadmapTracker.markInProgress', 'joins');
    await vscode.commands.executeCommand('roadmapTracker.continue');
    await eventually(
      'the topic in progress changed last',
      () => api.topicPanel()?.topicId,
      (topicId) => topicId === 'joins',
    );
  });
});

describe('Sections and status keys', () => {
  let api: RoadmapTrackerApi;
  before(async () => {
    api = await activateExtension();
    await choose([FIXTURE.roadmapId]);
  });
  beforeEach(async () => resetFixture(api));
  after(async () => resetFixture(api));

  const basics = { kind: 'node', roadmapId: FIXTURE.roadmapId, nodeId: FIXTURE.group };
  const basicsTopics = ['http', 'sql', 'joins', 'indexes'];

  it('Mark All Done on a section asks first (4 topics), then changes every topic under it', async () => {
    const declined = stubWarning(undefined);
    await withStubs([declined], () => vscode.commands.executeCommand('roadmapTracker.markSectionDone', basics));
    assert.equal(declined.calls.length, 1, 'asked once');
    assert.match(declined.calls[0]!.message, /Basics/);
    for (const topicId of basicsTopics)
      assert.equal(api.statusOf(FIXTURE.roadmapId, topicId), 'todo', `${topicId} unchanged when declined`);

    const confirmed = stubWarning('Mark All Done');
    await withStubs([confirmed], () => vscode.commands.executeCommand('roadmapTracker.markSectionDone', basics));
    for (const topicId of basicsTopics) assert.equal(api.statusOf(FIXTURE.roadmapId, topicId), 'done', topicId);
    assert.equal(api.statusOf(FIXTURE.roadmapId, 'deploy'), 'todo', 'outside the section');
  });

  it('Mark All In Progress changes the section without asking; Reset Section… asks and puts it back', async () => {
    const none = stubWarning(undefined);
    await withStubs([none], () => vscode.commands.executeCommand('roadmapTracker.markSectionInProgress', basics));
    assert.equal(none.calls.length, 0);
    for (const topicId of basicsTopics) assert.equal(api.statusOf(FIXTURE.roadmapId, topicId), 'in-progress', topicId);
    const reset = stubWarning('Reset Section');
    await withStubs([reset], () => vscode.commands.executeCommand('roadmapTracker.resetSection', basics));
    assert.equal(reset.calls.length, 1);
    for (const topicId of basicsTopics) assert.equal(api.statusOf(FIXTURE.roadmapId, topicId), 'todo', topicId);
  });

  it('a status key acts on the focused row, not the selected one (click, ArrowDown, Ctrl+Enter)', async () => {
    await vscode.commands.executeCommand('roadmapTracker.goToTopic', { roadmapId: FIXTURE.roadmapId, topicId: 'http' });
    await eventually(
      'HTTP selected',
      () => api.view().selectedNodeIds,
      (ids) => ids.length === 1 && ids[0] === 'http',
    );
    await vscode.commands.executeCommand('roadmapTracker.roadmaps.focus');
    await vscode.commands.executeCommand('list.focusDown');
    // What Ctrl+Enter runs (package.json passes the focused-row argument).
    await vscode.commands.executeCommand('roadmapTracker.toggleDone', { focusedRow: true });
    await api.flush();
    assert.equal(api.statusOf(FIXTURE.roadmapId, 'sql'), 'done', 'the focused row, SQL, changed');
    assert.equal(api.statusOf(FIXTURE.roadmapId, 'http'), 'todo', 'the selected row, HTTP, did not');
  });

  it('a status key on a section row changes the section', async () => {
    await vscode.commands.executeCommand('roadmapTracker.goToTopic', { roadmapId: FIXTURE.roadmapId, topicId: 'http' });
    await eventually(
      'HTTP selected',
      () => api.view().selectedNodeIds,
      (ids) => ids[0] === 'http',
    );
    await vscode.commands.executeCommand('roadmapTracker.roadmaps.focus');
    await vscode.commands.executeCommand('list.focusUp');
    await vscode.commands.executeCommand('roadmapTracker.markInProgress', { focusedRow: true });
    for (const topicId of basicsTopics) assert.equal(api.statusOf(FIXTURE.roadmapId, topicId), 'in-progress', topicId);
  });
});

describe('Expansion across a reload', () => {
  // backend-engineering: no other test expands it or checks its rows.
  const roadmapId = 'backend-engineering';
  it('remembers the rows expanded before the reload', async () => {
    const api = await activateExtension();
    await choose([FIXTURE.roadmapId, roadmapId]);
    assert.deepEqual(api.view().roadmapIds, [roadmapId, FIXTURE.roadmapId], 'both followed');
    await vscode.commands.executeCommand('notifications.clearAll');
    const section = api.shownChildren(roadmapId)[0];
    const topic = api.shownChildren(roadmapId, section)[0];
    assert.ok(topic, 'the first section has a topic');
    await vscode.commands.executeCommand('roadmapTracker.goToTopic', { roadmapId, topicId: topic });
    await eventually(
      'the topic revealed',
      () => api.view().selectedNodeIds,
      (ids) => ids.includes(topic),
      20_000,
    );
    // Read back as the next window will: the rows expanded now are the ones saved.
    assert.equal(
      treeItemOf(api, roadmapId, section).collapsibleState,
      vscode.TreeItemCollapsibleState.Collapsed,
      'this window keeps its own state',
    );
  });

  it(`shows them expanded again after the reload ${afterReloadTag}`, async () => {
    const api = await activateExtension();
    const section = api.shownChildren(roadmapId)[0];
    assert.equal(treeItemOf(api, roadmapId).collapsibleState, vscode.TreeItemCollapsibleState.Expanded, 'the roadmap');
    assert.equal(treeItemOf(api, roadmapId, section).collapsibleState, vscode.TreeItemCollapsibleState.Expanded, section);
    const other = api.shownChildren(roadmapId)[1];
    assert.equal(treeItemOf(api, roadmapId, other).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed, 'a section never expanded');
  });
});

describe('Same subject, several roadmaps', () => {
  const from = { roadmapId: 'backend-development', topicId: 'middleware-pattern-intercepting-requests' };
  const to = { roadmapId: 'backend-engineering-merged', topicId: 'middleware' };
  let api: RoadmapTrackerApi;
  before(async () => {
    api = await activateExtension();
    await choose([FIXTURE.roadmapId, from.roadmapId, to.roadmapId]);
  });
  after(async () => {
    for (const ref of [from, to]) await vscode.commands.executeCommand('roadmapTracker.markTodo', ref);
    await api.flush();
    await choose([FIXTURE.roadmapId]);
  });

  it('lists the other roadmaps with the same subject in the tooltip, with its status there', async () => {
    const tooltip = treeItemOf(api, from.roadmapId, from.topicId).tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, /Also in:/);
    assert.match(tooltip.value, /Backend Engineering \\\(merged\\\): \$\(circle-large-outline\) To do/);
  });

  it('a status change offers the same subject in another followed roadmap, and Yes applies it', async () => {
    const offers = stubWindow('showInformationMessage', () => Promise.resolve('Yes'));
    await withStubs([offers], async () => {
      await vscode.commands.executeCommand('roadmapTracker.markInProgress', from);
      await eventually(
        "the merged roadmap's Middleware in progress",
        () => api.statusOf(to.roadmapId, to.topicId),
        (status) => status === 'in-progress',
      );
    });
    assert.equal(offers.calls.length, 1, 'offered once (applying it offers nothing back)');
    assert.match(String(offers.calls[0]![0]), /is also in "Backend Engineering \(merged\)"\. Mark it in progress there too\?/);
    assert.deepEqual(offers.calls[0]!.slice(1), ['Yes', 'Always', 'Never']);
  });

  it('offers nothing for a roadmap not followed', async () => {
    await choose([FIXTURE.roadmapId, from.roadmapId]);
    const offers = stubWindow('showInformationMessage', () => Promise.resolve('Yes'));
    await withStubs([offers], async () => {
      await vscode.commands.executeCommand('roadmapTracker.markDone', from);
      await api.flush();
    });
    assert.equal(offers.calls.length, 0);
    assert.equal(api.statusOf(to.roadmapId, to.topicId), 'in-progress');
  });

  it('Carry Progress to Roadmap gives the followed roadmap the statuses its subjects have elsewhere', async () => {
    await vscode.commands.executeCommand('roadmapTracker.markTodo', to);
    const carry = stubWindow('showInformationMessage', () => Promise.resolve('Carry Progress'));
    await withStubs([carry], () => vscode.commands.executeCommand('roadmapTracker.carryProgress', to.roadmapId));
    assert.match(String(carry.calls[0]?.[0]), /\d+ topics? of "Backend Engineering \(merged\)" already ha(s|ve) a status/);
    assert.equal(api.statusOf(to.roadmapId, to.topicId), 'done');
  });

  it('the topic panel lists the other roadmaps with the same subject and follows the status there', async () => {
    await vscode.commands.executeCommand('roadmapTracker.openTopic', from);
    const listed = (): unknown =>
      api.topicPanel()?.state?.elsewhere.find((other) => other.roadmapId === to.roadmapId && other.topicId === to.topicId)?.status;
    const before = api.statusOf(to.roadmapId, to.topicId);
    await eventually('the merged roadmap listed with its status', listed, (status) => status === before);
    // The change offers the same subject back in the first roadmap; declined here.
    const offers = stubWindow('showInformationMessage', () => Promise.resolve(undefined));
    await withStubs([offers], async () => {
      await vscode.commands.executeCommand('roadmapTracker.markSkipped', to);
      await eventually('the listed status follows', listed, (status) => status === 'skipped');
      await vscode.commands.executeCommand('roadmapTracker.markTodo', to);
      await eventually('and back', listed, (status) => status === 'todo');
    });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

describe('Sub-topic offers', () => {
  let api: RoadmapTrackerApi;
  before(async () => {
    api = await activateExtension();
  });
  beforeEach(async () => resetFixture(api));
  after(async () => resetFixture(api));

  it('marking the last open sub-topic done offers the parent once, and the answer marks it done', async () => {
    const answers = stubWindow('showInformationMessage', (message) =>
      Promise.resolve(/^Every sub-topic of "SQL" is done/.test(String(message)) ? 'Mark Done' : undefined),
    );
    await withStubs([answers], async () => {
      await runOn('roadmapTracker.markDone', 'joins');
      assert.equal(api.statusOf(FIXTURE.roadmapId, 'sql'), 'todo', 'Indexes is still open');
      await runOn('roadmapTracker.markDone', 'indexes');
      await eventually(
        'SQL marked done from the offer',
        () => api.statusOf(FIXTURE.roadmapId, 'sql'),
        (status) => status === 'done',
      );
    });
    assert.equal(answers.calls.filter(([message]) => /sub-topic/.test(String(message))).length, 1, 'offered once');
  });

  it('a parent marked done offers its open sub-topics', async () => {
    await runOn('roadmapTracker.markSkipped', 'indexes');
    const answers = stubWindow('showInformationMessage', () => Promise.resolve('Mark Them Done'));
    await withStubs([answers], async () => {
      await runOn('roadmapTracker.markDone', 'sql');
      await eventually(
        'Joins marked done from the offer',
        () => api.statusOf(FIXTURE.roadmapId, 'joins'),
        (status) => status === 'done',
      );
    });
    assert.match(String(answers.calls[0]?.[0]), /"SQL" is done; 1 of its sub-topics is still open/);
    assert.equal(api.statusOf(FIXTURE.roadmapId, 'indexes'), 'skipped', 'a skipped sub-topic stays skipped');
  });
});

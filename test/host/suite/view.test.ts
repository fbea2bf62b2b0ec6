import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, bundledRoadmapIds, FIXTURE, iconOf, resetFixture, treeItemOf } from './helpers';

describe('Roadmaps view', () => {
  before(async () => resetFixture(await activateExtension()));

  it('lists every bundled roadmap and the workspace roadmap', async () => {
    const api = await activateExtension();
    const ids = api.roadmapIds();
    for (const id of bundledRoadmapIds()) assert.ok(ids.includes(id), `bundled roadmap ${id} is listed`);
    assert.ok(ids.includes(FIXTURE.roadmapId), 'the workspace roadmap is listed');
    assert.equal(ids.length, bundledRoadmapIds().length + 1);
  });

  it('shows each roadmap with its title and done/total', async () => {
    const api = await activateExtension();
    const item = treeItemOf(api, FIXTURE.roadmapId);
    assert.equal(item.label, FIXTURE.title);
    assert.equal(item.description, `0/${FIXTURE.topics.length} · 0%`);
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    for (const id of bundledRoadmapIds()) {
      assert.match(String(treeItemOf(api, id).description), /^\d+\/\d+ · \d+%$/, `${id} shows done/total · percent`);
    }
  });

  it('shows a group with the count of the topics below it, and no status icon', async () => {
    const api = await activateExtension();
    const group = treeItemOf(api, FIXTURE.roadmapId, FIXTURE.group);
    assert.equal(group.label, 'Basics');
    assert.equal(group.description, '0/4 · 0%');
    assert.equal(group.contextValue, 'group');
    assert.equal(iconOf(group), 'list-tree');
  });

  it('shows a topic with sub-topics with its own status and its children count', async () => {
    const api = await activateExtension();
    const topic = treeItemOf(api, FIXTURE.roadmapId, FIXTURE.parentTopic);
    assert.equal(topic.description, '0/2');
    assert.equal(topic.contextValue, 'topic.todo.hasChildren');
    assert.equal(iconOf(topic), 'circle-large-outline');
  });

  it('gives every row a stable id and a tooltip with the path', async () => {
    const api = await activateExtension();
    const first = treeItemOf(api, FIXTURE.roadmapId, 'joins');
    const again = treeItemOf(api, FIXTURE.roadmapId, 'joins');
    assert.ok(first.id);
    assert.equal(first.id, again.id);
    const tooltip = first.tooltip instanceof vscode.MarkdownString ? first.tooltip.value : String(first.tooltip);
    for (const part of ['Practice Fixture', 'Basics', 'SQL', 'Joins'])
      assert.ok(tooltip.includes(part), `tooltip mentions ${part}: ${tooltip}`);
  });

  it('opens in its activity-bar container', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.roadmapTracker');
    await vscode.commands.executeCommand('roadmapTracker.roadmaps.focus');
  });
});

// The topic panel of a bundled topic, in a real extension host built as it ships: its note comes from
// the packed note library (dist/notes.json.deflate), and markdown-it from its own bundle, required when the
// panel first renders (issue 12). Named to run before topicPanel.test.ts, whose last test leaves a panel
// open for the reload; this file closes its panel.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, eventually } from './helpers';
import { richTextHtml } from '../../unit/panel/richTextHtml';

const ROADMAP_ID = 'backend-essentials';
const TOPIC_ID = 'authentication-authorization';

describe('topic panel of a bundled topic', () => {
  after(async () => {
    // Only topic panels: the map test leaves its panel open for the reload phase.
    const panels = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('roadmapTracker.topic'));
    await vscode.window.tabGroups.close(panels);
  });

  it("shows the topic's note from the packed library, rendered by the lazily loaded Markdown bundle", async () => {
    const api = await activateExtension();
    const extensionPath = vscode.extensions.getExtension('roadmap-tracker.roadmap-tracker')?.extensionPath;
    assert.ok(extensionPath);
    await vscode.commands.executeCommand('roadmapTracker.openTopic', { roadmapId: ROADMAP_ID, topicId: TOPIC_ID });
    const shown = await eventually(
      'the panel shows the topic',
      () => api.topicPanel(),
      (panel) => panel?.topicId === TOPIC_ID && panel.state !== undefined,
      15_000,
    );
    const library = shown?.state?.notes.find((note) => note.source === 'notes/authentication-vs-authorization.md');
    assert.ok(library, JSON.stringify(shown?.state?.notes.map((note) => note.source)));
    const html = richTextHtml(library.content);
    const firstHeading = /^# (.+)$/m.exec(
      fs.readFileSync(path.join(extensionPath, 'roadmaps', 'notes', 'authentication-vs-authorization.md'), 'utf8'),
    )?.[1];
    assert.ok(firstHeading);
    assert.ok(html.includes(`<h3>${firstHeading.replace(/&/g, '&amp;')}</h3>`), html.slice(0, 300));
    assert.doesNotMatch(html, /class="problem"/);
    const markdownBundle = path.join(extensionPath, 'dist', 'markdown.js');
    assert.ok(Object.keys(require.cache).includes(markdownBundle), 'dist/markdown.js was required');
  });
});

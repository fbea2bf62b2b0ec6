// With VS Code's display language set to Turkish (runL10nTests.ts starts code-server with `locale: tr`),
// the extension's own translations are used without any language pack: the manifest's
// (package.nls.tr.json), the code's (l10n/bundle.l10n.tr.json) and the pages' words sent by the code.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { TestHooks as RoadmapTrackerApi } from '../../../src/api/testHooks';
import { pollUntil } from '../../support/poll';
import { stubWindow, withStubs } from '../suite/dialogStubs';
import {
  activateExtension,
  describeDiagnostic,
  eventually,
  EXTENSION_ID,
  FIXTURE,
  problemsOf,
  runOn,
  topicRef,
  treeItemOf,
  workspacePath,
  workspaceUri,
} from '../suite/helpers';

/** A translated manifest string, as VS Code hands it to extensions in a language other than English. */
type Localized = string | { readonly value: string; readonly original: string };

interface ManifestWalkthrough {
  readonly steps: readonly { readonly id: string; readonly media: { readonly markdown?: string } }[];
}

interface ManifestCommand {
  readonly command: string;
  readonly title: Localized;
  readonly category?: Localized;
}

const valueOf = (text: Localized | undefined): string | undefined => (typeof text === 'object' ? text.value : text);

describe('in Turkish', () => {
  let api: RoadmapTrackerApi;

  before(async () => {
    api = await activateExtension();
  });

  it('runs with Turkish as the display language', () => {
    assert.equal(vscode.env.language, 'tr');
  });

  it('titles commands from package.nls.tr.json', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { commands: ManifestCommand[] } };
    const markDone = manifest.contributes.commands.find((command) => command.command === 'roadmapTracker.markDone');
    assert.equal(valueOf(markDone?.title), 'Tamamlandı Olarak İşaretle');
    assert.equal(valueOf(markDone?.category), 'Yol Haritası');
  });

  it('describes tree rows in Turkish, with Turkish percentages', async () => {
    await runOn('roadmapTracker.markSkipped', 'http');
    const section = await pollUntil(
      'the section row counts the skipped topic',
      () => treeItemOf(api, FIXTURE.roadmapId, FIXTURE.group),
      (item) => typeof item.description === 'string' && item.description.includes('atlandı'),
      { timeoutMs: 20_000, intervalMs: 100 },
    );
    assert.match(String(section.description), /^\d+\/\d+ · %\d+ · 1 atlandı$/);
    const roadmap = treeItemOf(api, FIXTURE.roadmapId);
    assert.match(String(roadmap.description), /^\d+\/\d+ · %\d+$/);
    assert.match(roadmap.accessibilityInformation?.label ?? '', /^Practice Fixture, yol haritası, /);
  });

  it('names a failing command by its Turkish title, in a Turkish sentence', async () => {
    const notesPath = workspacePath(`.roadmap/notes/${FIXTURE.roadmapId}/deploy.md`);
    fs.mkdirSync(notesPath, { recursive: true });
    const errors = stubWindow('showErrorMessage', async () => undefined);
    try {
      await withStubs([errors], () => vscode.commands.executeCommand('roadmapTracker.openNotes', topicRef('deploy')));
    } finally {
      fs.rmSync(notesPath, { recursive: true, force: true });
    }
    assert.equal(errors.calls.length, 1, JSON.stringify(errors.calls));
    assert.match(String(errors.calls[0]?.[0]), /^Notları Aç tamamlanamadı: .+\.$/);
    assert.deepEqual(errors.calls[0]?.slice(1), ['Günlüğü Göster']);
  });

  it("writes the Progress panel's headings in Turkish", async () => {
    await vscode.commands.executeCommand('roadmapTracker.showProgress');
    const shown = await pollUntil(
      'the Progress view reports what it drew',
      () => api.progressView(),
      (snapshot) => (snapshot.texts ?? []).length > 0,
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    assert.ok(shown.texts?.includes('Etkin günler'), JSON.stringify(shown.texts));
    assert.ok(shown.texts?.includes('Yol Haritaları'), JSON.stringify(shown.texts));
    assert.ok(shown.texts?.includes('Haftalık Saat ve Hedef Tarih…'), JSON.stringify(shown.texts));
    // The sentences the model writes (streak, pace) are Turkish too, through the shared bundle.
    assert.ok(
      shown.texts?.some((text) => /^Güncel seri: \d+ gün · En uzun: \d+ gün$/.test(text)),
      JSON.stringify(shown.texts),
    );
    assert.ok(
      shown.texts?.some((text) => text.startsWith('Hız, son 4 hafta: haftada ')),
      JSON.stringify(shown.texts),
    );
  });

  it("lists a broken workspace roadmap's problems in Turkish in the Problems panel (worded in the roadmap worker)", async () => {
    const uri = workspaceUri('roadmaps/broken.roadmap.yaml');
    const diagnostics = await eventually(
      'diagnostics of broken.roadmap.yaml',
      () => problemsOf(uri),
      (found) => found.length === 2,
    );
    const byLine = [...diagnostics].sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.deepEqual(byLine.map(describeDiagnostic), ['6:4 "title" eksik', '7:4 bilinmeyen anahtar "titel"; "title" mi demek istediniz?']);
  });

  it("points the walkthrough's steps at their Turkish pages", async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { walkthroughs: ManifestWalkthrough[] } };
    const steps = manifest.contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps);
    assert.ok(steps.length > 0);
    for (const step of steps) assert.match(step.media.markdown ?? '', /^media\/walkthrough\/\w+\.tr\.md$/, step.id);
    const choose = steps.find((step) => step.id === 'chooseRoadmap');
    assert.equal(choose?.media.markdown, 'media/walkthrough/choose.tr.md');
    // Left open on its first step: runL10nTests.ts then looks for the Turkish page's heading in the window.
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#gettingStarted`, false);
  });
});

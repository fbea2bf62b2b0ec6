// What the panel needs from package.json: restoring on reload, its settings, Restricted Mode.
import { strict as assert } from 'node:assert';
import { readLocalizedManifest } from '../manifest/localizedManifest';
import { DEFAULT_NOTES_FOLDER, DEFAULT_PRACTICE_FOLDER } from '../../../src/contracts/settingKeys';
import { TOPIC_PANEL_VIEW_TYPE } from '../../../src/contracts/viewTypes';

interface Manifest {
  activationEvents?: string[];
  capabilities?: { untrustedWorkspaces?: { supported: unknown; description?: string; restrictedConfigurations?: string[] } };
  contributes: {
    configuration: { properties: Record<string, { default?: unknown }> };
    menus: Record<string, { command: string; when?: string }[]>;
  };
}

const manifest = readLocalizedManifest() as Manifest;

describe('package.json for the topic panel', () => {
  it('activates when VS Code restores a topic panel (needed on 1.85)', () => {
    assert.ok(manifest.activationEvents?.includes(`onWebviewPanel:${TOPIC_PANEL_VIEW_TYPE}`));
  });

  it('contributes the path settings with the defaults the code uses', () => {
    const properties = manifest.contributes.configuration.properties;
    assert.equal(properties['roadmapTracker.practiceFolder']?.default, DEFAULT_PRACTICE_FOLDER);
    assert.equal(properties['roadmapTracker.notesFolder']?.default, DEFAULT_NOTES_FOLDER);
  });

  it("supports untrusted workspaces in a limited way and ignores the workspace's path settings there", () => {
    const trust = manifest.capabilities?.untrustedWorkspaces;
    assert.equal(trust?.supported, 'limited');
    assert.ok((trust?.description ?? '').length > 20);
    for (const key of ['roadmapTracker.practiceFolder', 'roadmapTracker.notesFolder'])
      assert.ok(trust?.restrictedConfigurations?.includes(key), key);
  });

  it('offers Open Notes and New Practice File on topic rows', () => {
    const rows = manifest.contributes.menus['view/item/context'];
    assert.ok(rows);
    for (const command of ['roadmapTracker.openNotes', 'roadmapTracker.newPracticeFile']) {
      assert.ok(
        rows.some((entry) => entry.command === command && /viewItem =~ \/\^topic/.test(entry.when ?? '')),
        command,
      );
    }
  });
});

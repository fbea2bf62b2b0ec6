// The checks' settings and menus in package.json agree with the code.
import { strict as assert } from 'node:assert';
import { readLocalizedManifest } from '../manifest/localizedManifest';
import { CHECK_SETTING_DEFAULTS, CheckSettingKey } from '../../../src/contracts/checkSettings';
import { CommandId } from '../../../src/contracts/commandIds';

interface Manifest {
  contributes: {
    configuration: { properties: Record<string, { default?: unknown }> };
    menus: Record<string, { command: string; when?: string }[]>;
  };
}

const manifest = readLocalizedManifest() as Manifest;

describe('package.json for checks', () => {
  it('contributes the checks settings with the defaults the code uses', () => {
    const properties = manifest.contributes.configuration.properties;
    assert.equal(properties[`roadmapTracker.${CheckSettingKey.DetectTests}`]?.default, CHECK_SETTING_DEFAULTS.detectTests);
    assert.equal(properties[`roadmapTracker.${CheckSettingKey.MarkDoneOnPass}`]?.default, CHECK_SETTING_DEFAULTS.markDoneOnPass);
    assert.equal(properties[`roadmapTracker.${CheckSettingKey.TimeoutSeconds}`]?.default, CHECK_SETTING_DEFAULTS.timeoutSeconds);
  });

  it('offers Run Check and Set Check… on topic rows', () => {
    const rows = manifest.contributes.menus['view/item/context'];
    assert.ok(rows);
    for (const command of [CommandId.RunCheck, CommandId.SetCheck]) {
      assert.ok(
        rows.some((entry) => entry.command === command && /viewItem =~ \/\^topic/.test(entry.when ?? '')),
        command,
      );
    }
  });
});

// The translations stay complete and in step with the source: the English bundle is exactly what the
// source's l10n.t calls export, every language has every key with the same placeholders, and the
// manifest's %keys% and package.nls*.json agree.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';
import { nlsKeysUsed, readNls, readRawManifest } from '../manifest/localizedManifest';

const repoRoot = join(__dirname, '../../..');
const TRANSLATIONS = ['tr'];

function readJson(file: string): Record<string, string> {
  return JSON.parse(readFileSync(join(repoRoot, file), 'utf8')) as Record<string, string>;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `{0}`, `{name}`: what a translation must keep. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{[\w]+\}/g)].map((match) => match[0]).sort();
}

/** Markdown command links and code spans in the manifest's texts: a translation keeps them as they are. */
function fixedParts(text: string): string[] {
  return [...text.matchAll(/\(command:[^)]+\)|`[^`]+`/g)].map((match) => match[0]).sort();
}

describe('translations', function () {
  this.timeout(60_000);
  const english = readJson('l10n/bundle.l10n.json');

  it('l10n/bundle.l10n.json is exactly what the source exports (npm run l10n): no missing, no unused key', async () => {
    const files = sourceFiles(join(repoRoot, 'src')).map((file) => ({ contents: readFileSync(file, 'utf8'), extension: '.ts' }));
    const exported = await getL10nJson(files);
    const exportedKeys = Object.keys(exported).sort();
    const bundleKeys = Object.keys(english).sort();
    assert.deepEqual(
      bundleKeys.filter((key) => !(key in exported)),
      [],
      'keys in the bundle that no source uses: run npm run l10n',
    );
    assert.deepEqual(
      exportedKeys.filter((key) => !(key in english)),
      [],
      `strings of the ${files.length} source files missing from the bundle: run npm run l10n`,
    );
    for (const key of bundleKeys) assert.equal(english[key], key, 'the English bundle maps each message to itself');
  });

  for (const language of TRANSLATIONS) {
    it(`l10n/bundle.l10n.${language}.json translates every message, keeping its placeholders`, () => {
      const translated = readJson(`l10n/bundle.l10n.${language}.json`);
      assert.deepEqual(
        Object.keys(english).filter((key) => !(key in translated)),
        [],
        'untranslated',
      );
      assert.deepEqual(
        Object.keys(translated).filter((key) => !(key in english)),
        [],
        'translations of messages the source no longer has',
      );
      for (const [key, text] of Object.entries(translated)) {
        assert.ok(text.trim().length > 0, `empty translation of ${JSON.stringify(key)}`);
        assert.deepEqual(placeholders(text), placeholders(key), `placeholders of ${JSON.stringify(key)}`);
      }
    });

    it(`package.nls.${language}.json translates every manifest string, keeping command links and code`, () => {
      const englishNls = readNls();
      const translatedNls = readNls(language);
      assert.deepEqual(Object.keys(translatedNls).sort(), Object.keys(englishNls).sort());
      for (const [key, text] of Object.entries(translatedNls)) {
        assert.ok(text.trim().length > 0, `empty translation of ${key}`);
        assert.deepEqual(fixedParts(text), fixedParts(englishNls[key] ?? ''), key);
      }
    });
  }

  it('every package.nls.json key is used by package.json, and every %key% of package.json is defined', () => {
    const used = new Set(nlsKeysUsed(readRawManifest()));
    const defined = Object.keys(readNls());
    assert.deepEqual(
      defined.filter((key) => !used.has(key)),
      [],
      'unused NLS keys',
    );
    assert.deepEqual(
      [...used].filter((key) => !defined.includes(key)),
      [],
      'NLS keys package.json uses but package.nls.json lacks',
    );
  });
});

// Issue 13: the walkthrough's pages in the display language. VS Code replaces a "%key%" in any string of
// the manifest, so each step's media.markdown names its page through package.nls*.json.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLocalizedManifest } from '../manifest/localizedManifest';

const repoRoot = join(__dirname, '../../..');

interface Manifest {
  contributes: { walkthroughs: { steps: { id: string; media: { markdown?: string } }[] }[] };
}

function pages(locale?: string): Map<string, string> {
  const manifest = readLocalizedManifest(locale) as Manifest;
  return new Map(
    manifest.contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps.map((step) => [step.id, step.media.markdown ?? ''])),
  );
}

/** What a translation keeps as it is: code spans, and the shape (headings, table rows). */
function fixedParts(markdown: string): { code: string[]; headings: number; tableRows: number } {
  return {
    code: [...markdown.matchAll(/`[^`]+`/g)].map((match) => match[0]).sort(),
    headings: markdown.split('\n').filter((line) => line.startsWith('#')).length,
    tableRows: markdown.split('\n').filter((line) => line.startsWith('|')).length,
  };
}

describe('walkthrough pages', () => {
  const english = pages();

  it('name an existing English page for every step', () => {
    assert.ok(english.size > 0);
    for (const [step, page] of english) assert.ok(existsSync(join(repoRoot, page)), `${step}: ${page}`);
  });

  it('name a Turkish page of its own for every step, keeping code and shape', () => {
    const turkish = pages('tr');
    assert.deepEqual([...turkish.keys()], [...english.keys()]);
    for (const [step, page] of turkish) {
      const englishPage = english.get(step)!;
      assert.match(page, /\.tr\.md$/, step);
      assert.ok(existsSync(join(repoRoot, page)), `${step}: ${page}`);
      const text = readFileSync(join(repoRoot, page), 'utf8');
      assert.notEqual(text, readFileSync(join(repoRoot, englishPage), 'utf8'), step);
      assert.deepEqual(fixedParts(text), fixedParts(readFileSync(join(repoRoot, englishPage), 'utf8')), step);
    }
  });
});

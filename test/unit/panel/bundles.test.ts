// Issue 12: markdown-it is not in the bundle VS Code loads at activation; it is a bundle of its own that
// the extension requires at the first render. Built here with the project's own esbuild targets.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { build, type BuildOptions, type Metafile } from 'esbuild';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- esbuild.js is the build script itself
const { targets } = require('../../../esbuild.js') as { targets: BuildOptions[] };
const root = path.join(__dirname, '../../..');

async function bundle(outfile: string): Promise<{ inputs: string[]; code: string }> {
  const target = targets.find((candidate) => candidate.outfile === outfile);
  assert.ok(target, `a target builds ${outfile}`);
  const result = await build({ ...target, absWorkingDir: root, bundle: true, write: false, metafile: true, logLevel: 'silent' });
  const meta: Metafile = result.metafile;
  return { inputs: Object.keys(meta.inputs), code: result.outputFiles.map((file) => file.text).join('') };
}

const fromMarkdownIt = (input: string): boolean => /node_modules\/(markdown-it|linkify-it|mdurl|uc\.micro|entities|punycode)\//.test(input);

describe('bundles', function () {
  this.timeout(60_000);

  it('keeps markdown-it out of dist/extension.js and requires dist/markdown.js instead', async () => {
    const extension = await bundle('dist/extension.js');
    assert.deepEqual(extension.inputs.filter(fromMarkdownIt), []);
    assert.ok(!extension.inputs.includes('src/views/panel/markdownRendering.ts'));
    assert.match(extension.code, /require\("\.\/markdown\.js"\)/);
  });

  it('puts markdown-it and the renderer in dist/markdown.js, without zod', async () => {
    const markdown = await bundle('dist/markdown.js');
    assert.ok(markdown.inputs.some(fromMarkdownIt));
    assert.ok(markdown.inputs.includes('src/views/panel/markdownRendering.ts'));
    assert.deepEqual(
      markdown.inputs.filter((input) => input.includes('node_modules/zod/')),
      [],
    );
  });
});

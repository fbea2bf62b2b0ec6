// Issue 12: the bundle VS Code loads at activation (dist/extension.js) holds neither full zod (its classic
// API, JSON Schema conversion and locales) nor yaml nor markdown-it: each of those loads only with the
// lazy bundle that needs it. Built here with the project's own esbuild targets, as `npm run build` does.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { build, type BuildOptions } from 'esbuild';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- esbuild.js is the build script itself
const { targets } = require('../../../esbuild.js') as { targets: BuildOptions[] };
const root = path.join(__dirname, '../../..');

/** Library modules that must never be part of the activation bundle. */
const KEPT_OUT = [
  { name: 'full zod', pattern: /node_modules\/zod\/(v4\/classic|v4\/locales|index\.js|v4\/index\.js)/ },
  { name: 'yaml', pattern: /node_modules\/yaml\// },
  { name: 'js-yaml', pattern: /node_modules\/js-yaml\// },
  { name: 'markdown-it', pattern: /node_modules\/(markdown-it|linkify-it|mdurl|uc\.micro|entities|punycode)\// },
];

async function activationInputs(): Promise<string[]> {
  const target = targets.find((candidate) => candidate.outfile === 'dist/extension.js');
  assert.ok(target, 'a target builds dist/extension.js');
  const result = await build({ ...target, absWorkingDir: root, bundle: true, write: false, metafile: true, logLevel: 'silent' });
  const output = result.metafile.outputs['dist/extension.js'];
  assert.ok(output, 'esbuild reports the output');
  // What ends up in the file: modules esbuild read but shook out entirely (zod/mini's re-exported locales) take no bytes.
  return Object.entries(output.inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([input]) => input);
}

describe('the activation bundle', function () {
  this.timeout(60_000);

  it('keeps full zod, yaml and markdown-it out of dist/extension.js', async () => {
    const inputs = await activationInputs();
    assert.ok(
      inputs.some((input) => input.includes('node_modules/zod/v4/mini/')),
      'zod/mini is in it (the check sees the libraries)',
    );
    for (const { name, pattern } of KEPT_OUT) {
      assert.deepEqual(
        inputs.filter((input) => pattern.test(input)),
        [],
        `${name} is in dist/extension.js`,
      );
    }
  });
});

// Issue 13: the browser bundle (package.json `browser`) is built from the same source with the web
// variant of each seam, and nothing in it needs Node.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import type * as NodeWorkerClient from '../../../src/roadmaps/roadmapWorkerClient';
import type * as WebWorkerClient from '../../../src/roadmaps/roadmapWorkerClient.web';
import type * as NodeRealPaths from '../../../src/platform/realPaths';
import type * as WebRealPaths from '../../../src/platform/realPaths.web';
import type * as NodeProcessRunner from '../../../src/checks/processRunner';
import type * as WebProcessRunner from '../../../src/checks/processRunner.web';
import type * as NodeContentHash from '../../../src/platform/contentHash';
import type * as WebContentHash from '../../../src/platform/contentHash.web';
import type * as NodeInflate from '../../../src/platform/inflate';
import type * as NodePosixPath from '../../../src/platform/posixPath';
import type * as WebPosixPath from '../../../src/platform/posixPath.web';
import type * as WebInflate from '../../../src/platform/inflate.web';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own configuration
const { webExtensionBundle } = require('../../../esbuild.js') as { webExtensionBundle: esbuild.BuildOptions };

const repoRoot = path.join(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { main: string; browser?: string };

/** Each web variant can stand wherever its Node sibling is used (checked by `npm run typecheck`). */
type Public<T> = { [K in keyof T]: T[K] };
type Assignable<From extends To, To> = From;
export type VariantChecks = [
  Assignable<typeof WebContentHash, typeof NodeContentHash>,
  Assignable<typeof WebInflate, typeof NodeInflate>,
  Assignable<typeof WebPosixPath, typeof NodePosixPath>,
  Assignable<typeof WebRealPaths, typeof NodeRealPaths>,
  Assignable<typeof WebProcessRunner, typeof NodeProcessRunner>,
  Assignable<Public<WebWorkerClient.RoadmapWorkerClient>, Public<NodeWorkerClient.RoadmapWorkerClient>>,
  Assignable<WebWorkerClient.WorkerFailure, NodeWorkerClient.WorkerFailure>,
];

function webVariants(): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.web.ts')) found.push(full);
    }
  };
  walk(path.join(repoRoot, 'src'));
  return found.sort();
}

describe('web extension bundle', () => {
  it('is the browser entry of package.json, beside main', () => {
    assert.equal(manifest.browser, `./${webExtensionBundle.outfile}`);
    assert.notEqual(manifest.browser, manifest.main);
  });

  it('every web variant exports what its Node sibling exports', () => {
    const variants = webVariants();
    assert.ok(variants.length >= 4, variants.join(', '));
    for (const variant of variants) {
      const sibling = variant.replace(/\.web\.ts$/, '.ts');
      assert.ok(fs.existsSync(sibling), `${path.relative(repoRoot, variant)} has a Node sibling`);
      /* eslint-disable @typescript-eslint/no-require-imports -- every variant, found on disk */
      const web = Object.keys(require(variant) as object).sort();
      const node = Object.keys(require(sibling) as object).sort();
      /* eslint-enable @typescript-eslint/no-require-imports */
      assert.deepEqual(web, node, path.relative(repoRoot, variant));
    }
  });

  it('builds for the browser with every web variant and no Node built-in', async function () {
    this.timeout(60_000);
    const result = await esbuild.build({
      ...webExtensionBundle,
      bundle: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
      outfile: 'web-check.js',
    });
    const inputs = Object.keys(result.metafile.inputs);
    for (const variant of webVariants()) {
      const relative = path.relative(repoRoot, variant);
      assert.ok(inputs.includes(relative), `${relative} is in the browser bundle`);
      assert.ok(!inputs.includes(relative.replace(/\.web\.ts$/, '.ts')), `its Node sibling is not`);
    }
    assert.deepEqual(
      inputs.filter((input) => input.startsWith('node:') || /^(fs|path|crypto|zlib|child_process|worker_threads)$/.test(input)),
      [],
    );
    const code = result.outputFiles[0]!.text;
    assert.doesNotMatch(code, /require\("(node:)?(fs|path|crypto|zlib|child_process|worker_threads)"\)/);
  });
});

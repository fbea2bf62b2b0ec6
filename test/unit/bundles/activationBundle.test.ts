// Issue 12: the bundle VS Code loads at activation (dist/extension.js) stays within its size budget and
// holds neither full zod (its classic API, JSON Schema conversion and locales) nor yaml nor markdown-it:
// those, and every feature the first paint of the tree does not need, load with a lazy bundle of their
// own (esbuild.js `lazyModules`). Built here with the project's own esbuild targets, as `npm run build`
// and `npm run build:production` do.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build, type BuildOptions } from 'esbuild';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- esbuild.js is the build script itself
const { targets, lazyModules } = require('../../../esbuild.js') as {
  targets: BuildOptions[];
  lazyModules: { source: string; outfile: string }[];
};
const root = path.join(__dirname, '../../..');

/** The most dist/extension.js may weigh in a production (minified) build, in bytes. */
const ACTIVATION_BUDGET_BYTES = 150_000;

/** Library modules that must never be part of the activation bundle. */
const KEPT_OUT = [
  { name: 'full zod', pattern: /node_modules\/zod\/(v4\/classic|v4\/locales|index\.js|v4\/index\.js)/ },
  { name: 'yaml', pattern: /node_modules\/yaml\// },
  { name: 'js-yaml', pattern: /node_modules\/js-yaml\// },
  { name: 'markdown-it', pattern: /node_modules\/(markdown-it|linkify-it|mdurl|uc\.micro|entities|punycode)\// },
  { name: 'd3-hierarchy (the map layout)', pattern: /node_modules\/d3-hierarchy\// },
];

/**
 * Module-level state in a module that both the activation bundle and a lazy bundle contain: each bundle
 * has its own copy. Each one here was checked to be harmless twice: a cache of a value that cannot differ
 * between the copies, or a loader whose `require` Node answers from one module cache.
 */
const REVIEWED_SHARED_STATE = new Set([
  'src/platform/displayLanguage.ts: let format', // the display language's formatters, fixed for the window's life
  'src/model/orphans.ts: const claimIndexes', // a WeakMap cache keyed by the immutable Roadmap
  'src/views/map/loadMapFeature.ts: let loaded', // require('./map.js'): one module instance either way
  // How the model writes numbers in its messages: set to the display language by shareL10nBundle(),
  // which each bundle calls when it loads.
  'src/model/messageNumbers.ts: let language',
  'src/model/messageNumbers.ts: let numbers',
  'src/model/messageNumbers.ts: let oneDecimal',
]);

interface Built {
  /** Inputs that take bytes in the output (modules esbuild read but shook out entirely take none). */
  readonly inputs: string[];
  readonly bytes: number;
  readonly code: string;
}

async function bundle(outfile: string, production = false): Promise<Built> {
  const target = targets.find((candidate) => candidate.outfile === outfile);
  assert.ok(target, `a target builds ${outfile}`);
  const result = await build({
    ...target,
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    minify: production,
    sourcemap: false,
    logLevel: 'silent',
  });
  const output = result.metafile.outputs[outfile];
  assert.ok(output, `esbuild reports ${outfile}`);
  const files = result.outputFiles.filter((file) => file.path.endsWith('.js'));
  return {
    inputs: Object.entries(output.inputs)
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([input]) => input),
    bytes: files.reduce((sum, file) => sum + file.contents.byteLength, 0),
    code: files.map((file) => file.text).join(''),
  };
}

/** Top-level `let`/`var`, and top-level `const x = new …` of a mutable kind, in a source file. */
function moduleState(source: string): string[] {
  const text = fs.readFileSync(path.join(root, source), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^(?:export )?(let|var) (\w+)/gm)) found.push(`${source}: ${match[1]} ${match[2]}`);
  for (const match of text.matchAll(/^(?:export )?const (\w+)(?:: ([^=]+))? = new (\w+)/gm)) {
    const [, name, type, made] = match;
    if (type?.trim().startsWith('Readonly')) continue;
    if (made && ['Map', 'Set', 'WeakMap', 'WeakSet', 'Emitter', 'EventEmitter', 'Array'].includes(made))
      found.push(`${source}: const ${name}`);
  }
  return found;
}

describe('the activation bundle', function () {
  this.timeout(120_000);

  it('keeps full zod, yaml, markdown-it and the map layout out of dist/extension.js', async () => {
    const { inputs } = await bundle('dist/extension.js');
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

  it(`weighs at most ${ACTIVATION_BUDGET_BYTES} bytes in a production build`, async () => {
    const { bytes } = await bundle('dist/extension.js', true);
    assert.ok(bytes > 10_000, `the build produced the bundle (${bytes} bytes)`);
    assert.ok(bytes <= ACTIVATION_BUDGET_BYTES, `dist/extension.js is ${bytes} bytes, over its budget of ${ACTIVATION_BUDGET_BYTES}`);
  });

  it('requires each lazy module from dist/ instead of inlining it, in every bundle that uses one', async () => {
    const lazySources = new Set(lazyModules.map(({ source }) => source));
    const extension = await bundle('dist/extension.js');
    for (const { source, outfile } of lazyModules) {
      assert.ok(!extension.inputs.includes(source), `${source} is inlined in dist/extension.js`);
      const lazy = await bundle(outfile);
      assert.ok(lazy.inputs.includes(source), `${outfile} holds ${source}`);
      const inlined = lazy.inputs.filter((input) => input !== source && lazySources.has(input));
      assert.deepEqual(inlined, [], `${outfile} inlines another lazy module`);
    }
    for (const required of ['markdown', 'topicPanel', 'map', 'progressView', 'checkRuns', 'commands']) {
      assert.match(extension.code, new RegExp(`require\\("\\./${required}\\.js"\\)`), `dist/extension.js requires ./${required}.js`);
    }
  });

  it('gives every lazy bundle that has its own @vscode/l10n the display language, and shares no unreviewed state', async () => {
    const extension = new Set((await bundle('dist/extension.js')).inputs);
    for (const { source, outfile } of lazyModules) {
      const { inputs } = await bundle(outfile);
      if (inputs.some((input) => input.includes('node_modules/@vscode/l10n/'))) {
        const configured =
          inputs.includes('src/platform/sharedL10n.ts') || /\bl10n\.config\(/.test(fs.readFileSync(path.join(root, source), 'utf8'));
        assert.ok(configured, `${outfile} has its own @vscode/l10n but never configures it: its strings would stay English`);
      }
      const shared = inputs.filter((input) => input.startsWith('src/') && extension.has(input));
      const unreviewed = shared.flatMap(moduleState).filter((state) => !REVIEWED_SHARED_STATE.has(state));
      assert.deepEqual(unreviewed, [], `${outfile} and dist/extension.js would each have their own copy of this state`);
    }
  });
});

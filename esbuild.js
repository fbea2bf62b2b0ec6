// Bundles the extension (Node, CommonJS) into dist/. `--production` minifies, `--watch` rebuilds on change
// and prints the [watch] markers that the background problem matcher in .vscode/tasks.json waits for.
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');
const { writeNotesPack } = require('./scripts/packNotes');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints build start/end and errors in the format VS Code's esbuild problem matcher expects. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/**
 * Modules the extension loads on first use, each its own bundle in dist/: a bundle that `require`s one of
 * these source files keeps the `require` of its output file instead of inlining it. A lazy module gets
 * what it needs through parameters: a module it shares with the extension bundle is a second copy there,
 * so it must hold no state the two would need to share (see ARCHITECTURE.md, Bundles).
 */
const lazyModules = [
  // markdown-it and the panel's renderer: loaded when the topic panel first renders a note.
  { source: 'src/views/panel/markdownRendering.ts', outfile: 'dist/markdown.js' },
  // The bounded walk for workspace roadmap files and its glob matcher: loaded when a folder is searched.
  { source: 'src/roadmaps/roadmapFinder.ts', outfile: 'dist/roadmapFinder.js' },
  // The topic panel (its page, content, files, check section): loaded when a topic panel opens or is restored.
  { source: 'src/views/panel/topicPanel.ts', outfile: 'dist/topicPanel.js' },
  // The map panel, its layout (d3-hierarchy) and the SVG exports: loaded when a map opens or is exported.
  { source: 'src/views/map/mapFeature.ts', outfile: 'dist/map.js' },
  // The Progress view's page and overview: loaded when the view is first shown.
  { source: 'src/views/progressView/progressViewPage.ts', outfile: 'dist/progressView.js' },
  // What runs practice checks (executor, processes, the Testing view's controller): loaded once the roadmaps load.
  { source: 'src/checks/checkRuns.ts', outfile: 'dist/checkRuns.js' },
  // Every command's handler: registered at activation, loaded when the first command runs.
  { source: 'src/commands/commandHandlers.ts', outfile: 'dist/commands.js' },
];

/**
 * Leaves each lazy module out of the bundle that requires it; it is required from dist/ at run time. A
 * lazy bundle's own entry point is built in; the lazy modules it requires stay outside it too.
 */
const lazyModulesPlugin = {
  name: 'lazy-modules',
  setup(build) {
    const bySource = new Map(lazyModules.map(({ source, outfile }) => [path.resolve(source), `./${path.basename(outfile)}`]));
    const names = lazyModules.map(({ source }) => path.basename(source, '.ts'));
    build.onResolve({ filter: new RegExp(`/(${names.join('|')})$`) }, ({ path: request, resolveDir, kind }) => {
      const required = bySource.get(`${path.resolve(resolveDir, request)}.ts`);
      if (!required || kind === 'entry-point') return undefined;
      if (kind !== 'require-call') return { errors: [{ text: `${request} is loaded lazily: require() it, do not import it` }] };
      return { path: required, external: true };
    });
  },
};

const nodeBundle = { platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'] };

/**
 * The web worker host's side of each platform seam: a relative import of `x` resolves to `x.web.ts` when
 * that file exists beside `x.ts` (src/platform/realPaths.web.ts, src/checks/processRunner.web.ts, …).
 */
const webVariantsPlugin = {
  name: 'web-variants',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, ({ path: request, resolveDir }) => {
      const variant = path.resolve(resolveDir, `${request}.web.ts`);
      return fs.existsSync(variant) ? { path: variant } : undefined;
    });
  },
};

/**
 * The extension for the web worker extension host (vscode.dev, github.dev, code-server's web worker
 * host): package.json's `browser` entry. The same source as dist/extension.js, with the web variants of
 * the seams; the lazily required modules (markdown, roadmap finder) are bundled in, still evaluated on
 * first use, and the roadmap worker's parsing runs in process (see roadmapWorkerClient.web.ts).
 */
const webExtensionBundle = {
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/web/extension.js',
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  plugins: [webVariantsPlugin],
};

/** @type {import('esbuild').BuildOptions[]} */
const targets = [
  { ...nodeBundle, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', plugins: [lazyModulesPlugin] },
  webExtensionBundle,
  ...lazyModules.map(({ source, outfile }) => ({ ...nodeBundle, entryPoints: [source], outfile, plugins: [lazyModulesPlugin] })),
  {
    // Roadmap parsing, text import and YAML writing (yaml, zod), run in a worker thread and started only
    // when a workspace roadmap, the importer or live diagnostics need it (src/roadmaps/roadmapWorkerClient.ts).
    entryPoints: ['src/roadmaps/roadmapWorker.ts'],
    outfile: 'dist/roadmapWorker.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
  },
  {
    // The topic panel's page script (src/webview), run inside the webview.
    entryPoints: ['src/webview/main.ts'],
    outfile: 'dist/webview/panel.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
  {
    // The map panel's page script (src/webview/map), with d3-hierarchy and d3-zoom bundled in.
    entryPoints: ['src/webview/map/main.ts'],
    outfile: 'dist/webview/map.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
  {
    // The Progress view's page script (src/webview/progress).
    entryPoints: ['src/webview/progress/main.ts'],
    outfile: 'dist/webview/progress.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
];

async function main() {
  // The bundled roadmaps' notes, packed into one compressed file (not rebuilt by --watch: they rarely change).
  writeNotesPack();
  const contexts = await Promise.all(
    targets.map((options) =>
      esbuild.context({
        bundle: true,
        minify: production,
        sourcemap: !production,
        sourcesContent: false,
        logLevel: 'silent',
        ...options,
        plugins: [problemMatcherPlugin, ...(options.plugins ?? [])],
      }),
    ),
  );
  if (watch) {
    await Promise.all(contexts.map((context) => context.watch()));
    return;
  }
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { targets, webExtensionBundle, lazyModules };

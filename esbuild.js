// Bundles the extension (Node, CommonJS) into dist/. `--production` minifies, `--watch` rebuilds on change
// and prints the [watch] markers that the background problem matcher in .vscode/tasks.json waits for.
const esbuild = require('esbuild');

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

/** @type {import('esbuild').BuildOptions[]} */
const targets = [
  {
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
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
  const contexts = await Promise.all(
    targets.map((options) =>
      esbuild.context({
        bundle: true,
        minify: production,
        sourcemap: !production,
        sourcesContent: false,
        logLevel: 'silent',
        plugins: [problemMatcherPlugin],
        ...options,
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

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

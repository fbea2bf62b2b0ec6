// Lint rules, and the layers of src/ enforced as import rules: a folder may import only the folders
// below it, so a contract (command ids, setting keys, domain types) lives where everyone can import it
// and nothing reaches back up. ARCHITECTURE.md explains the layers. When a rule is broken, move the
// type or function down a layer; don't add an exception here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** src/ folders from the bottom layer up. Each may import the ones before it, never the ones after. */
const LAYERS = [
  'model',
  'contracts',
  'protocol',
  'platform',
  'store',
  'roadmaps',
  'progress',
  'sync',
  'workspaceFiles',
  'checks',
  'views',
  'commands',
  'api',
];

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'crypto',
  'zlib',
  'child_process',
  'util',
  'buffer',
  'stream',
  'url',
  'worker_threads',
  'events',
  'assert',
];

const folderPattern = (folders) => `(^|/)(${folders.join('|')})/`;

function layerRules(folder) {
  const above = LAYERS.slice(LAYERS.indexOf(folder) + 1);
  const patterns = [];
  if (above.length > 0) {
    patterns.push({
      regex: folderPattern([...above, 'webview']),
      message: `src/${folder} sits below ${above.join(', ')}: it must not import them (see ARCHITECTURE.md, "Layers").`,
    });
  }
  if (folder === 'model') {
    patterns.push(
      { regex: '^vscode$', message: 'src/model is pure: no vscode. Pass what it needs in.' },
      { regex: `^(node:.*|${NODE_BUILTINS.join('|')})$`, message: 'src/model is pure: no Node built-ins, so it runs in any host.' },
    );
  }
  if (folder === 'contracts' || folder === 'protocol') {
    patterns.push({
      regex: '^vscode$',
      message: `src/${folder} holds plain definitions that every layer and the webview import: no vscode.`,
    });
  }
  return { 'no-restricted-imports': ['error', { patterns }] };
}

export default tseslint.config(
  { ignores: ['dist/**', 'dist-test/**', 'node_modules/**', '.cache/**', 'test-results/**', 'demo/**', '**/*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      eqeqeq: ['error', 'always'],
      // Matching control characters is the point of the link and Markdown safety checks.
      'no-control-regex': 'off',
      'no-console': 'off',
    },
  },
  ...LAYERS.map((folder) => ({ files: [`src/${folder}/**/*.ts`], rules: layerRules(folder) })),
  {
    // The panel's page script runs in the webview: only pure definitions, never the extension's side.
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `${folderPattern(LAYERS.filter((folder) => !['model', 'contracts', 'protocol'].includes(folder)))}|^vscode$|^node:`,
              message: 'The webview page may import only src/model, src/contracts and src/protocol.',
            },
          ],
        },
      ],
    },
  },
  {
    // Views are peers: the tree, the panel and the status bar talk through callbacks wired in extension.ts.
    files: ['src/views/panel/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)tree/|' + folderPattern(['commands', 'api']),
              message: 'The panel does not import the tree (peers are wired in extension.ts) or higher layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/views/tree/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)panel/|' + folderPattern(['commands', 'api']),
              message: 'The tree does not import the panel (peers are wired in extension.ts) or higher layers.',
            },
          ],
        },
      ],
    },
  },
  {
    // The suites' runners load each compiled test file by path, as mocha does.
    files: ['test/host/*/index.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

// Builds the minimal reference extension into a VSIX, as Roadmap Tracker's is built: an esbuild bundle
// (minified, `vscode` external) packaged by vsce.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { repoRoot } from '../../../test/support/paths';
import { minimalManifest } from './identity';

const execFileAsync = promisify(execFile);

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><rect x="4" y="4" width="16" height="16" fill="none" stroke="currentColor"/></svg>';

/** Writes the extension's files into `folder` and returns the path of its VSIX. */
export async function packageMinimalExtension(folder: string): Promise<string> {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const rootManifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { engines: { vscode: string } };
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(minimalManifest(rootManifest.engines.vscode), null, 2));
  fs.writeFileSync(path.join(folder, 'icon.svg'), ICON);
  fs.writeFileSync(path.join(folder, 'README.md'), '# Minimal Tree View\n\nThe reference extension of `npm run bench:vscode`.\n');
  await build({
    entryPoints: [path.join(__dirname, 'extension.ts')],
    outfile: path.join(folder, 'extension.js'),
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    logLevel: 'warning',
  });
  const vsix = path.join(folder, 'minimal-tree-view.vsix');
  const vsce = path.join(repoRoot, 'node_modules', '.bin', 'vsce');
  await execFileAsync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix], {
    cwd: folder,
  });
  return vsix;
}

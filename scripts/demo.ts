// `npm run demo`: the extension from this repository (dist/, built by the npm script) in a real VS Code
// with the sample practice workspace. With VS Code desktop on the PATH (`code`) it opens that; otherwise
// (or with DEMO_WEB=1) it serves VS Code for the web with code-server and prints the address. With
// --web-worker (`npm run demo:web`) the extension runs in code-server's web worker extension host, as on
// vscode.dev and github.dev (dist/web/extension.js, no Node). Runs until Ctrl+C. The workspace is copied once to .cache/demo/workspace, so your edits there survive the next run.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { remoteUri, startCodeServer, WEB_WORKER_HOST_SETTINGS, workbenchUrl, writeUserSettings } from '../test/support/codeServer';
import { repoRoot } from '../test/support/paths';

const demoDir = path.join(repoRoot, '.cache', 'demo');
const workspace = path.join(demoDir, 'workspace');
const inWebWorker = process.argv.includes('--web-worker');

function prepareWorkspace(): void {
  if (fs.existsSync(workspace)) return;
  fs.mkdirSync(demoDir, { recursive: true });
  fs.cpSync(path.join(repoRoot, 'demo', 'workspace'), workspace, { recursive: true });
}

function hasVsCodeDesktop(): boolean {
  return spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
}

async function openInDesktop(): Promise<void> {
  console.log(`Opening VS Code with the extension from ${repoRoot} and ${workspace} (close the window or press Ctrl+C to stop).`);
  const code = spawn('code', ['--new-window', '--wait', `--extensionDevelopmentPath=${repoRoot}`, workspace], { stdio: 'inherit' });
  await new Promise<void>((resolve) => code.once('exit', () => resolve()));
}

async function serveInBrowser(): Promise<void> {
  const userDataDir = path.join(demoDir, 'user-data');
  useWebWorkerHost(userDataDir, inWebWorker);
  const port = process.env.DEMO_PORT ? Number(process.env.DEMO_PORT) : undefined;
  const server = await startCodeServer({
    userDataDir,
    extensionsDir: path.join(demoDir, 'extensions'),
    logFile: path.join(demoDir, 'code-server.log'),
    ...(port ? { port } : {}),
  });
  const url = workbenchUrl(server, workspace, [['extensionDevelopmentPath', remoteUri(server.authority, repoRoot)]]);
  console.log(
    `\nRoadmap Tracker demo: VS Code for the web is serving the sample practice workspace, with the extension in the ${inWebWorker ? 'web worker' : 'Node'} extension host.`,
  );
  console.log(`Open this address in a browser on this machine:\n\n  ${url}\n`);
  console.log('Then click "Roadmap Tracker" in the activity bar. Press Ctrl+C to stop.');

  // Ctrl+C reaches npm too, which then sends SIGTERM: keep handling both until code-server is stopped.
  await new Promise<void>((resolve) => {
    process.on('SIGINT', () => resolve());
    process.on('SIGTERM', () => resolve());
  });
  console.log('\nStopping code-server…');
  await server.stop();
  console.log('Stopped.');
}

/**
 * The demo keeps its user settings between runs (yours included): only the setting that picks the
 * extension host is set or removed, so `demo` and `demo:web` can take turns.
 */
function useWebWorkerHost(userDataDir: string, webWorker: boolean): void {
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settingsFile)) writeUserSettings(userDataDir);
  const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
  for (const key of Object.keys(WEB_WORKER_HOST_SETTINGS)) delete settings[key];
  fs.writeFileSync(settingsFile, JSON.stringify(webWorker ? { ...settings, ...WEB_WORKER_HOST_SETTINGS } : settings, null, 2));
}

async function main(): Promise<void> {
  prepareWorkspace();
  if (!inWebWorker && process.env.DEMO_WEB !== '1' && hasVsCodeDesktop()) await openInDesktop();
  else await serveInBrowser();
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

import { spawn, execFile, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { codeServerBinary } from './paths';

const execFileAsync = promisify(execFile);

/** User settings that keep a test workbench quiet: no welcome page, trust prompt, update checks or tips. */
const quietUserSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

/**
 * User settings that make code-server run Roadmap Tracker in its web worker extension host (as
 * vscode.dev and github.dev do) instead of its Node host. `["web"]` rather than `["ui"]`: an extension
 * loaded from extensionDevelopmentPath on the server stays in the Node host with "ui", and runs in the
 * web worker with "web" (installed extensions do with either).
 */
export const WEB_WORKER_HOST_SETTINGS: Readonly<Record<string, unknown>> = {
  'remote.extensionKind': { 'roadmap-tracker.roadmap-tracker': ['web'] },
};

export interface CodeServerOptions {
  /** Folder for settings, logs and the server's state; created if missing. */
  userDataDir: string;
  /** Folder of installed extensions; created if missing. */
  extensionsDir: string;
  /** Extra environment for the server and so for its extension hosts. */
  env?: NodeJS.ProcessEnv;
  /** Where the server's output goes; kept in memory only when omitted. */
  logFile?: string;
  /** Port to listen on; a free one when omitted. */
  port?: number;
}

export interface RunningCodeServer {
  readonly port: number;
  /** `host:port`, which the web workbench uses as the remote authority of `vscode-remote://` URIs. */
  readonly authority: string;
  readonly origin: string;
  /** The server's output so far (for error reports). */
  output(): string;
  stop(): Promise<void>;
}

export function assertCodeServerInstalled(): void {
  if (!fs.existsSync(codeServerBinary)) {
    throw new Error(`code-server is not installed at ${codeServerBinary}: run scripts/install-test-vscode.sh first.`);
  }
}

/** Asks the OS for a port that is free on 127.0.0.1 right now. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A `vscode-remote://` URI for a path on the server's machine, as the web workbench expects it. */
export function remoteUri(authority: string, fsPath: string): string {
  const encodedPath = path.resolve(fsPath).split('/').map(encodeURIComponent).join('/');
  return `vscode-remote://${authority}${encodedPath}`;
}

/**
 * The workbench URL opening `folder`. `payload` entries reach the workbench's environment service
 * (e.g. extensionDevelopmentPath, extensionTestsPath): a JSON array of [key, value] pairs.
 */
export function workbenchUrl(server: RunningCodeServer, folder: string, payload: Array<[string, string]> = []): string {
  const query = new URLSearchParams({ folder: path.resolve(folder) });
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  return `${server.origin}/?${query.toString()}`;
}

/** Writes the quiet user settings (merged with `extra`) into a fresh user-data-dir. */
export function writeUserSettings(userDataDir: string, extra: Record<string, unknown> = {}): void {
  const userDir = path.join(userDataDir, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify({ ...quietUserSettings, ...extra }, null, 2));
}

/** Installs a VSIX offline into `extensionsDir`. */
export async function installVsix(vsixPath: string, extensionsDir: string): Promise<void> {
  assertCodeServerInstalled();
  fs.mkdirSync(extensionsDir, { recursive: true });
  await execFileAsync(codeServerBinary, ['--extensions-dir', extensionsDir, '--install-extension', path.resolve(vsixPath), '--force'], {
    env: { ...process.env, XDG_CONFIG_HOME: path.join(extensionsDir, '.config') },
  });
}

/** Starts code-server on 127.0.0.1 and resolves once it answers its health check. */
export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  assertCodeServerInstalled();
  fs.mkdirSync(options.userDataDir, { recursive: true });
  fs.mkdirSync(options.extensionsDir, { recursive: true });
  const port = options.port ?? (await findFreePort());
  const authority = `127.0.0.1:${port}`;
  const args = [
    '--auth',
    'none',
    '--bind-addr',
    authority,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--config',
    path.join(options.userDataDir, 'code-server.yaml'),
    '--user-data-dir',
    options.userDataDir,
    '--extensions-dir',
    options.extensionsDir,
  ];
  // Its own process group, so stop() ends the server together with its extension hosts.
  const child = spawn(codeServerBinary, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let output = '';
  const logStream = options.logFile ? fs.createWriteStream(options.logFile) : undefined;
  const collect = (chunk: Buffer): void => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
    logStream?.write(chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const server: RunningCodeServer = {
    port,
    authority,
    origin: `http://${authority}`,
    output: () => output,
    stop: () => stopProcessGroup(child, exited).finally(() => logStream?.end()),
  };
  try {
    await waitUntilHealthy(server, exited);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitUntilHealthy(server: RunningCodeServer, exited: Promise<number | null>, timeoutMs = 60_000): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`code-server exited with code ${exitCode} before it was ready:\n${server.output()}`);
    }
    try {
      const response = await fetch(`${server.origin}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer on ${server.origin} within ${timeoutMs / 1000} s:\n${server.output()}`);
}

async function stopProcessGroup(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.pid === undefined) return;
  const signalGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  signalGroup('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 5_000))]);
  if (timedOut) signalGroup('SIGKILL');
  // Extension hosts may outlive the server's main process by a moment; make sure the group is gone.
  signalGroup('SIGKILL');
}

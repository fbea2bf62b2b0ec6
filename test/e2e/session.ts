// One end-to-end session: the packaged VSIX installed into a fresh extensions dir, code-server over a
// copy of the fixture workspace, and headless chromium showing the workbench.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { installVsix, startCodeServer, workbenchUrl, writeUserSettings, type RunningCodeServer } from '../support/codeServer';
import { repoRoot, testResultsDir } from '../support/paths';
import { Workbench } from './workbench';

export const e2eResultsDir = path.join(testResultsDir, 'e2e');

export interface E2eSession {
  readonly workbench: Workbench;
  close(): Promise<void>;
}

/** The file `npm run package` writes: <name>-<version>.vsix at the repository root. */
export function packagedVsix(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  const file = path.join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
  if (!fs.existsSync(file)) throw new Error(`${path.basename(file)} is missing: run \`npm run package\` first.`);
  return file;
}

/** Extra files for the workspace copy (relative path → text) and user settings for this session. */
export interface SessionOptions {
  readonly files?: Readonly<Record<string, string>>;
  readonly userSettings?: Readonly<Record<string, unknown>>;
}

/** `name` keeps each session's server log apart when a run starts more than one (results are cleared by run.ts). */
export async function startSession(name?: string, options: SessionOptions = {}): Promise<E2eSession> {
  const vsix = packagedVsix();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-e2e-'));
  const workspace = path.join(tmp, 'workspace');
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  for (const [relativePath, text] of Object.entries(options.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(workspace, relativePath)), { recursive: true });
    fs.writeFileSync(path.join(workspace, relativePath), text);
  }
  writeUserSettings(userDataDir, { ...options.userSettings });
  await installVsix(vsix, extensionsDir);

  fs.mkdirSync(e2eResultsDir, { recursive: true });
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startCodeServer({
      userDataDir,
      extensionsDir,
      logFile: path.join(e2eResultsDir, name ? `code-server-${name}.log` : 'code-server.log'),
    });
    browser = await launchChromium();
    // Small enough that the screenshots stay small, large enough for the side bar and a context menu.
    const page = await browser.newPage({ viewport: { width: 1024, height: 640 } });
    const workbench = new Workbench(page, e2eResultsDir);
    await page.goto(workbenchUrl(server, workspace));
    await workbench.waitUntilReady();
    const started = { server, browser };
    return {
      workbench,
      close: async () => {
        await started.browser.close().catch(() => undefined);
        await started.server.stop();
        fs.rmSync(tmp, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    throw error;
  }
}

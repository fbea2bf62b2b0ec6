// The extension-host suite again, in code-server's web worker extension host (as on vscode.dev and
// github.dev): the extension's browser entry and the suite's browser bundle (dist-test/host/web, built by
// scripts/build-tests.js). A test that needs Node is reported as skipped with the reason; the layer fails
// if the suite ran in a Node host. HOST_TEST_GREP narrows it as for the host layer.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WEB_WORKER_HOST_SETTINGS } from '../support/codeServer';
import { repoRoot } from '../support/paths';
import { runLayer } from '../support/summary';
import { runHostLayer } from './runHostTests';
import type { WebHostTestControl } from './web/index';
import { WEB_LINK_OUT, WEB_LINK_TARGET, WEB_LINKED_FOLDER } from './protocol';

const control = (resultsDir: string): WebHostTestControl => ({
  resultsDir,
  ...(process.env.HOST_TEST_GREP ? { grep: process.env.HOST_TEST_GREP } : {}),
});

runLayer('host-web', () =>
  runHostLayer({
    layer: 'host-web',
    suiteEntry: path.join(repoRoot, 'dist-test', 'host', 'web', 'index.js'),
    control,
    userSettings: WEB_WORKER_HOST_SETTINGS,
    // Folder links out of the workspace, which no test in the web worker host can make (no node:fs):
    // webWorkerLinks.test.ts checks that nothing is written through the first, and that the roadmap
    // search does not follow the second and says why.
    prepareWorkspace: (workspace, tmp) => {
      fs.mkdirSync(path.join(tmp, WEB_LINK_TARGET));
      fs.mkdirSync(path.dirname(path.join(workspace, WEB_LINK_OUT)), { recursive: true });
      fs.symlinkSync(path.join(tmp, WEB_LINK_TARGET), path.join(workspace, WEB_LINK_OUT));
      fs.symlinkSync(path.join(tmp, WEB_LINK_TARGET), path.join(workspace, WEB_LINKED_FOLDER));
    },
  }),
);

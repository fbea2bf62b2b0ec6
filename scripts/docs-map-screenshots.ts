// The README's pictures of the map (light and dark) and of the Progress view: the real page scripts
// (dist/webview/map.js, progress.js; run `npm run build` first) and stylesheets in headless chromium,
// with VS Code's Light Modern / Dark Modern colours as the theme variables, the merged roadmap with some
// progress, and a sample activity history. Writes docs/map-light.png, docs/map-dark.png and
// docs/progress-view.png. Run: npx tsx scripts/docs-map-screenshots.ts
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchChromium } from '../test/support/chromium';
import { loadRoadmap } from '../src/model/loader';
import { mapInput } from '../src/model/mapLayout';
import { ActivityHistory, addDays, dayOf } from '../src/model/activity';
import { progressOverview } from '../src/model/progressOverview';
import { ProgressCounter } from '../src/model/progress';
import type { Status } from '../src/model/status';
import { seededRandom } from '../test/unit/helpers';

const root = path.resolve(__dirname, '..');
const themes = {
  light: {
    '--vscode-foreground': '#3b3b3b',
    '--vscode-editor-background': '#ffffff',
    '--vscode-editorWidget-background': '#f8f8f8',
    '--vscode-editorWidget-border': '#c8c8c8',
    '--vscode-focusBorder': '#005fb8',
    '--vscode-testing-iconPassed': '#388a34',
    '--vscode-charts-yellow': '#bf8803',
    '--vscode-charts-green': '#388a34',
    '--vscode-disabledForeground': '#8a8a8a',
    '--vscode-descriptionForeground': '#717171',
    '--vscode-progressBar-background': '#005fb8',
    '--vscode-button-secondaryBackground': '#e5e5e5',
    '--vscode-button-secondaryForeground': '#3b3b3b',
    '--vscode-panel-border': '#e5e5e5',
    '--vscode-sideBarSectionHeader-background': '#f0f0f0',
    '--vscode-editorIndentGuide-activeBackground': '#939393',
    '--vscode-textLink-foreground': '#005fb8',
    '--vscode-font-family': 'system-ui, Ubuntu, sans-serif',
    '--vscode-font-size': '13px',
  },
  dark: {
    '--vscode-foreground': '#cccccc',
    '--vscode-editor-background': '#1f1f1f',
    '--vscode-editorWidget-background': '#202020',
    '--vscode-editorWidget-border': '#454545',
    '--vscode-focusBorder': '#0078d4',
    '--vscode-testing-iconPassed': '#73c991',
    '--vscode-charts-yellow': '#cca700',
    '--vscode-charts-green': '#89d185',
    '--vscode-disabledForeground': '#7f7f7f',
    '--vscode-descriptionForeground': '#9d9d9d',
    '--vscode-progressBar-background': '#0078d4',
    '--vscode-button-secondaryBackground': '#313131',
    '--vscode-button-secondaryForeground': '#cccccc',
    '--vscode-panel-border': '#2b2b2b',
    '--vscode-sideBarSectionHeader-background': '#181818',
    '--vscode-editorIndentGuide-activeBackground': '#707070',
    '--vscode-textLink-foreground': '#4daafc',
    '--vscode-font-family': 'system-ui, Ubuntu, sans-serif',
    '--vscode-font-size': '13px',
  },
};

function page(theme: Record<string, string>, css: string, body: string): string {
  const vars = Object.entries(theme)
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
  return `<!DOCTYPE html><html><head><style>:root{${vars}}\n${css}</style></head><body>${body}
<script>window.__messages=[];window.acquireVsCodeApi=()=>({postMessage:(m)=>window.__messages.push(m),getState:()=>undefined,setState:()=>undefined});</script></body></html>`;
}

async function main() {
  const roadmap = loadRoadmap(fs.readFileSync(path.join(root, 'roadmaps/backend-engineering-merged.roadmap.yaml'), 'utf8')).roadmap!;
  const random = seededRandom(3);
  const statuses: [string, Status][] = [];
  roadmap.topics.forEach((topic, index) => {
    if (index < 40) statuses.push([topic.id, random() < 0.85 ? 'done' : 'skipped']);
    else if (index < 46) statuses.push([topic.id, 'in-progress']);
  });
  const browser = await launchChromium();
  const mapCss = fs.readFileSync(path.join(root, 'media/map.css'), 'utf8');
  const mapJs = fs.readFileSync(path.join(root, 'dist/webview/map.js'), 'utf8');
  const body = `<header id="toolbar" role="toolbar"><h1 id="map-title"></h1><span id="map-summary"></span><span class="spacer"></span><button>−</button><button>+</button><button>Fit</button><button>SVG</button><button>PNG</button><button>Card</button><button>Card SVG</button></header><main id="stage"></main><div id="announcer" class="visually-hidden"></div>`;
  for (const [name, theme] of Object.entries(themes)) {
    const p = await browser.newPage({ viewport: { width: 1100, height: 640 } });
    await p.setContent(page(theme, mapCss, body));
    await p.addScriptTag({ content: mapJs });
    await p.evaluate(
      `window.postMessage(${JSON.stringify({ type: 'map', roadmapId: roadmap.id, title: roadmap.title, nodes: mapInput(roadmap), statuses, report: false })}, '*')`,
    );
    await p.locator('#stage g.node').first().waitFor();
    const stage = p.locator('#stage');
    await p.locator('#stage g.node.topic').nth(37).focus();
    for (let i = 0; i < 9; i++) await stage.press('+');
    await stage.press('ArrowDown');
    await stage.press('ArrowUp');
    await p.mouse.move(1090, 630);
    await p.screenshot({ path: path.join(root, `docs/map-${name}.png`) });
    await p.close();
  }
  // Progress view with a sample history.
  const today = dayOf(Date.now());
  const history = new ActivityHistory();
  for (let ago = 0; ago < 200; ago++) {
    if (random() < 0.45 && ago > 6) continue;
    const n = 1 + Math.floor(random() * 4);
    for (let k = 0; k < n; k++)
      history.add(addDays(today, -ago), {
        roadmapId: roadmap.id,
        topicId: roadmap.topics[Math.floor(random() * 60)]!.id,
        kind: (['done', 'practice', 'in-progress', 'notes'] as const)[Math.floor(random() * 4)]!,
      });
  }
  const counter = new ProgressCounter(roadmap, new Map(statuses.map(([id, s]) => [id, { status: s, changedAt: 1 }])));
  const overview = progressOverview({
    history,
    today,
    roadmaps: [{ roadmapId: roadmap.id, title: roadmap.title, counts: counter.countsOf() }],
    hoursPerWeek: 6,
    targetDate: addDays(today, 180),
    locale: 'en',
  });
  const p = await browser.newPage({ viewport: { width: 900, height: 420 } });
  await p.setContent(
    page(
      themes.dark,
      fs.readFileSync(path.join(root, 'media/progress.css'), 'utf8') + '\nbody{background:#181818}',
      '<main id="progress"></main>',
    ),
  );
  await p.addScriptTag({ content: fs.readFileSync(path.join(root, 'dist/webview/progress.js'), 'utf8') });
  await p.evaluate(`window.postMessage(${JSON.stringify({ type: 'state', overview, report: false })}, '*')`);
  await p.locator('.streak').waitFor();
  await p.screenshot({ path: path.join(root, 'docs/progress-view.png'), fullPage: true });
  await browser.close();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});

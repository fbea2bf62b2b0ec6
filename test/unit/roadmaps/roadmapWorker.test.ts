// The roadmap worker thread, built as the extension builds it: loads, imports and writes YAML exactly
// as the model does in-process, and a request over its time limit is refused without losing the next.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { loadRoadmapInput } from '../../../src/model/loader';
import { importRoadmapText, roadmapToYaml } from '../../../src/model/textImport';
import { RoadmapWorkerClient, WorkerFailure } from '../../../src/roadmaps/roadmapWorkerClient';
import type { WorkerStart } from '../../../src/roadmaps/roadmapWorkerProtocol';
import { SMALL_ROADMAP } from '../helpers';
import { TURKISH_BUNDLE } from '../l10n/turkishBundle';

const repoRoot = path.join(__dirname, '..', '..', '..');

describe('roadmap worker', function () {
  this.timeout(60_000); // a guard against a hang
  let folder: string;
  let workerFile: string;
  const clients: RoadmapWorkerClient[] = [];
  const client = (timeoutMs?: number, start?: WorkerStart): RoadmapWorkerClient => {
    const created = new RoadmapWorkerClient(workerFile, timeoutMs, start);
    clients.push(created);
    return created;
  };

  before(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'roadmap-worker-'));
    workerFile = path.join(folder, 'roadmapWorker.js');
    await build({ entryPoints: [path.join(repoRoot, 'src/roadmaps/roadmapWorker.ts')], outfile: workerFile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
  });
  afterEach(() => clients.splice(0).forEach((created) => created.dispose()));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('loads valid and broken roadmaps as the loader does in-process', async () => {
    const worker = client();
    const broken = 'id: r\ntitle: R\nnodes:\n  - id: a\n    titel: A\n';
    assert.deepStrictEqual(await worker.request({ kind: 'load', text: SMALL_ROADMAP }), loadRoadmapInput(SMALL_ROADMAP));
    assert.deepStrictEqual(await worker.request({ kind: 'load', text: broken }), loadRoadmapInput(broken));
  });

  it('words problems in the language it was started with (Turkish bundle and numbers), each worker its own', async () => {
    const broken = `id: r\ntitle: R\nnodes:\n  - id: a\n    title: A\n    summery: s\n    notes: "${'n'.repeat(100_001)}"\n`;
    const turkish = await client(undefined, { l10nBundle: TURKISH_BUNDLE, language: 'tr' }).request({ kind: 'load', text: broken });
    assert.deepEqual(
      turkish.problems.map((problem) => problem.message),
      [
        'bilinmeyen anahtar "summery" ("A" içinde); "summary" mi demek istediniz?',
        '"notes" çok uzun: 100.001 karakter, en fazla 100.000 ("A" içinde)',
      ],
    );
    const english = await client().request({ kind: 'load', text: broken });
    assert.deepEqual(
      english.problems.map((problem) => problem.message),
      ['unknown key "summery" (in "A"); did you mean "summary"?', '"notes" is too long: 100,001 characters, at most 100,000 (in "A")'],
    );
  });

  it('imports text and writes YAML as the model does in-process', async () => {
    const worker = client();
    const text = '# Learn\n## Web\n- [x] HTTP\n- [ ] REST\n';
    const imported = await worker.request({ kind: 'importText', text, options: {} });
    assert.deepStrictEqual(imported, importRoadmapText(text));
    assert.ok(imported.ok);
    assert.equal(await worker.request({ kind: 'toYaml', roadmap: imported.roadmap, comment: 'c' }), roadmapToYaml(imported.roadmap, 'c'));
  });

  it('refuses a request over its time limit, then answers the next one with a fresh worker', async () => {
    // 200,000 topics (6 MB) with one bad id at the end take the worker several seconds (the fast reader
    // passes it to `yaml` for the problem's position); the limit is 2 s, enough for the next one to start.
    const worker = client(2_000);
    const flood = `id: r\ntitle: R\nnodes:\n${Array.from({ length: 200_000 }, (_, index) => `  - id: t${index}\n    title: T${index}`).join('\n')}\n  - id: Bad Id\n    title: Bad\n`;
    const refused = worker.request({ kind: 'load', text: flood });
    const next = worker.request({ kind: 'toYaml', roadmap: { id: 'x', title: 'X', nodes: [{ id: 'a', title: 'A' }] }, comment: 'after' });
    await assert.rejects(refused, (failure: unknown) => failure instanceof WorkerFailure && failure.timedOut && /was stopped/.test(failure.message));
    assert.match(await next, /id: x/);
  });
});

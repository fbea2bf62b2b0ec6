// Issue 13: the roadmap worker client of the web worker host answers in process, as the worker thread
// does, in order, and turns a failure into a WorkerFailure.
import { strict as assert } from 'node:assert';
import { loadRoadmapInput } from '../../../src/model/loader';
import { importRoadmapText, roadmapToYaml } from '../../../src/model/textImport';
import { RoadmapWorkerClient, WorkerFailure } from '../../../src/roadmaps/roadmapWorkerClient.web';
import { SMALL_ROADMAP } from '../helpers';
import { inTurkish, TURKISH_BUNDLE } from '../l10n/turkishBundle';

describe('roadmap worker client, web (in process)', function () {
  this.timeout(20_000); // a guard against a hang

  it('answers load, import and YAML requests as the model does', async () => {
    const client = new RoadmapWorkerClient();
    const broken = 'id: r\ntitle: R\nnodes:\n  - id: a\n    titel: A\n';
    assert.deepStrictEqual(await client.request({ kind: 'load', text: SMALL_ROADMAP }), loadRoadmapInput(SMALL_ROADMAP));
    assert.deepStrictEqual(await client.request({ kind: 'load', text: broken }), loadRoadmapInput(broken));
    const options = { id: 'notes', title: 'Notes' };
    const imported = importRoadmapText('# A\n- b\n- c\n', options);
    assert.deepStrictEqual(await client.request({ kind: 'importText', text: '# A\n- b\n- c\n', options }), imported);
    if (imported.ok) {
      assert.equal(await client.request({ kind: 'toYaml', roadmap: imported.roadmap, comment: 'c' }), roadmapToYaml(imported.roadmap, 'c'));
    }
  });

  it('answers in the order asked, and a failure does not stop the next', async () => {
    const client = new RoadmapWorkerClient();
    const order: string[] = [];
    const first = client.request({ kind: 'load', text: SMALL_ROADMAP }).then(() => order.push('first'));
    const failing = client
      .request({ kind: 'load', text: null as never })
      .then(
        () => order.push('failing resolved'),
        (failure: unknown) => order.push(failure instanceof WorkerFailure ? 'failing rejected' : 'failing other'),
      );
    const last = client.request({ kind: 'load', text: SMALL_ROADMAP }).then(() => order.push('last'));
    await Promise.all([first, failing, last]);
    assert.deepEqual(order, ['first', 'failing rejected', 'last']);
  });

  describe('started in Turkish', () => {
    inTurkish(); // puts English back afterwards: in process, the client configures the one @vscode/l10n

    it('words problems in the language it was started with', async () => {
      const client = new RoadmapWorkerClient(undefined, undefined, { l10nBundle: TURKISH_BUNDLE, language: 'tr' });
      const result = await client.request({ kind: 'load', text: 'id: r\ntitle: R\nnodes:\n  - id: a\n    title: A\n    summery: s\n' });
      assert.deepEqual(
        result.problems.map((problem) => problem.message),
        ['bilinmeyen anahtar "summery" ("A" içinde); "summary" mi demek istediniz?'],
      );
    });
  });

  it('refuses requests once disposed', async () => {
    const client = new RoadmapWorkerClient();
    const pending = client.request({ kind: 'load', text: SMALL_ROADMAP });
    client.dispose();
    await assert.rejects(pending, WorkerFailure);
    await assert.rejects(client.request({ kind: 'load', text: SMALL_ROADMAP }), /shut down/);
  });
});

import * as assert from 'node:assert/strict';
import { countResults } from '../../support/results';

describe('npm test summary', () => {
  it('adds up the harness closing lines of a layer, once', () => {
    const host = '  65 passing (12s)\n\nhost: 65 passed, 0 failed\n  4 passing (2s)\n\nhost (two machines): 4 passed, 1 failed\n';
    assert.deepEqual(countResults(host), { passed: 69, failed: 1, skipped: 0 });
  });

  it('counts a closing line that also names skipped tests (it was missed, and the summary under-counted)', () => {
    const web = '  50 passing (30s)\n  82 pending\n\nhost-web: 50 passed, 0 failed, 82 skipped\n';
    assert.deepEqual(countResults(web), { passed: 50, failed: 0, skipped: 82 });
  });

  it("reads mocha's summary when there is no closing line", () => {
    assert.deepEqual(countResults('  ✔ a\n\n  433 passing (7s)\n  2 failing\n  3 pending\n'), { passed: 433, failed: 2, skipped: 3 });
    assert.deepEqual(countResults('tsc: error TS1005'), { passed: 0, failed: 0, skipped: 0 });
  });
});

// Issue 12: workspace roadmaps are parsed once per content.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { loadRoadmap, loadRoadmapInput, type InputResult } from '../../../src/model/loader';
import { ParseCache } from '../../../src/roadmaps/parseCache';
import { SMALL_ROADMAP } from '../helpers';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

function countingCache(maxEntries?: number): { cache: ParseCache; parsed: string[] } {
  const parsed: string[] = [];
  const parse = async (text: string): Promise<InputResult> => {
    parsed.push(text);
    return loadRoadmapInput(text);
  };
  return { cache: new ParseCache(parse, sha256, maxEntries), parsed };
}

const BROKEN = 'id: r\ntitle: R\nnodes:\n  - id: a\n  - id: a\n    title: A\n';

describe('ParseCache', () => {
  it('gives the same roadmap and problems as a fresh load', async () => {
    const { cache } = countingCache();
    assert.deepStrictEqual(await cache.load(SMALL_ROADMAP), loadRoadmap(SMALL_ROADMAP));
    assert.deepStrictEqual(await cache.load(BROKEN), loadRoadmap(BROKEN));
  });

  it('parses a content once, answering later loads with the very same result', async () => {
    const { cache, parsed } = countingCache();
    const first = await cache.load(SMALL_ROADMAP);
    const second = await cache.load(`${SMALL_ROADMAP}`);
    assert.equal(second, first);
    assert.equal(parsed.length, 1);
  });

  it('misses when the content changes', async () => {
    const { cache, parsed } = countingCache();
    const before = await cache.load(SMALL_ROADMAP);
    const after = await cache.load(SMALL_ROADMAP.replace('Small Roadmap', 'Renamed'));
    assert.notEqual(after, before);
    assert.equal(after.roadmap?.title, 'Renamed');
    assert.equal(parsed.length, 2);
  });

  it('keeps only the most recent contents', async () => {
    const { cache, parsed } = countingCache(2);
    const texts = ['a', 'b', 'c'].map((title) => SMALL_ROADMAP.replace('Small Roadmap', title));
    for (const text of texts) await cache.load(text);
    await cache.load(texts[2]!); // still cached
    await cache.load(texts[0]!); // dropped as the oldest: parsed again
    assert.equal(parsed.length, 4);
  });

  it('does not remember a failed parse', async () => {
    let calls = 0;
    const cache = new ParseCache(async (text) => {
      calls++;
      if (calls === 1) throw new Error('worker stopped');
      return loadRoadmapInput(text);
    }, sha256);
    await assert.rejects(cache.load(SMALL_ROADMAP), /worker stopped/);
    assert.equal((await cache.load(SMALL_ROADMAP)).roadmap?.id, 'small');
  });
});

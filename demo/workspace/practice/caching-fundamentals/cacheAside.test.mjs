// Starter check for the caching exercise: `node --test` in this folder. Make cacheAside.mjs pass.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CacheAside } from './cacheAside.mjs';

function source() {
  const calls = [];
  return { calls, load: async (key) => (calls.push(key), `value of ${key}`) };
}

test('loads a missing key once and serves it from the cache afterwards', async () => {
  const db = source();
  const cache = new CacheAside(db.load, 1000, () => 0);
  assert.equal(await cache.get('a'), 'value of a');
  assert.equal(await cache.get('a'), 'value of a');
  assert.deepEqual(db.calls, ['a']);
});

test('loads again once the entry expired or was invalidated', async () => {
  let now = 0;
  const db = source();
  const cache = new CacheAside(db.load, 1000, () => now);
  await cache.get('a');
  now = 1001;
  await cache.get('a');
  cache.invalidate('a');
  await cache.get('a');
  assert.deepEqual(db.calls, ['a', 'a', 'a']);
});

test('concurrent misses for one key share a single load (no stampede)', async () => {
  const db = source();
  const cache = new CacheAside(db.load, 1000, () => 0);
  const values = await Promise.all(Array.from({ length: 20 }, () => cache.get('hot')));
  assert.equal(new Set(values).size, 1);
  assert.deepEqual(db.calls, ['hot']);
});

// Starter check for the consistent-hashing exercise: `node --test` in this folder. Make hashRing.mjs pass.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HashRing } from './hashRing.mjs';

const keys = Array.from({ length: 10_000 }, (_, index) => `user:${index}`);

test('places a key on the same node every time', () => {
  const ring = new HashRing(['a', 'b', 'c']);
  for (const key of keys.slice(0, 100)) assert.equal(ring.nodeFor(key), ring.nodeFor(key));
});

test('spreads keys roughly evenly over the nodes', () => {
  const ring = new HashRing(['a', 'b', 'c']);
  const counts = new Map();
  for (const key of keys) counts.set(ring.nodeFor(key), (counts.get(ring.nodeFor(key)) ?? 0) + 1);
  for (const node of ['a', 'b', 'c']) assert.ok(counts.get(node) > keys.length / 6, `${node}: ${counts.get(node)}`);
});

test('adding a fourth node moves about a quarter of the keys, all of them to the new node', () => {
  const ring = new HashRing(['a', 'b', 'c']);
  const before = new Map(keys.map((key) => [key, ring.nodeFor(key)]));
  ring.add('d');
  const moved = keys.filter((key) => ring.nodeFor(key) !== before.get(key));
  assert.ok(moved.length < keys.length * 0.4, `${moved.length} of ${keys.length} moved`);
  for (const key of moved) assert.equal(ring.nodeFor(key), 'd');
});

test('removing a node moves only its keys', () => {
  const ring = new HashRing(['a', 'b', 'c']);
  const before = new Map(keys.map((key) => [key, ring.nodeFor(key)]));
  ring.remove('b');
  for (const key of keys) if (before.get(key) !== 'b') assert.equal(ring.nodeFor(key), before.get(key));
});

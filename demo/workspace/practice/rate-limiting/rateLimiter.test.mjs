// Starter check for the rate-limiting exercise: `node --test` in this folder. Make rateLimiter.mjs pass.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimiter } from './rateLimiter.mjs';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms) => (now += ms) };
}

test('allows a burst up to the capacity, then refuses', () => {
  const time = clock();
  const limiter = new RateLimiter(3, 1, time.now);
  assert.deepEqual([1, 2, 3, 4].map(() => limiter.tryTake('alice')), [true, true, true, false]);
});

test('refills at the configured rate, never above the capacity', () => {
  const time = clock();
  const limiter = new RateLimiter(2, 2, time.now);
  limiter.tryTake('alice');
  limiter.tryTake('alice');
  time.advance(500);
  assert.equal(limiter.tryTake('alice'), true, 'one token after half a second at 2/s');
  assert.equal(limiter.tryTake('alice'), false);
  time.advance(60_000);
  assert.deepEqual([1, 2, 3].map(() => limiter.tryTake('alice')), [true, true, false]);
});

test('gives every client key its own bucket', () => {
  const time = clock();
  const limiter = new RateLimiter(1, 1, time.now);
  assert.equal(limiter.tryTake('alice'), true);
  assert.equal(limiter.tryTake('bob'), true, 'alice used her token, not bob\'s');
  assert.equal(limiter.tryTake('alice'), false);
});

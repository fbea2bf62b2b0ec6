// Starter check for the idempotency-keys exercise: `node --test` in this folder. Make
// idempotentHandler.mjs pass.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IdempotencyStore, idempotent } from './idempotentHandler.mjs';

function payments() {
  const rows = [];
  const handle = async (body) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    rows.push(body);
    return { status: 201, body: { id: rows.length, amount: body.amount } };
  };
  return { rows, handle };
}

test('twenty concurrent repeats of one key make one payment and get identical responses', async () => {
  const db = payments();
  const pay = idempotent(new IdempotencyStore(), db.handle);
  const responses = await Promise.all(Array.from({ length: 20 }, () => pay('key-1', { amount: 42 })));
  assert.equal(db.rows.length, 1);
  for (const response of responses) assert.deepEqual(response, responses[0]);
});

test('a later repeat replays the stored response', async () => {
  const db = payments();
  const pay = idempotent(new IdempotencyStore(), db.handle);
  const first = await pay('key-2', { amount: 7 });
  assert.deepEqual(await pay('key-2', { amount: 7 }), first);
  assert.equal(db.rows.length, 1);
});

test('the same key with a different body is refused with 422', async () => {
  const db = payments();
  const pay = idempotent(new IdempotencyStore(), db.handle);
  await pay('key-3', { amount: 7 });
  const refused = await pay('key-3', { amount: 8 });
  assert.equal(refused.status, 422);
  assert.equal(db.rows.length, 1);
});

test('different keys are different payments', async () => {
  const db = payments();
  const pay = idempotent(new IdempotencyStore(), db.handle);
  await pay('a', { amount: 1 });
  await pay('b', { amount: 1 });
  assert.equal(db.rows.length, 2);
});

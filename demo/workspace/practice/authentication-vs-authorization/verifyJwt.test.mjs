// Starter check for the JWT verification exercise: `node --test` in this folder. Make verifyJwt.mjs pass.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { verifyHs256 } from './verifyJwt.mjs';

const SECRET = 'practice-secret';
const NOW = 1_700_000_000;
const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

function sign(claims, { alg = 'HS256', secret = SECRET } = {}) {
  const head = `${encode({ alg, typ: 'JWT' })}.${encode(claims)}`;
  const signature = alg === 'none' ? '' : createHmac('sha256', secret).update(head).digest('base64url');
  return `${head}.${signature}`;
}

const valid = { sub: 'alice', aud: 'api', exp: NOW + 300 };

test('accepts a valid token and returns its claims', () => {
  assert.deepEqual(verifyHs256(sign(valid), SECRET, 'api', NOW), valid);
});

test('rejects an expired token', () => {
  assert.throws(() => verifyHs256(sign({ ...valid, exp: NOW - 1 }), SECRET, 'api', NOW), /expired/);
});

test('rejects a token whose payload was tampered with', () => {
  const [head, , signature] = sign(valid).split('.');
  assert.throws(() => verifyHs256(`${head}.${encode({ ...valid, sub: 'mallory' })}.${signature}`, SECRET, 'api', NOW), /signature/);
});

test('rejects alg "none" and a token signed with another secret', () => {
  assert.throws(() => verifyHs256(sign(valid, { alg: 'none' }), SECRET, 'api', NOW));
  assert.throws(() => verifyHs256(sign(valid, { secret: 'other' }), SECRET, 'api', NOW), /signature/);
});

test('rejects a token for another audience', () => {
  assert.throws(() => verifyHs256(sign({ ...valid, aud: 'admin' }), SECRET, 'api', NOW), /audience/);
});

// Verifying an HS256 JWT without a library, to see every check a library does for me.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function verifyHs256(token, secret, audience, nowSeconds = Date.now() / 1000) {
  const [header, payload, signature, extra] = token.split('.');
  if (!header || !payload || !signature || extra !== undefined) throw new Error('not a JWT');
  const { alg } = JSON.parse(Buffer.from(header, 'base64url').toString());
  if (alg !== 'HS256') throw new Error(`unexpected alg ${alg}`); // never accept "none"
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const actual = Buffer.from(signature, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) throw new Error('bad signature');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) throw new Error('expired');
  if (claims.aud !== audience) throw new Error('wrong audience');
  return claims;
}

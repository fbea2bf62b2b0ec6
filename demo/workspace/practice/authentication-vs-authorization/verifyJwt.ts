// Verifying an HS256 JWT without a library, to see every check a library does for me.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function verifyHs256(token: string, secret: string, audience: string, nowSeconds = Date.now() / 1000): Record<string, unknown> {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) throw new Error('not a JWT');
  const { alg } = JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: string };
  if (alg !== 'HS256') throw new Error(`unexpected alg ${alg}`); // never accept "none"
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const actual = Buffer.from(signature, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) throw new Error('bad signature');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) throw new Error('expired');
  if (claims.aud !== audience) throw new Error('wrong audience');
  return claims;
}

// contentHash.ts for the web worker host, which has no node:crypto (and Web Crypto's digest is async):
// the same SHA-256 in base 64, from @noble/hashes.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToBase64 } from './base64';

export function contentHash(text: string): string {
  return bytesToBase64(sha256(new TextEncoder().encode(text)));
}

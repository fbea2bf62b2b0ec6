// Raw deflate (RFC 1951). Compressing is fflate on every host: the Node extension host and the web worker
// host write the very same bytes for the same text, so a value saved (and synced) on one is the same
// value on the other. Inflating gives the same bytes whatever does it, so each host uses its fastest:
// node:zlib in the Node host (inflate.ts), fflate in the web worker host (inflate.web.ts). Streams written
// earlier with node:zlib are plain raw deflate and inflate with either.
import { deflateSync } from 'fflate';

export { InflatedTooLarge } from './inflatedTooLarge';
export { inflateRaw } from './inflate';

/** Raw deflate at `level` (the store saves at 4: most of the gain, a fraction of the time of 9). */
export function deflateRaw(bytes: Uint8Array, level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9): Uint8Array {
  return deflateSync(bytes, { level });
}

// inflate.ts for the web worker host, which has no node:zlib: fflate's streaming inflate, fed a slice at a
// time so that the limit is checked as the output grows.
import { Inflate } from 'fflate';
import { InflatedTooLarge } from './inflatedTooLarge';

const INPUT_SLICE = 4096;

/**
 * Inflates raw deflate; stops and throws InflatedTooLarge as soon as the output passes `maxBytes` (a small
 * damaged or hostile value cannot fill memory), and throws when the stream is not valid or is cut short.
 */
export function inflateRaw(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (bytes.length === 0) throw new Error('the deflate stream is empty');
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) throw new InflatedTooLarge(maxBytes);
    chunks.push(chunk);
    if (final) ended = true;
  });
  // Fed a slice at a time: one slice inflates to at most about 1,032 times its size, so the limit is
  // checked before a small hostile stream could expand into memory.
  for (let start = 0; start < bytes.length; start += INPUT_SLICE) {
    const end = Math.min(bytes.length, start + INPUT_SLICE);
    inflate.push(bytes.subarray(start, end), end === bytes.length);
  }
  if (!ended) throw new Error('the deflate stream ends early');
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

// Inflates raw deflate in the Node extension host with node:zlib, which stops at the limit itself
// (maxOutputLength). The web worker host builds inflate.web.ts instead (fflate); both give the same bytes.
import { inflateRawSync } from 'node:zlib';
import { InflatedTooLarge } from './inflatedTooLarge';

/**
 * Inflates raw deflate; throws InflatedTooLarge when the output would pass `maxBytes` (a small damaged or
 * hostile value cannot fill memory), and throws when the stream is empty, not valid or cut short.
 */
export function inflateRaw(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (bytes.length === 0) throw new Error('the deflate stream is empty');
  try {
    const inflated = inflateRawSync(bytes, { maxOutputLength: maxBytes });
    return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
  } catch (failure) {
    if ((failure as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw new InflatedTooLarge(maxBytes);
    throw failure;
  }
}

import { isDeepStrictEqual } from 'node:util';
import { pollUntil } from '../support/poll';

/**
 * Reads `read()` until it equals `expected` or the time is up; the UI updates asynchronously, so every
 * check of what the page shows waits like this. Fails with what it last saw.
 */
export async function eventually<T>(what: string, read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  await pollUntil(`${what}: expected ${JSON.stringify(expected)}`, read, (value) => isDeepStrictEqual(value, expected), {
    timeoutMs,
    intervalMs: 100,
  });
}

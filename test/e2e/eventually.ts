import { isDeepStrictEqual } from 'node:util';

/**
 * Reads `read()` until it equals `expected` or the time is up; the UI updates asynchronously, so every
 * check of what the page shows waits like this. Fails with what it last saw.
 */
export async function eventually<T>(what: string, read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      lastError = undefined;
      if (isDeepStrictEqual(last, expected)) return;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const saw = lastError ? `an error: ${String(lastError)}` : JSON.stringify(last);
  throw new Error(`${what}: expected ${JSON.stringify(expected)} within ${timeoutMs / 1000} s, last saw ${saw}`);
}

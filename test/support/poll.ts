// The one polling helper of every test layer: the extension and the workbench react to events, saves
// and messages asynchronously, so a check reads until what it sees is acceptable or the time is up.
// No Node or vscode imports: the extension-host suites bundle it too.

export interface PollOptions {
  /** How long to keep reading; the failure names it. */
  readonly timeoutMs?: number;
  /** Pause between reads. */
  readonly intervalMs?: number;
}

/**
 * Reads `read()` until `accept` holds and returns what it read; fails with `what` and the last value
 * (or error) seen. A read that throws counts as not yet acceptable.
 */
export async function pollUntil<T>(
  what: string,
  read: () => T | Promise<T>,
  accept: (value: T) => boolean,
  { timeoutMs = 10_000, intervalMs = 50 }: PollOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let seen: string;
    try {
      const value = await read();
      if (accept(value)) return value;
      seen = JSON.stringify(value)?.slice(0, 600) ?? String(value);
    } catch (error) {
      seen = `an error: ${String(error)}`;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s; last saw ${seen}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

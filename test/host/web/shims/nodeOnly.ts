// Stands in for Node modules (node:fs, node:os) in the web worker host's test bundle. Importing works;
// calling throws NodeOnlyOnTheWeb, which the web runner reports as a skipped test with that reason (see
// ../index.ts): the web worker host has no Node, so a test that writes files behind VS Code's back, makes
// symbolic links or starts processes cannot run there.
/** Thrown by a test (or its hook) that cannot run in the web worker host; its message is the reason. */
export class NotOnTheWeb extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotOnTheWeb';
  }
}

export class NodeOnlyOnTheWeb extends NotOnTheWeb {
  constructor(readonly what: string) {
    super(`needs Node's ${what}, which the web worker extension host does not have`);
    this.name = 'NodeOnlyOnTheWeb';
  }
}

/** Whether this code runs in a web worker extension host (no Node `process`). */
export function inWebWorkerHost(): boolean {
  return typeof (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node !== 'string';
}

/** Skips the test or block (called from its hook) in the web worker host, with the reason. */
export function notOnTheWeb(reason: string): void {
  if (inWebWorkerHost()) throw new NotOnTheWeb(reason);
}

export function nodeOnly(what: string): () => never {
  return () => {
    throw new NodeOnlyOnTheWeb(what);
  };
}

// Writes to a Memento, one after the other in the order they were queued, shared by the workspace store
// and the synced copy. A failed write rejects its own promise and never stops the writes behind it.

export class WriteQueue {
  /** Settles when every write queued so far has settled; never rejects. */
  private tail: Promise<void> = Promise.resolve();

  /** Runs `task` after every write queued before it. */
  push(task: () => Thenable<void>): Promise<void> {
    const next = this.tail.then(task);
    this.tail = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  /** Resolves when every write queued so far has settled. */
  flush(): Promise<void> {
    return this.tail;
  }
}

// Idempotency keys: a request repeated with the same Idempotency-Key gets the first response again and
// the work is done once; the same key with a different body is refused with 422.
// My starting point: the store is there, the replay logic is not written yet.

export class IdempotencyStore {
  constructor() {
    this.entries = new Map();
  }
}

/**
 * Wraps `handle(body) → Promise<{ status, body }>` so repeats of a key replay the stored response.
 * TODO: store key → request hash + response; share an in-flight result between concurrent repeats.
 */
export function idempotent(store, handle) {
  return async (key, body) => handle(body);
}

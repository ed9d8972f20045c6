/**
 * Where the gateway remembers the POSTs it answered, so that a repeat gets the first answer
 * instead of filing a second request. In memory per gateway today
 * (`createMemoryIdempotencyStore`); a store shared by replicas (Redis: `SET key NX PX` to
 * claim, the result written over the claim, `DEL` on failure, waiters polling) keeps the same
 * contract.
 */
export interface IdempotencyStore<T> {
  /**
   * Runs `create` for the first request under `key` and remembers its value for `ttlMs`. A
   * repeat with the same `fingerprint` gets that value, `replayed: true`, waiting for it while
   * the first still runs (concurrent repeats are one create). A repeat with another
   * fingerprint fails with IdempotencyKeyReused. A create that fails is not remembered: the
   * requests waiting on it fail alike, and the next one runs `create` again.
   */
  once(key: string, fingerprint: string, ttlMs: number, create: () => Promise<T>): Promise<{ value: T; replayed: boolean }>;
}

/** A key seen with another request within its time to live (the client reused its Idempotency-Key). */
export class IdempotencyKeyReused extends Error {
  constructor() {
    super('This key was used for a different request.');
    this.name = 'IdempotencyKeyReused';
  }
}

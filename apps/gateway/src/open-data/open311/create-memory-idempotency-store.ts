import { IdempotencyKeyReused, type IdempotencyStore } from './idempotency-store';

/** How often expired results are looked for: a scan of every entry, so not at every request. */
const SWEEP_EVERY_MS = 60_000;

export interface MemoryIdempotencyStoreOptions {
  /** Results held at most; past it the oldest are forgotten first. */
  maxEntries: number;
  /** Milliseconds since the epoch; injected by tests. Default Date.now. */
  now?: () => number;
}

type Entry<T> = { fingerprint: string; running: Promise<T> } | { fingerprint: string; value: T; expiresAt: number };

/**
 * The IdempotencyStore of one gateway process, in a Map. A create that runs is held as its
 * promise (repeats wait on it) and is never forgotten for room; a settled one is held until
 * its time to live ends or, past `maxEntries`, until newer ones push it out, oldest first:
 * a repeat after that creates again, which is the price of bounded memory.
 */
export function createMemoryIdempotencyStore<T>({
  maxEntries,
  now = Date.now,
}: MemoryIdempotencyStoreOptions): IdempotencyStore<T> & { size(): number } {
  if (!Number.isInteger(maxEntries) || maxEntries < 1)
    throw new Error(`maxEntries must be a whole number of 1 or more, got ${maxEntries}.`);
  const entries = new Map<string, Entry<T>>();
  let sweptAt = now();

  const sweep = (at: number) => {
    if (at - sweptAt < SWEEP_EVERY_MS) return;
    sweptAt = at;
    for (const [key, entry] of entries) if ('expiresAt' in entry && entry.expiresAt <= at) entries.delete(key);
  };
  const makeRoom = () => {
    // A Map iterates in insertion order, and a result is inserted when it settles: oldest first.
    for (const [key, entry] of entries) {
      if (entries.size <= maxEntries) return;
      if ('expiresAt' in entry) entries.delete(key);
    }
  };

  return {
    once(key, fingerprint, ttlMs, create) {
      const at = now();
      sweep(at);
      const found = entries.get(key);
      if (found && ('running' in found || found.expiresAt > at)) {
        if (found.fingerprint !== fingerprint) return Promise.reject(new IdempotencyKeyReused());
        const value = 'running' in found ? found.running : Promise.resolve(found.value);
        return value.then((v) => ({ value: v, replayed: true }));
      }
      let running: Promise<T>;
      try {
        running = create();
      } catch (error) {
        return Promise.reject(error);
      }
      const entry = { fingerprint, running };
      entries.set(key, entry);
      running.then(
        (value) => {
          if (entries.get(key) !== entry) return;
          entries.delete(key);
          entries.set(key, { fingerprint, value, expiresAt: now() + ttlMs });
          makeRoom();
        },
        () => {
          if (entries.get(key) === entry) entries.delete(key);
        },
      );
      return running.then((value) => ({ value, replayed: false }));
    },
    size: () => entries.size,
  };
}

/**
 * Where upstream reads are kept for a short TTL: in memory for one gateway, in Redis for
 * several replicas. Values are the JSON text of a town's answer.
 */
export interface UpstreamCacheStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  close(): Promise<void>;
}

export interface UpstreamCache {
  /**
   * The cached value of `key`, or `load()`'s. Identical loads in flight at the same moment
   * run once (request coalescing); failures are not cached.
   */
  read(key: string, load: () => Promise<string>): Promise<{ value: string; hit: boolean }>;
  close(): Promise<void>;
}

export function createUpstreamCache(store: UpstreamCacheStore, ttlMs: number): UpstreamCache {
  const inFlight = new Map<string, Promise<string>>();
  return {
    async read(key, load) {
      const cached = ttlMs > 0 ? await store.get(key) : undefined;
      if (cached !== undefined) return { value: cached, hit: true };
      let pending = inFlight.get(key);
      if (!pending) {
        pending = load().finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
        pending.then((value) => (ttlMs > 0 ? store.set(key, value, ttlMs) : undefined)).catch(() => undefined);
      }
      return { value: await pending, hit: false };
    },
    close: () => store.close(),
  };
}

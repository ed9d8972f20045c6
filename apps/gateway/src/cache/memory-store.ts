import type { UpstreamCacheStore } from './upstream-cache';

/** An in-memory store with expiry, bounded so that a burst of distinct queries cannot grow it forever. */
export function createMemoryStore({ maxEntries = 10_000, now = Date.now } = {}): UpstreamCacheStore {
  const entries = new Map<string, { value: string; expires: number }>();
  return {
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    async set(key, value, ttlMs) {
      // Oldest first: a Map iterates in insertion order.
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.delete(key);
      entries.set(key, { value, expires: now() + ttlMs });
    },
    async close() {
      entries.clear();
    },
  };
}

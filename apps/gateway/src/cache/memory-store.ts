import { defaultGatewayConfig } from '../config';
import type { UpstreamCacheStore } from './upstream-cache';

export interface MemoryStoreOptions {
  /** The most bytes of keys and answers held; the least recently used go first past it. Default 64 MB. */
  maxBytes?: number;
  /** How often expired entries are dropped, whether or not anyone reads them. Default 1 s. */
  sweepEveryMs?: number;
  now?: () => number;
}

/** What a string costs in memory: V8 holds most as UTF-16, two bytes a character. */
const sizeOf = (key: string, value: string) => 2 * (key.length + value.length);

/**
 * An in-memory store with expiry, bounded in bytes: a burst of distinct queries, or a few
 * towns answering megabytes, cannot grow it past `maxBytes`. Reads and writes make an entry
 * the most recently used (a Map keeps insertion order, so its first key is the least recently
 * used); expired entries are dropped on a timer and on writes, not only when read again.
 */
export function createMemoryStore({
  maxBytes = defaultGatewayConfig.cacheMaxBytes,
  sweepEveryMs = 1000,
  now = Date.now,
}: MemoryStoreOptions = {}) {
  const entries = new Map<string, { value: string; expires: number; bytes: number }>();
  let bytes = 0;
  let nextSweep = now() + sweepEveryMs;

  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  };
  const sweep = () => {
    const at = now();
    for (const [key, entry] of entries) if (entry.expires <= at) drop(key);
    nextSweep = at + sweepEveryMs;
  };
  const timer = setInterval(sweep, sweepEveryMs);
  // The sweep must not keep a process alive that has nothing else to do.
  timer.unref();

  const store: UpstreamCacheStore & { stats(): { entries: number; bytes: number } } = {
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires <= now()) {
        drop(key);
        return undefined;
      }
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    async set(key, value, ttlMs) {
      if (now() >= nextSweep) sweep();
      drop(key);
      const size = sizeOf(key, value);
      // An answer larger than the whole cache would only evict everything else.
      if (size > maxBytes || ttlMs <= 0) return;
      while (bytes + size > maxBytes) drop(entries.keys().next().value!);
      entries.set(key, { value, expires: now() + ttlMs, bytes: size });
      bytes += size;
    },
    async close() {
      clearInterval(timer);
      entries.clear();
      bytes = 0;
    },
    /** How much it holds, for tests and metrics. */
    stats: () => ({ entries: entries.size, bytes }),
  };
  return store;
}

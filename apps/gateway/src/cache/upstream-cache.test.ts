import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory-store';
import { createUpstreamCache, type SharedCacheStore } from './upstream-cache';

describe('createUpstreamCache with a shared store', () => {
  it('takes the answer another replica wrote and let go of between its look and its claim, without loading', async () => {
    const writes: string[] = [];
    const released: string[] = [];
    let looks = 0;
    // The other replica's answer lands after this replica's first look, before its claim.
    const shared: SharedCacheStore = {
      get: async () => (++looks === 1 ? undefined : `v${Date.now() + 5000}\nthe other replica's answer`),
      set: async (_key, value) => void writes.push(value),
      claim: async () => true,
      release: async (key) => void released.push(key),
      close: async () => undefined,
    };
    const local = createMemoryStore();
    const cache = createUpstreamCache({ local, shared, ttlMs: 5000 });
    let loads = 0;
    const answer = await cache.read('k', async () => {
      loads++;
      return 'loaded again';
    });
    await cache.close();
    expect(answer).toEqual({ value: "the other replica's answer", hit: true });
    expect({ loads, writes, released }).toEqual({ loads: 0, writes: [], released: ['k'] });
  });
});

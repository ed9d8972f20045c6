import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory-store';

const stores: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

function storeAt(maxBytes: number) {
  const clock = { t: 0 };
  const store = createMemoryStore({ maxBytes, sweepEveryMs: 1000, now: () => clock.t });
  stores.push(store);
  return { clock, store };
}

/** A value that costs `bytes` with a one-character key. */
const valueOfSize = (bytes: number) => 'v'.repeat(bytes / 2 - 1);

describe('the in-memory upstream cache store', () => {
  it('holds at most maxBytes, evicting the least recently used first', async () => {
    const { store } = storeAt(1000);
    await store.set('a', valueOfSize(400), 60_000);
    await store.set('b', valueOfSize(400), 60_000);
    // Reading a makes b the least recently used.
    expect(await store.get('a')).toBe(valueOfSize(400));
    await store.set('c', valueOfSize(400), 60_000);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toBe(valueOfSize(400));
    expect(await store.get('c')).toBe(valueOfSize(400));
    expect(store.stats()).toEqual({ entries: 2, bytes: 800 });
  });

  it('counts bytes, not entries: one large answer evicts many small ones', async () => {
    const { store } = storeAt(1000);
    for (const key of 'abcdefghij') await store.set(key, valueOfSize(100), 60_000);
    expect(store.stats()).toEqual({ entries: 10, bytes: 1000 });
    await store.set('L', valueOfSize(900), 60_000);
    expect(store.stats()).toEqual({ entries: 2, bytes: 1000 });
    expect(await store.get('j')).toBe(valueOfSize(100));
  });

  it('does not keep an answer larger than the whole cache', async () => {
    const { store } = storeAt(1000);
    await store.set('a', valueOfSize(100), 60_000);
    await store.set('huge', valueOfSize(2000), 60_000);
    expect(await store.get('huge')).toBeUndefined();
    expect(await store.get('a')).toBe(valueOfSize(100));
  });

  it('drops expired entries that nobody reads again', async () => {
    const { clock, store } = storeAt(10_000);
    await store.set('o', valueOfSize(1000), 500);
    await store.set('p', valueOfSize(1000), 500);
    clock.t = 1000;
    await store.set('n', valueOfSize(100), 60_000);
    expect(store.stats()).toEqual({ entries: 1, bytes: 100 });
  });

  it('replaces an entry written again, counting it once', async () => {
    const { store } = storeAt(1000);
    await store.set('a', valueOfSize(400), 60_000);
    await store.set('a', valueOfSize(200), 60_000);
    expect(store.stats()).toEqual({ entries: 1, bytes: 200 });
    expect(await store.get('a')).toBe(valueOfSize(200));
  });

  it('answers nothing for an expired entry', async () => {
    const { clock, store } = storeAt(1000);
    await store.set('a', valueOfSize(100), 500);
    clock.t = 500;
    expect(await store.get('a')).toBeUndefined();
  });
});

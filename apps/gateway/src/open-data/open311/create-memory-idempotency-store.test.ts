import { describe, expect, it } from 'vitest';
import { createMemoryIdempotencyStore } from './create-memory-idempotency-store';
import { IdempotencyKeyReused } from './idempotency-store';

const MINUTE = 60_000;

/** A store on a clock the test moves, and creates the test settles by hand. */
function setUp(maxEntries = 100) {
  const clock = { now: 0 };
  const store = createMemoryIdempotencyStore<string>({ maxEntries, now: () => clock.now });
  const creates: { resolve(value: string): void; reject(error: Error): void }[] = [];
  const create = () =>
    new Promise<string>((resolve, reject) => {
      creates.push({ resolve, reject });
    });
  const created = (value: string) => async () => {
    creates.push({ resolve() {}, reject() {} });
    return value;
  };
  return { clock, store, creates, create, created };
}

describe('createMemoryIdempotencyStore', () => {
  it('answers a repeat within the time to live with the first value, without creating again', async () => {
    const { clock, store, creates, created } = setUp();
    expect(await store.once('k', 'f', 10 * MINUTE, created('id-1'))).toEqual({ value: 'id-1', replayed: false });
    clock.now += 10 * MINUTE - 1;
    expect(await store.once('k', 'f', 10 * MINUTE, created('id-2'))).toEqual({ value: 'id-1', replayed: true });
    expect(creates).toHaveLength(1);
    clock.now += 1;
    expect(await store.once('k', 'f', 10 * MINUTE, created('id-3'))).toEqual({ value: 'id-3', replayed: false });
  });

  it('runs one create for concurrent repeats, and gives them all its value', async () => {
    const { store, creates, create } = setUp();
    const answers = Promise.all([
      store.once('k', 'f', MINUTE, create),
      store.once('k', 'f', MINUTE, create),
      store.once('k', 'f', MINUTE, create),
    ]);
    expect(creates).toHaveLength(1);
    creates[0]!.resolve('id-1');
    expect(await answers).toEqual([
      { value: 'id-1', replayed: false },
      { value: 'id-1', replayed: true },
      { value: 'id-1', replayed: true },
    ]);
  });

  it('refuses the key for another request, while the first runs and after', async () => {
    const { store, creates, create, created } = setUp();
    const first = store.once('k', 'f', MINUTE, create);
    await expect(store.once('k', 'other', MINUTE, create)).rejects.toBeInstanceOf(IdempotencyKeyReused);
    creates[0]!.resolve('id-1');
    await first;
    await expect(store.once('k', 'other', MINUTE, created('id-2'))).rejects.toThrow('This key was used for a different request.');
    expect(creates).toHaveLength(1);
  });

  it('forgets a create that failed, failing its waiters alike, so that a retry creates', async () => {
    const { store, creates, create, created } = setUp();
    const first = store.once('k', 'f', MINUTE, create);
    const waiting = store.once('k', 'f', MINUTE, create);
    creates[0]!.reject(new Error('town down'));
    await expect(first).rejects.toThrow('town down');
    await expect(waiting).rejects.toThrow('town down');
    expect(await store.once('k', 'f', MINUTE, created('id-2'))).toEqual({ value: 'id-2', replayed: false });
    // A create that throws at once is a failure like any other.
    await expect(
      store.once('sync', 'f', MINUTE, () => {
        throw new Error('bad input');
      }),
    ).rejects.toThrow('bad input');
    expect(await store.once('sync', 'f', MINUTE, created('id-3'))).toEqual({ value: 'id-3', replayed: false });
  });

  it('holds at most maxEntries results, forgetting the oldest first but never a create that runs', async () => {
    const { store, creates, create, created } = setUp(2);
    const running = store.once('running', 'f', MINUTE, create);
    await store.once('a', 'f', MINUTE, created('a'));
    await store.once('b', 'f', MINUTE, created('b'));
    await store.once('c', 'f', MINUTE, created('c'));
    expect(store.size()).toBe(2);
    expect((await store.once('c', 'f', MINUTE, created('c2'))).replayed).toBe(true);
    expect((await store.once('a', 'f', MINUTE, created('a2'))).replayed).toBe(false);
    const joined = store.once('running', 'f', MINUTE, create);
    creates[0]!.resolve('r');
    expect(await running).toEqual({ value: 'r', replayed: false });
    expect(await joined).toEqual({ value: 'r', replayed: true });
  });

  it('drops expired results as time passes, whatever their order', async () => {
    const { clock, store, created } = setUp();
    await store.once('long', 'f', 24 * 60 * MINUTE, created('l'));
    for (let i = 0; i < 50; i++) await store.once(`short-${i}`, 'f', 10 * MINUTE, created(`s${i}`));
    expect(store.size()).toBe(51);
    clock.now += 10 * MINUTE;
    await store.once('new', 'f', MINUTE, created('n'));
    expect(store.size()).toBe(2);
  });

  it('refuses a bound that is not a positive whole number, naming it', () => {
    expect(() => createMemoryIdempotencyStore({ maxEntries: 0 })).toThrow('maxEntries must be a whole number of 1 or more, got 0.');
  });
});

import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { TownError } from '../errors';
import { townErrorCodec } from '../towns/town-error-codec';
import { createMemoryStore } from './memory-store';
import { openRedis, type RedisConnection } from './redis-connection';
import { createRedisStore } from './redis-store';
import { createUpstreamCache, type UpstreamCache } from './upstream-cache';

/** The Redis these machines start before every session and before CI. */
const REDIS_URL = process.env.COMMUNES_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const connections: RedisConnection[] = [];
const caches: UpstreamCache[] = [];
afterAll(async () => {
  await Promise.all(caches.map((c) => c.close()));
  for (const c of connections) c.close();
});

/** A replica's cache: its own memory, the shared Redis under a prefix of this test's. */
async function replica(prefix: string, options: { claimMs?: number; url?: string } = {}) {
  const redis = openRedis(options.url ?? REDIS_URL);
  connections.push(redis);
  await redis.ready(2000);
  const cache = createUpstreamCache({
    local: createMemoryStore(),
    shared: createRedisStore(redis, prefix),
    ttlMs: 5000,
    claimMs: options.claimMs ?? 2000,
    errors: townErrorCodec,
  });
  caches.push(cache);
  return { cache, redis };
}

const freshPrefix = () => `communes:test:${randomBytes(6).toString('hex')}:`;
const slowLoad =
  (counter: { n: number }, value: string, ms = 80) =>
  async () => {
    counter.n++;
    await new Promise((resolve) => setTimeout(resolve, ms));
    return value;
  };

describe('the upstream cache shared by replicas through Redis', () => {
  it('loads a key once for every replica asking at the same moment', async () => {
    const prefix = freshPrefix();
    const replicas = await Promise.all([1, 2, 3].map(() => replica(prefix)));
    const loads = { n: 0 };
    const answers = await Promise.all(replicas.flatMap(({ cache }) => [1, 2].map(() => cache.read('k', slowLoad(loads, 'answer')))));
    expect(loads.n).toBe(1);
    expect(answers.map((a) => a.value)).toEqual(Array(6).fill('answer'));
    expect(answers.filter((a) => !a.hit)).toHaveLength(1);
  });

  it('shares a town failure for a moment, so the other replicas do not repeat it', async () => {
    const prefix = freshPrefix();
    const [a, b] = await Promise.all([replica(prefix), replica(prefix)]);
    const loads = { n: 0 };
    const failing = async () => {
      loads.n++;
      throw new TownError('TOWN_TIMEOUT', 'alpha', 'no answer within 400 ms.', { detail: 'connect 10.0.0.7:1337' });
    };
    await expect(a!.cache.read('k', failing)).rejects.toThrow('no answer within 400 ms.');
    const shared = await b!.cache.read('k', failing).catch((error: unknown) => error);
    expect(shared).toBeInstanceOf(TownError);
    expect(shared).toMatchObject({ code: 'TOWN_TIMEOUT', town: 'alpha', detail: undefined });
    expect(loads.n).toBe(1);
  });

  it('loads in another replica when the one that claimed a key died holding it, after the claim ends', async () => {
    const prefix = freshPrefix();
    const { redis } = await replica(prefix);
    // What a replica that died mid-load leaves: its claim, no answer.
    await redis.client.set(`${prefix}claim:k`, 'dead replica', 'PX', 300);
    const { cache } = await replica(prefix, { claimMs: 300 });
    const loads = { n: 0 };
    const started = Date.now();
    expect((await cache.read('k', slowLoad(loads, 'late', 1))).value).toBe('late');
    expect(loads.n).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('loads for itself, and keeps answers in its own memory, when Redis cannot be reached', async () => {
    const { cache } = await replica(freshPrefix(), { url: 'redis://127.0.0.1:1' });
    const loads = { n: 0 };
    expect(await cache.read('k', slowLoad(loads, 'alone', 1))).toEqual({ value: 'alone', hit: false });
    expect(await cache.read('k', slowLoad(loads, 'alone', 1))).toEqual({ value: 'alone', hit: true });
    expect(loads.n).toBe(1);
  });
});

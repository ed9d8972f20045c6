import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openRedis, type RedisConnection } from '../../cache/redis-connection';
import { createMemoryIdempotencyStore } from './create-memory-idempotency-store';
import { createPostRateLimiter } from './create-post-rate-limiter';
import { createRedisIdempotencyStore } from './create-redis-idempotency-store';
import { createRedisPostRateLimiter } from './create-redis-post-rate-limiter';
import { IdempotencyKeyReused } from './idempotency-store';

/** The Redis these machines start before every session and before CI. */
const REDIS_URL = process.env.COMMUNES_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const MINUTE = 60_000;

const connections: RedisConnection[] = [];
afterAll(() => {
  for (const c of connections) c.close();
});

/** What one replica holds of the POST guard: its connection, its own fallbacks, the shared keys under a prefix of this test's. */
async function replicaGuard(prefix: string, url = REDIS_URL) {
  const redis = openRedis(url);
  connections.push(redis);
  await redis.ready(2000);
  return {
    filed: createRedisIdempotencyStore(redis, {
      runningMs: 5000,
      fallback: createMemoryIdempotencyStore<string>({ maxEntries: 100 }),
      prefix: `${prefix}filed:`,
    }),
    limiter: createRedisPostRateLimiter(redis, {
      perMinute: 3,
      fallback: createPostRateLimiter({ perMinute: 3 }),
      prefix: `${prefix}posts:`,
    }),
  };
}

const freshPrefix = () => `communes:test:${randomBytes(6).toString('hex')}:`;

describe('Open311 POSTs across replicas: one idempotency memory and one budget in Redis', () => {
  it('files a request once when its repeats reach other replicas, even at the same moment', async () => {
    const prefix = freshPrefix();
    const replicas = await Promise.all([1, 2, 3].map(() => replicaGuard(prefix)));
    let creates = 0;
    const create = async () => {
      creates++;
      await new Promise((resolve) => setTimeout(resolve, 60));
      return `request-${creates}`;
    };
    const answers = await Promise.all(replicas.map((r) => r.filed.once('key', 'fields', MINUTE, create)));
    expect(creates).toBe(1);
    expect(answers.map((a) => a.value)).toEqual(['request-1', 'request-1', 'request-1']);
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    // Later, on another replica: the first answer, replayed.
    expect(await replicas[2]!.filed.once('key', 'fields', MINUTE, create)).toEqual({ value: 'request-1', replayed: true });
    await expect(replicas[1]!.filed.once('key', 'other fields', MINUTE, create)).rejects.toBeInstanceOf(IdempotencyKeyReused);
  });

  it('forgets a create that failed, so that the next attempt on any replica files it', async () => {
    const prefix = freshPrefix();
    const [a, b] = await Promise.all([replicaGuard(prefix), replicaGuard(prefix)]);
    await expect(
      a!.filed.once('key', 'fields', MINUTE, async () => {
        throw new Error('the town refused');
      }),
    ).rejects.toThrow('the town refused');
    expect(await b!.filed.once('key', 'fields', MINUTE, async () => 'filed')).toEqual({ value: 'filed', replayed: false });
  });

  it("counts an api_key's attempts on every replica against one budget", async () => {
    const prefix = freshPrefix();
    const replicas = await Promise.all([1, 2, 3].map(() => replicaGuard(prefix)));
    const waits = [];
    for (const replica of [...replicas, ...replicas]) waits.push(await replica.limiter.take('client'));
    // Three a minute for the whole gateway: the fourth attempt, on any replica, waits about a minute.
    expect(waits.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    for (const wait of waits.slice(3)) expect(wait).toBeGreaterThanOrEqual(59);
    expect(await replicas[0]!.limiter.take('another client')).toBeUndefined();
  });

  it('goes on alone, remembering in its own memory, when Redis cannot be reached', async () => {
    const alone = await replicaGuard(freshPrefix(), 'redis://127.0.0.1:1');
    let creates = 0;
    const create = async () => `request-${++creates}`;
    expect(await alone.filed.once('key', 'fields', MINUTE, create)).toEqual({ value: 'request-1', replayed: false });
    expect(await alone.filed.once('key', 'fields', MINUTE, create)).toEqual({ value: 'request-1', replayed: true });
    expect(await alone.limiter.take('client')).toBeUndefined();
  });
});

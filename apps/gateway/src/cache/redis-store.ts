import type { RedisConnection } from './redis-connection';
import type { SharedCacheStore } from './upstream-cache';

/**
 * A cache store in Redis, shared by every gateway replica, its keys under `prefix`. A Redis
 * that fails is not the towns' problem: reads then miss, writes are dropped, claims are
 * unknown (the caller loads for itself), and the gateway goes on. The connection belongs to
 * whoever opened it, and is closed by them.
 */
export function createRedisStore(redis: RedisConnection, prefix = 'communes:upstream:'): SharedCacheStore {
  return {
    get: async (key) => (await redis.attempt(() => redis.client.get(prefix + key), null)) ?? undefined,
    async set(key, value, ttlMs) {
      await redis.attempt(() => redis.client.set(prefix + key, value, 'PX', ttlMs), null);
    },
    async claim(key, token, ms) {
      const answer = await redis.attempt(() => redis.client.set(`${prefix}claim:${key}`, token, 'PX', ms, 'NX'), undefined);
      return answer === undefined ? undefined : answer === 'OK';
    },
    async release(key, token) {
      await redis.deleteIfHolds(`${prefix}claim:${key}`, token);
    },
    async close() {},
  };
}

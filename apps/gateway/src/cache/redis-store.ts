import type { RedisConnection } from './redis-connection';
import type { UpstreamCacheStore } from './upstream-cache';

/**
 * A cache store in Redis, shared by every gateway replica, its keys under `prefix`. A Redis
 * that fails is not the towns' problem: reads then miss and writes are dropped, and the
 * gateway goes on. The connection belongs to whoever opened it, and is closed by them.
 */
export function createRedisStore(redis: RedisConnection, prefix = 'communes:upstream:'): UpstreamCacheStore {
  return {
    async get(key) {
      try {
        return (await redis.client.get(prefix + key)) ?? undefined;
      } catch (error) {
        redis.report(error as Error);
        return undefined;
      }
    },
    async set(key, value, ttlMs) {
      try {
        await redis.client.set(prefix + key, value, 'PX', ttlMs);
      } catch (error) {
        redis.report(error as Error);
      }
    },
    async close() {},
  };
}

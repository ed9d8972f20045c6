import Redis from 'ioredis';
import type { UpstreamCacheStore } from './upstream-cache';

/**
 * The upstream cache in Redis, shared by every gateway replica. A Redis that fails is not
 * the towns' problem: reads then miss and writes are dropped, and the gateway goes on.
 */
export function createRedisStore(
  url: string,
  onError: (error: Error) => void = () => undefined,
  prefix = 'communes:upstream:',
): UpstreamCacheStore {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  redis.on('error', onError);
  return {
    async get(key) {
      try {
        return (await redis.get(prefix + key)) ?? undefined;
      } catch (error) {
        onError(error as Error);
        return undefined;
      }
    },
    async set(key, value, ttlMs) {
      try {
        await redis.set(prefix + key, value, 'PX', ttlMs);
      } catch (error) {
        onError(error as Error);
      }
    },
    async close() {
      redis.disconnect();
    },
    connected: () => redis.status === 'ready',
    ready(timeoutMs) {
      if (redis.status === 'ready') return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = (ok: boolean) => {
          clearTimeout(timer);
          redis.off('ready', onReady);
          resolve(ok);
        };
        const onReady = () => done(true);
        const timer = setTimeout(() => done(false), timeoutMs);
        redis.once('ready', onReady);
      });
    },
  };
}

import { randomBytes } from 'node:crypto';
import type { RedisConnection } from '../../cache/redis-connection';
import type { PostRateLimiter } from './create-post-rate-limiter';

const WINDOW_MS = 60_000;

/**
 * The sliding window of `createPostRateLimiter`, in one sorted set per api_key: the times of
 * the admitted attempts of the last minute. Atomic in Redis, so replicas answering at the
 * same moment cannot both admit the last attempt. Answers the milliseconds to wait, or -1.
 */
const TAKE = `
redis.call('zremrangebyscore', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
if redis.call('zcard', KEYS[1]) >= tonumber(ARGV[3]) then
  local oldest = redis.call('zrange', KEYS[1], 0, 0, 'withscores')
  return tonumber(oldest[2]) + tonumber(ARGV[2]) - tonumber(ARGV[1])
end
redis.call('zadd', KEYS[1], ARGV[1], ARGV[4])
redis.call('pexpire', KEYS[1], ARGV[2])
return -1`;

/**
 * An api_key's POST budget shared by replicas: `perMinute` attempts in any 60 seconds across
 * the whole gateway. Where Redis fails, each replica counts on its own (`fallback`): the budget
 * is then per replica until Redis is back.
 */
export function createRedisPostRateLimiter(
  redis: RedisConnection,
  { perMinute, fallback, prefix = 'communes:open311:posts:' }: { perMinute: number; fallback: PostRateLimiter; prefix?: string },
) {
  return {
    async take(key: string): Promise<number | undefined> {
      try {
        const waitMs = Number(
          await redis.client.eval(TAKE, 1, prefix + key, Date.now(), WINDOW_MS, perMinute, randomBytes(6).toString('base64url')),
        );
        return waitMs < 0 ? undefined : Math.max(1, Math.ceil(waitMs / 1000));
      } catch (error) {
        redis.report(error as Error);
        return fallback.take(key);
      }
    },
  };
}

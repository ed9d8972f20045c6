import type { GatewayConfig } from '../../config';
import { createMemoryIdempotencyStore } from './create-memory-idempotency-store';
import { createPostRateLimiter } from './create-post-rate-limiter';
import type { IdempotencyStore } from './idempotency-store';
import type { RedisConnection } from '../../cache/redis-connection';
import { createRedisIdempotencyStore } from './create-redis-idempotency-store';
import { createRedisPostRateLimiter } from './create-redis-post-rate-limiter';

/** Results remembered at most, about 300 bytes each: a few MB, whatever clients send. */
const MAX_REMEMBERED_POSTS = 10_000;
/** How long a POST without an Idempotency-Key is answered with its first result. */
const DERIVED_KEY_TTL_MS = 10 * 60_000;

/** What guards a gateway's Open311 POSTs: the rate limit per api_key, and the requests already filed. */
export interface Open311PostGuard {
  /** Counts an attempt by an api_key: undefined when it may go on, else the seconds to wait. */
  limiter: { take(key: string): number | undefined | Promise<number | undefined> };
  /** The service_request_id each remembered POST was answered with. */
  filed: IdempotencyStore<string>;
  perMinute: number;
  ttl: { clientMs: number; derivedMs: number };
}

/**
 * A gateway's POST guard, made once when it starts. Alone, its state lives in the process; with
 * `shared` (Redis), replicas share it: a repeat sent to another replica is recognised, and an
 * api_key's budget is one for the whole gateway, not one per replica.
 */
export function createOpen311PostGuard(
  { postsPerMinutePerKey, idempotencyTtlMs }: GatewayConfig['open311'],
  shared?: { redis: RedisConnection; runningMs: number },
): Open311PostGuard {
  const local = createMemoryIdempotencyStore<string>({ maxEntries: MAX_REMEMBERED_POSTS });
  const localLimiter = createPostRateLimiter({ perMinute: postsPerMinutePerKey });
  return {
    limiter: shared ? createRedisPostRateLimiter(shared.redis, { perMinute: postsPerMinutePerKey, fallback: localLimiter }) : localLimiter,
    filed: shared ? createRedisIdempotencyStore(shared.redis, { runningMs: shared.runningMs, fallback: local }) : local,
    perMinute: postsPerMinutePerKey,
    ttl: { clientMs: idempotencyTtlMs, derivedMs: Math.min(DERIVED_KEY_TTL_MS, idempotencyTtlMs) },
  };
}

import type { GatewayConfig } from '../../config';
import { createMemoryIdempotencyStore } from './create-memory-idempotency-store';
import { createPostRateLimiter, type PostRateLimiter } from './create-post-rate-limiter';
import type { IdempotencyStore } from './idempotency-store';

/** Results remembered at most, about 300 bytes each: a few MB, whatever clients send. */
const MAX_REMEMBERED_POSTS = 10_000;
/** How long a POST without an Idempotency-Key is answered with its first result. */
const DERIVED_KEY_TTL_MS = 10 * 60_000;

/** What guards a gateway's Open311 POSTs: the rate limit per api_key, and the requests already filed. */
export interface Open311PostGuard {
  limiter: PostRateLimiter;
  /** The service_request_id each remembered POST was answered with. */
  filed: IdempotencyStore<string>;
  perMinute: number;
  ttl: { clientMs: number; derivedMs: number };
}

/** A gateway's POST guard, made once when it starts: its state lives as long as the gateway. */
export function createOpen311PostGuard({ postsPerMinutePerKey, idempotencyTtlMs }: GatewayConfig['open311']): Open311PostGuard {
  return {
    limiter: createPostRateLimiter({ perMinute: postsPerMinutePerKey }),
    filed: createMemoryIdempotencyStore<string>({ maxEntries: MAX_REMEMBERED_POSTS }),
    perMinute: postsPerMinutePerKey,
    ttl: { clientMs: idempotencyTtlMs, derivedMs: Math.min(DERIVED_KEY_TTL_MS, idempotencyTtlMs) },
  };
}

import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RedisConnection } from '../../cache/redis-connection';
import { IdempotencyKeyReused, type IdempotencyStore } from './idempotency-store';

export interface RedisIdempotencyStoreOptions {
  /** The longest a create may run: a replica that dies while it runs holds its key no longer. */
  runningMs: number;
  /** Where POSTs are remembered while Redis cannot be reached: this replica's own memory. */
  fallback: IdempotencyStore<string>;
  prefix?: string;
}

type Held = { fingerprint: string; running: string } | { fingerprint: string; value: string };

/**
 * The IdempotencyStore shared by replicas, in Redis: the first request claims its key
 * (`SET NX PX`) with its fingerprint, runs `create`, and writes the result over the claim;
 * a repeat on any replica reads the key, and while the first one runs, looks again, more and
 * more slowly. A create that fails gives its claim back. Where Redis fails, this replica
 * remembers on its own (`fallback`): repeats on other replicas are then not recognised, which
 * is the price of filing requests while Redis is away.
 */
export function createRedisIdempotencyStore(
  redis: RedisConnection,
  { runningMs, fallback, prefix = 'communes:open311:filed:' }: RedisIdempotencyStoreOptions,
): IdempotencyStore<string> {
  return {
    async once(key, fingerprint, ttlMs, create) {
      const redisKey = prefix + key;
      const claim = JSON.stringify({ fingerprint, running: randomBytes(12).toString('base64url') } satisfies Held);
      for (let pause = 10; ; pause = Math.min(pause * 2, 200)) {
        let claimed: boolean;
        let held: string | null;
        try {
          claimed = (await redis.client.set(redisKey, claim, 'PX', runningMs, 'NX')) === 'OK';
          held = claimed ? null : await redis.client.get(redisKey);
        } catch (error) {
          redis.report(error as Error);
          return fallback.once(key, fingerprint, ttlMs, create);
        }
        if (claimed) {
          let value: string;
          try {
            value = await create();
          } catch (error) {
            await redis.deleteIfHolds(redisKey, claim);
            throw error;
          }
          await redis.client
            .set(redisKey, JSON.stringify({ fingerprint, value } satisfies Held), 'PX', ttlMs)
            .catch((e: Error) => redis.report(e));
          return { value, replayed: false };
        }
        // Gone between the claim and the read (expired, or a failed create gave it back): claim again.
        if (held === null) continue;
        const found = JSON.parse(held) as Held;
        if (found.fingerprint !== fingerprint) throw new IdempotencyKeyReused();
        if ('value' in found) return { value: found.value, replayed: true };
        await sleep(pause);
      }
    },
  };
}

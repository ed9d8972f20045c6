import type { RedisConnection } from '../cache/redis-connection';

/**
 * What the replicas know together of towns that do not answer: one replica's open circuit is
 * every replica's (a town found down is not probed by each of them again), and when it may be
 * tried again, one replica makes the trial for all. Keys are a town's code and address, so
 * replicas of different registries can share one Redis.
 */
export interface SharedOutages {
  /** Until when (ms since the epoch) a replica found the town down, if that still holds. */
  downUntil(town: string): Promise<number | undefined>;
  markDown(town: string, until: number): Promise<void>;
  markUp(town: string): Promise<void>;
  /** Whether this replica may make the trial call: false while another one makes it. */
  claimTrial(town: string, ms: number): Promise<boolean>;
}

/**
 * In Redis. Where Redis fails, each replica knows only what it saw: nothing is down, and
 * every trial is its own.
 */
export function createSharedOutages(redis: RedisConnection, prefix = 'communes:outage:'): SharedOutages {
  return {
    async downUntil(town) {
      const value = await redis.attempt(() => redis.client.get(`${prefix}down:${town}`), null);
      const until = Number(value);
      return value !== null && until > Date.now() ? until : undefined;
    },
    async markDown(town, until) {
      const ms = until - Date.now();
      if (ms <= 0) return;
      await redis.attempt(
        () => redis.client.multi().set(`${prefix}down:${town}`, String(until), 'PX', ms).del(`${prefix}trial:${town}`).exec(),
        null,
      );
    },
    async markUp(town) {
      await redis.attempt(() => redis.client.del(`${prefix}down:${town}`, `${prefix}trial:${town}`), 0);
    },
    claimTrial: async (town, ms) =>
      (await redis.attempt(() => redis.client.set(`${prefix}trial:${town}`, '1', 'PX', ms, 'NX'), 'OK')) === 'OK',
  };
}

import Redis from 'ioredis';

const DELETE_IF_HOLDS = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

/**
 * A replica's one connection to the shared Redis, used by every store that lives there (the
 * towns' answers, whole operation answers). Connected or not is the connection's state, so
 * readiness, metrics and the start-up wait read it here, once.
 */
export interface RedisConnection {
  readonly client: Redis;
  /** Reports a failed command: the gateway goes on without the shared cache. */
  report(error: Error): void;
  /** A command's answer, or `otherwise` when it fails (reported): Redis is never a request's failure. */
  attempt<T, U>(command: () => Promise<T>, otherwise: U): Promise<T | U>;
  /** Deletes `key` if it still holds `value` (a claim of the caller's, not one taken since by another replica); reported, never thrown. */
  deleteIfHolds(key: string, value: string): Promise<void>;
  /** Whether commands reach Redis now: without an offline queue, one sent otherwise fails at once. */
  connected(): boolean;
  /** True once connected, false if not within `timeoutMs`. */
  ready(timeoutMs: number): Promise<boolean>;
  close(): void;
}

export function openRedis(url: string, report: (error: Error) => void = () => undefined): RedisConnection {
  const client = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  client.on('error', report);
  const attempt: RedisConnection['attempt'] = async (command, otherwise) => {
    try {
      return await command();
    } catch (error) {
      report(error as Error);
      return otherwise;
    }
  };
  return {
    client,
    report,
    attempt,
    async deleteIfHolds(key, value) {
      await attempt(() => client.eval(DELETE_IF_HOLDS, 1, key, value), null);
    },
    connected: () => client.status === 'ready',
    ready(timeoutMs) {
      if (client.status === 'ready') return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = (ok: boolean) => {
          clearTimeout(timer);
          client.off('ready', onReady);
          resolve(ok);
        };
        const onReady = () => done(true);
        const timer = setTimeout(() => done(false), timeoutMs);
        client.once('ready', onReady);
      });
    },
    close: () => client.disconnect(),
  };
}

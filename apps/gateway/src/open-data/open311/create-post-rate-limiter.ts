const WINDOW_MS = 60_000;

export interface PostRateLimiterOptions {
  /** Attempts a key may make in any 60 seconds (a sliding window, not the clock's minutes). */
  perMinute: number;
  /** Milliseconds since the epoch; injected by tests. Default Date.now. */
  now?: () => number;
}

export interface PostRateLimiter {
  /** Counts an attempt by `key`: undefined when it may go on, else the seconds to wait (at least 1). */
  take(key: string): number | undefined;
  /** How many keys are held: those that made an attempt in the last minute, or a little more. */
  size(): number;
}

/**
 * The POST budget of each api_key: at most `perMinute` attempts in any 60 seconds. Each key
 * keeps the times of its admitted attempts in the last minute (`perMinute` numbers at most),
 * so a burst at the end of one minute and another at the start of the next are one burst.
 * Refused attempts are not kept: waiting the seconds given is always enough. Keys silent for
 * a minute are dropped, and only keys that passed the api_key check ever get here: memory is
 * bounded by the registry's keys, whatever a client sends.
 */
export function createPostRateLimiter({ perMinute, now = Date.now }: PostRateLimiterOptions): PostRateLimiter {
  if (!Number.isInteger(perMinute) || perMinute < 1)
    throw new Error(`postsPerMinutePerKey must be a whole number of 1 or more, got ${perMinute}.`);
  const attempts = new Map<string, number[]>();
  let sweptAt = now();

  const sweep = (at: number) => {
    if (at - sweptAt < WINDOW_MS) return;
    sweptAt = at;
    for (const [key, times] of attempts) if (times[times.length - 1]! <= at - WINDOW_MS) attempts.delete(key);
  };

  return {
    take(key) {
      const at = now();
      sweep(at);
      const times = attempts.get(key) ?? [];
      while (times.length > 0 && times[0]! <= at - WINDOW_MS) times.shift();
      if (times.length >= perMinute) return Math.max(1, Math.ceil((times[0]! + WINDOW_MS - at) / 1000));
      times.push(at);
      attempts.set(key, times);
      return undefined;
    },
    size: () => attempts.size,
  };
}

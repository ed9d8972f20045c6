import type { Logger } from '../logger';

/**
 * Redis errors as the logs should show them. With Redis away, every command of every request
 * fails, and ioredis reports each reconnection attempt: a line each would bury the logs. The
 * first error is logged at once, then at most one line each `everyMs`, with how many errors
 * it stands for.
 */
export function throttleRedisErrors(logger: Pick<Logger, 'warn'>, everyMs = 10_000, now = Date.now) {
  let loggedAt = Number.NEGATIVE_INFINITY;
  let unlogged = 0;
  return (error: Error) => {
    const at = now();
    if (at - loggedAt < everyMs) {
      unlogged++;
      return;
    }
    logger.warn('redis', { error: error.message, errorsSinceLastLine: unlogged });
    loggedAt = at;
    unlogged = 0;
  };
}

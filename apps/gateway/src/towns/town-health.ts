import type { CircuitBreaker } from './circuit-breaker';

export type TownState = 'UP' | 'DEGRADED' | 'DOWN';

/** What the gateway saw of a town lately: for `Town.status` and `/readyz`. */
export function createTownHealth(breaker: CircuitBreaker, slowMs: number) {
  let lastSeen: Date | null = null;
  let latencyMs: number | null = null;
  let lastError: string | null = null;
  let recentFailures = 0;
  return {
    success(ms: number) {
      lastSeen = new Date();
      latencyMs = latencyMs === null ? ms : Math.round(latencyMs * 0.7 + ms * 0.3);
      lastError = null;
      recentFailures = Math.max(0, recentFailures - 1);
    },
    failure(message: string) {
      lastError = message;
      recentFailures = Math.min(10, recentFailures + 1);
    },
    snapshot() {
      const state: TownState =
        breaker.state() !== 'closed' || (lastError !== null && lastSeen === null)
          ? 'DOWN'
          : lastError !== null || recentFailures > 0 || (latencyMs ?? 0) > slowMs
            ? 'DEGRADED'
            : 'UP';
      return { state, lastSeen, latencyMs, error: lastError };
    },
  };
}

export type TownHealth = ReturnType<typeof createTownHealth>;

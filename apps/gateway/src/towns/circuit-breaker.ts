export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  failures: number;
  /** How long an open circuit refuses calls before one trial call is let through. */
  openMs: number;
  now?: () => number;
}

/**
 * One per town. A town that keeps failing is skipped at once instead of costing every
 * operation a timeout; after `openMs` one call tries it again (half-open): success closes
 * the circuit, failure opens it for another period.
 */
export function createCircuitBreaker({ failures, openMs, now = Date.now }: CircuitBreakerOptions) {
  let consecutive = 0;
  let openUntil = 0;
  let trialInFlight = false;
  return {
    /** Whether a call may go to the town now. */
    allows(): boolean {
      if (consecutive < failures) return true;
      if (now() < openUntil || trialInFlight) return false;
      trialInFlight = true;
      return true;
    },
    succeeded() {
      consecutive = 0;
      trialInFlight = false;
    },
    failed() {
      consecutive++;
      trialInFlight = false;
      if (consecutive >= failures) openUntil = now() + openMs;
    },
    state(): 'closed' | 'open' | 'half-open' {
      if (consecutive < failures) return 'closed';
      return now() < openUntil ? 'open' : 'half-open';
    },
  };
}

export type CircuitBreaker = ReturnType<typeof createCircuitBreaker>;

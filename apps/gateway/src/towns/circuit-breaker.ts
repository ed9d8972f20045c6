export interface CircuitBreakerOptions {
  /** Consecutive outages that open the circuit. */
  failures: number;
  /** How long an open circuit refuses calls before one trial call is let through. */
  openMs: number;
  now?: () => number;
  /** Called when this circuit opens (after outages, or a failed trial), with when it may be tried again. */
  onOpen?: (until: number) => void;
  /** Called when a trial call closes this circuit. */
  onClose?: () => void;
}

/** The circuit is open: the call was not made. */
export class CircuitOpen extends Error {
  override name = 'CircuitOpen';
}

/**
 * One per town. A town that does not answer is skipped at once instead of costing every
 * operation a timeout; after `openMs` one call tries it again (half-open): a town that
 * answers closes the circuit, an outage opens it for another period.
 *
 * What counts is whether the town answers, so the caller says which errors are outages
 * (no connection, no answer in time); anything else, even an HTTP 500, is an answer. Every
 * call settles the circuit when it ends, however it ends: a trial that threw something
 * unexpected frees the way for the next trial, so a town is never left open for good.
 */
export function createCircuitBreaker({ failures, openMs, now = Date.now, onOpen, onClose }: CircuitBreakerOptions) {
  let consecutive = 0;
  let openUntil = 0;
  let trialInFlight = false;

  const state = (): 'closed' | 'open' | 'half-open' => (consecutive < failures ? 'closed' : now() < openUntil ? 'open' : 'half-open');

  return {
    state,
    /** Opens the circuit until `until` without a call of its own: another replica found the town down. */
    holdOpenUntil(until: number) {
      consecutive = Math.max(consecutive, failures);
      openUntil = Math.max(openUntil, until);
    },
    /** Runs `call` if the circuit lets it through (else throws CircuitOpen), and settles the circuit by its outcome. */
    async run<T>(call: () => Promise<T>, isOutage: (error: unknown) => boolean): Promise<T> {
      const entered = state();
      if (entered === 'open' || (entered === 'half-open' && trialInFlight)) throw new CircuitOpen('circuit open');
      const trial = entered === 'half-open';
      if (trial) trialInFlight = true;
      let outcome: 'answered' | 'outage' | 'unknown' = 'unknown';
      try {
        const value = await call();
        outcome = 'answered';
        return value;
      } catch (error) {
        if (isOutage(error)) outcome = 'outage';
        throw error;
      } finally {
        if (trial) trialInFlight = false;
        if (outcome === 'answered') {
          if (consecutive >= failures) onClose?.();
          consecutive = 0;
        }
        if (outcome === 'outage') {
          consecutive++;
          if (consecutive >= failures) {
            openUntil = now() + openMs;
            onOpen?.(openUntil);
          }
        }
      }
    },
  };
}

export type CircuitBreaker = ReturnType<typeof createCircuitBreaker>;

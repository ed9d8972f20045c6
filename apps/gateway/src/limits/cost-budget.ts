/** Why an operation was not admitted: the budget stayed full for its whole wait, or too many were waiting. */
export class CostBudgetFull extends Error {
  constructor(readonly reason: 'wait' | 'queue') {
    super(reason === 'wait' ? 'waited too long for the cost budget' : 'too many operations waiting for the cost budget');
    this.name = 'CostBudgetFull';
  }
}

export interface CostBudgetOptions {
  /** The estimated entries all operations in progress may touch together. */
  capacity: number;
  /** How long an operation may wait for room before it is refused. */
  maxWaitMs: number;
  /** Operations waiting at once, at most: the next is refused at once. */
  maxQueued: number;
}

export interface CostBudget {
  /** Resolves with the function that gives the cost back (once, whatever how often it is called), or rejects with CostBudgetFull. */
  acquire(cost: number): Promise<() => void>;
  readonly inFlight: number;
  readonly queued: number;
}

interface Waiter {
  cost: number;
  admit(): void;
}

/**
 * Admission by cost: operations in progress may together touch at most `capacity` estimated
 * entries (the cost limit's own estimate), in order of arrival. A memory cap on the process
 * only turns a flood of the heaviest allowed operations into a crash; this keeps what they
 * read at once bounded, and makes the rest wait, then refuses them (503, try again).
 * An operation costlier than the whole budget runs alone.
 */
export function createCostBudget({ capacity, maxWaitMs, maxQueued }: CostBudgetOptions): CostBudget {
  let inFlight = 0;
  const queue: Waiter[] = [];
  const fits = (cost: number) => inFlight === 0 || inFlight + cost <= capacity;
  const admitWaiting = () => {
    // First come, first served: a heavy operation at the head is not overtaken by light ones.
    while (queue.length > 0 && fits(queue[0]!.cost)) queue.shift()!.admit();
  };
  const take = (cost: number) => {
    inFlight += cost;
    let given = false;
    return () => {
      if (given) return;
      given = true;
      inFlight -= cost;
      admitWaiting();
    };
  };
  return {
    get inFlight() {
      return inFlight;
    },
    get queued() {
      return queue.length;
    },
    acquire(requested) {
      const cost = Math.min(Math.max(0, requested), capacity);
      if (queue.length === 0 && fits(cost)) return Promise.resolve(take(cost));
      if (queue.length >= maxQueued) return Promise.reject(new CostBudgetFull('queue'));
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          cost,
          admit: () => {
            clearTimeout(timer);
            resolve(take(cost));
          },
        };
        const timer = setTimeout(() => {
          queue.splice(queue.indexOf(waiter), 1);
          reject(new CostBudgetFull('wait'));
          // Its leaving may let the next in line through.
          admitWaiting();
        }, maxWaitMs);
        queue.push(waiter);
      });
    },
  };
}

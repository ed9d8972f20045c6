import { describe, expect, it, vi } from 'vitest';
import { CostBudgetFull, createCostBudget } from './cost-budget';

describe('createCostBudget', () => {
  it('admits operations while their costs fit, then in order of arrival as costs are given back', async () => {
    const budget = createCostBudget({ capacity: 100, maxWaitMs: 1000, maxQueued: 10 });
    const first = await budget.acquire(60);
    const second = await budget.acquire(40);
    expect(budget.inFlight).toBe(100);
    const admitted: string[] = [];
    const noting = (name: string) => (release: () => void) => {
      admitted.push(name);
      return release;
    };
    const heavy = budget.acquire(70).then(noting('heavy'));
    // Fits beside what runs once the first is back, but arrived after the heavy one: it waits its turn.
    const light = budget.acquire(10).then(noting('light'));
    expect(budget.queued).toBe(2);
    first();
    first(); // given back once only
    await Promise.resolve();
    expect(admitted).toEqual([]);
    expect(budget.inFlight).toBe(40);
    second();
    const releases = await Promise.all([heavy, light]);
    expect(admitted).toEqual(['heavy', 'light']);
    expect(budget.inFlight).toBe(80);
    for (const release of releases) release();
    expect(budget.inFlight).toBe(0);
  });

  it('runs an operation costlier than the whole budget alone', async () => {
    const budget = createCostBudget({ capacity: 100, maxWaitMs: 1000, maxQueued: 10 });
    const huge = await budget.acquire(5000);
    expect(budget.inFlight).toBe(100);
    let next = false;
    const waiting = budget.acquire(1).then((release) => {
      next = true;
      return release;
    });
    await Promise.resolve();
    expect(next).toBe(false);
    huge();
    (await waiting)();
    expect(next).toBe(true);
  });

  it('refuses an operation that waited too long, and lets the next in line through', async () => {
    vi.useFakeTimers();
    try {
      const budget = createCostBudget({ capacity: 100, maxWaitMs: 500, maxQueued: 10 });
      const running = await budget.acquire(90);
      const tooBig = budget.acquire(50);
      const refused = expect(tooBig).rejects.toEqual(new CostBudgetFull('wait'));
      vi.advanceTimersByTime(300);
      const small = budget.acquire(10);
      vi.advanceTimersByTime(250);
      await refused;
      // The small one waited behind the big one; with it gone, it fits.
      (await small)();
      expect(budget.queued).toBe(0);
      running();
      expect(budget.inFlight).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses at once when too many are waiting', async () => {
    const budget = createCostBudget({ capacity: 10, maxWaitMs: 10_000, maxQueued: 2 });
    const running = await budget.acquire(10);
    const waiting = [budget.acquire(5), budget.acquire(5)];
    await expect(budget.acquire(1)).rejects.toEqual(new CostBudgetFull('queue'));
    running();
    for (const release of await Promise.all(waiting)) release();
    expect(budget.inFlight).toBe(0);
  });
});

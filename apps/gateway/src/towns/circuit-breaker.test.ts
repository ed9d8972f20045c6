import { describe, expect, it } from 'vitest';
import { CircuitOpen, createCircuitBreaker } from './circuit-breaker';

class Outage extends Error {}
const isOutage = (error: unknown) => error instanceof Outage;

function breakerAt() {
  const clock = { t: 0 };
  const breaker = createCircuitBreaker({ failures: 3, openMs: 30_000, now: () => clock.t });
  const answer = () => breaker.run(async () => 'ok', isOutage);
  const outage = () => breaker.run(async () => Promise.reject(new Outage()), isOutage).catch((e: unknown) => e);
  return { clock, breaker, answer, outage };
}

/** A call the test ends when it wants: how a trial stays in flight. */
function pending<T>() {
  let settle!: { resolve: (v: T) => void; reject: (e: unknown) => void };
  const promise = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

describe('the circuit breaker', () => {
  it('opens after consecutive outages, refuses calls while open, and lets one trial through after openMs', async () => {
    const { clock, breaker, answer, outage } = breakerAt();
    for (let i = 0; i < 3; i++) await outage();
    expect(breaker.state()).toBe('open');
    await expect(answer()).rejects.toBeInstanceOf(CircuitOpen);
    clock.t = 30_000;
    expect(breaker.state()).toBe('half-open');
    const trial = pending<string>();
    const running = breaker.run(() => trial.promise, isOutage);
    await expect(answer()).rejects.toBeInstanceOf(CircuitOpen);
    trial.resolve('ok');
    await expect(running).resolves.toBe('ok');
    expect(breaker.state()).toBe('closed');
  });

  it('opens again for a whole period when the trial is an outage', async () => {
    const { clock, breaker, outage } = breakerAt();
    for (let i = 0; i < 3; i++) await outage();
    clock.t = 30_000;
    expect(await outage()).toBeInstanceOf(Outage);
    expect(breaker.state()).toBe('open');
    clock.t = 59_999;
    expect(breaker.state()).toBe('open');
    clock.t = 60_000;
    expect(breaker.state()).toBe('half-open');
  });

  it('ends a trial that throws something unexpected, so that the next call is a trial again', async () => {
    const { clock, breaker, answer, outage } = breakerAt();
    for (let i = 0; i < 3; i++) await outage();
    clock.t = 30_000;
    await expect(breaker.run(async () => Promise.reject(new TypeError('a bug')), isOutage)).rejects.toBeInstanceOf(TypeError);
    await expect(breaker.run(() => Promise.reject(new RangeError('thrown at once')), isOutage)).rejects.toBeInstanceOf(RangeError);
    expect(breaker.state()).toBe('half-open');
    await expect(answer()).resolves.toBe('ok');
    expect(breaker.state()).toBe('closed');
  });

  it('does not count an error that is not an outage, and resets the count when the town answers', async () => {
    const { breaker, answer, outage } = breakerAt();
    await outage();
    await outage();
    await breaker.run(async () => Promise.reject(new Error('answer too large')), isOutage).catch(() => undefined);
    expect(breaker.state()).toBe('closed');
    await answer();
    await outage();
    await outage();
    expect(breaker.state()).toBe('closed');
    await outage();
    expect(breaker.state()).toBe('open');
  });

  it('lets calls in flight when it opened settle it without freeing a trial that is not theirs', async () => {
    const { clock, breaker, answer, outage } = breakerAt();
    const slow = pending<string>();
    const before = breaker.run(() => slow.promise, isOutage);
    for (let i = 0; i < 3; i++) await outage();
    clock.t = 30_000;
    const trial = pending<string>();
    const trialRun = breaker.run(() => trial.promise, isOutage);
    slow.reject(new Outage());
    await before.catch(() => undefined);
    // Still one trial in flight: the late outage reopened the circuit, and no second trial slipped through.
    await expect(answer()).rejects.toBeInstanceOf(CircuitOpen);
    trial.resolve('ok');
    await trialRun;
    expect(breaker.state()).toBe('closed');
  });

  it('tells when it opens and when a trial closes it, and can be held open by what another replica found', async () => {
    const clock = { t: 0 };
    const events: string[] = [];
    const breaker = createCircuitBreaker({
      failures: 2,
      openMs: 30_000,
      now: () => clock.t,
      onOpen: (until) => events.push(`open until ${until}`),
      onClose: () => events.push('closed'),
    });
    const outage = () => breaker.run(async () => Promise.reject(new Outage()), isOutage).catch(() => undefined);
    await outage();
    expect(events).toEqual([]);
    await outage();
    expect(events).toEqual(['open until 30000']);
    clock.t = 30_000;
    await breaker.run(async () => 'ok', isOutage);
    expect(events).toEqual(['open until 30000', 'closed']);
    // Held open: no call of its own, no event (it is another replica's to tell).
    breaker.holdOpenUntil(50_000);
    expect(breaker.state()).toBe('open');
    await expect(breaker.run(async () => 'ok', isOutage)).rejects.toBeInstanceOf(CircuitOpen);
    clock.t = 50_000;
    expect(breaker.state()).toBe('half-open');
    expect(events).toHaveLength(2);
  });
});

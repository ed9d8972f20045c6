import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff-delay';

describe('backoffDelay', () => {
  it('doubles from the base up to the ceiling', () => {
    const none = () => 0;
    expect([1, 2, 3, 4, 10, 100].map((failures) => backoffDelay(failures, 5_000, 60_000, none))).toEqual([
      5_000, 10_000, 20_000, 40_000, 60_000, 60_000,
    ]);
  });

  it('takes up to a fifth off at random', () => {
    expect(backoffDelay(1, 5_000, 60_000, () => 0.999999)).toBe(4_000);
  });
});

import { describe, expect, it } from 'vitest';
import { createPostRateLimiter } from './create-post-rate-limiter';

/** A clock the test moves by hand. */
const clockAt = (start: number) => {
  const clock = { now: start, read: () => clock.now };
  return clock;
};

describe('createPostRateLimiter', () => {
  it('lets a key through its budget in any minute, then says how many seconds until the next', () => {
    const clock = clockAt(1_000_000);
    const limiter = createPostRateLimiter({ perMinute: 3, now: clock.read });
    expect(limiter.take('a')).toBeUndefined();
    clock.now += 10_000;
    expect(limiter.take('a')).toBeUndefined();
    expect(limiter.take('a')).toBeUndefined();
    expect(limiter.take('a')).toBe(50);
    // A refusal is not an attempt that counts: waiting the time said is enough.
    clock.now += 49_000;
    expect(limiter.take('a')).toBe(1);
    clock.now += 1_000;
    expect(limiter.take('a')).toBeUndefined();
    expect(limiter.take('a')).toBe(10);
  });

  it("keeps each key's budget its own", () => {
    const limiter = createPostRateLimiter({ perMinute: 1, now: clockAt(0).read });
    expect(limiter.take('a')).toBeUndefined();
    expect(limiter.take('a')).toBe(60);
    expect(limiter.take('b')).toBeUndefined();
  });

  it('forgets keys that sent nothing for a minute', () => {
    const clock = clockAt(0);
    const limiter = createPostRateLimiter({ perMinute: 2, now: clock.read });
    for (let i = 0; i < 1000; i++) limiter.take(`key-${i}`);
    expect(limiter.size()).toBe(1000);
    clock.now += 60_000;
    limiter.take('late');
    expect(limiter.size()).toBe(1);
  });

  it('refuses a budget that is not a positive whole number, naming it', () => {
    expect(() => createPostRateLimiter({ perMinute: 0 })).toThrow('postsPerMinutePerKey must be a whole number of 1 or more, got 0.');
    expect(() => createPostRateLimiter({ perMinute: 2.5 })).toThrow('postsPerMinutePerKey must be a whole number of 1 or more, got 2.5.');
  });
});

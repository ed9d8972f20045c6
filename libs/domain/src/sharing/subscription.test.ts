import { describe, expect, it } from 'vitest';
import { parseSubscription, subscriptionsProblem } from './subscription';

describe('parseSubscription', () => {
  it('reads a channel of the vocabulary and a member by its code', () => {
    expect(parseSubscription('wallonia')).toEqual({ channel: 'wallonia' });
    expect(parseSubscription('member:cpas-seneffe')).toEqual({ member: 'cpas-seneffe' });
  });

  it.each(['', 'Wallonia', 'region:wallonia', 'member:', 'member:Seneffe', 'member:a b', 'member:x:y', '__proto__'])(
    'refuses %j',
    (text) => {
      expect(parseSubscription(text)).toBeUndefined();
    },
  );
});

describe('subscriptionsProblem', () => {
  it('accepts an empty list and known subscriptions', () => {
    expect(subscriptionsProblem([])).toBeUndefined();
    expect(subscriptionsProblem(['hainaut', 'member:seneffe'])).toBeUndefined();
  });

  it('names what is wrong: not a list, too many, or one item', () => {
    expect(subscriptionsProblem('wallonia')).toMatch(/^expected a list/);
    expect(subscriptionsProblem(Array.from({ length: 51 }, () => 'wallonia'))).toBe('expected at most 50 subscriptions, got 51');
    expect(subscriptionsProblem(['wallonia', 7])).toMatch(/^7 is neither a channel \(wallonia, brussels/);
  });
});

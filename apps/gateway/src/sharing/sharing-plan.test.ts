import { describe, expect, it } from 'vitest';
import { planSharing } from './sharing-plan';

const subscriptions: Record<string, string[] | undefined> = {
  a: ['wallonia', 'member:b'],
  b: ['member:c', 'hainaut', 'member:a'],
  c: ['member:b', 'member:unknown', 'not-a-channel'],
  d: [],
  down: undefined,
};
const known = ['a', 'b', 'c', 'd', 'down'];
const of = async (code: string) => subscriptions[code];

describe('planSharing', () => {
  it('follows members in turn, once each, and asks every known town for the channels reached', async () => {
    const plan = await planSharing(['a'], known, of);
    expect(Object.fromEntries(plan.towns)).toEqual({
      a: { whole: true, channels: [] },
      b: { whole: true, channels: [] },
      c: { whole: true, channels: [] },
      d: { whole: false, channels: ['hainaut', 'wallonia'] },
      down: { whole: false, channels: ['hainaut', 'wallonia'] },
    });
    expect(plan.unread).toEqual([]);
  });

  it('reads nothing more than the towns asked when they follow nothing', async () => {
    const plan = await planSharing(['d'], known, of);
    expect(Object.fromEntries(plan.towns)).toEqual({ d: { whole: true, channels: [] } });
  });

  it('says whose subscriptions could not be read, and ignores towns the registry does not list', async () => {
    const plan = await planSharing(['down', 'nowhere'], known, of);
    expect(plan.unread).toEqual(['down']);
    expect([...plan.towns.keys()]).toEqual(['down']);
  });
});

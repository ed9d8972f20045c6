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
      a: { whole: true, channels: [], members: [] },
      b: { whole: true, channels: [], members: [] },
      c: { whole: true, channels: [], members: [] },
      d: { whole: false, channels: ['hainaut', 'wallonia'], members: ['a', 'b', 'c'] },
      down: { whole: false, channels: ['hainaut', 'wallonia'], members: ['a', 'b', 'c'] },
    });
    expect(plan.members).toEqual(['a', 'b', 'c']);
    expect(plan.unread).toEqual([]);
  });

  it('reads the other towns only for what they share with the towns asked, when these follow nothing', async () => {
    const plan = await planSharing(['d'], known, of);
    expect(plan.towns.get('d')).toEqual({ whole: true, channels: [], members: [] });
    for (const code of ['a', 'b', 'c', 'down']) expect(plan.towns.get(code)).toEqual({ whole: false, channels: [], members: ['d'] });
  });

  it('reads nothing when no town asked is known', async () => {
    const plan = await planSharing(['nowhere'], known, of);
    expect(plan.towns.size).toBe(0);
  });

  it('says whose subscriptions could not be read, and ignores towns the registry does not list', async () => {
    const plan = await planSharing(['down', 'nowhere'], known, of);
    expect(plan.unread).toEqual(['down']);
    expect(plan.towns.get('down')?.whole).toBe(true);
    expect([...plan.towns.values()].filter((share) => share.whole)).toHaveLength(1);
  });
});

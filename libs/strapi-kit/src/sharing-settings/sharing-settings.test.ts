import { MAX_SUBSCRIPTIONS, sharingChannel } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { readSubscriptionsUpdate, toSharingSettings } from './sharing-settings';

describe('toSharingSettings', () => {
  it("serves the operator's subscriptions until the admin panel saves its own", () => {
    const settings = toSharingSettings('sambreville', ['wallonia'], null);
    expect(settings).toMatchObject({ subscriptions: ['wallonia'], source: 'configuration', configured: ['wallonia'], updatedBy: null });
    expect(settings.channels.map((c) => c.code)).toEqual(sharingChannel.codes.map((c) => c.code));
    expect(settings.channels.find((c) => c.code === 'wallonia')?.labels.fr).toBe('Région wallonne');
  });

  it("serves the panel's saved choice over the operator's, even an empty one", () => {
    const saved = { subscriptions: [], updatedAt: '2026-12-03T09:00:00.000Z', updatedBy: 'Anne Clerc' };
    expect(toSharingSettings('sambreville', ['wallonia'], saved)).toMatchObject({
      subscriptions: [],
      source: 'admin-panel',
      configured: ['wallonia'],
      updatedBy: 'Anne Clerc',
    });
  });
});

describe('readSubscriptionsUpdate', () => {
  const read = (body: unknown) => readSubscriptionsUpdate(body, 'sambreville');

  it('takes channels and members', () => {
    expect(read({ subscriptions: ['hainaut', 'member:seneffe'] })).toEqual({ subscriptions: ['hainaut', 'member:seneffe'] });
    expect(read({ subscriptions: [] })).toEqual({ subscriptions: [] });
  });

  it.each([
    ['not an object', 'wallonia', []],
    ['a list', ['wallonia'], []],
    ['null', null, []],
    ['another key', { subscriptions: [], updatedBy: 'me' }, ['updatedBy']],
    ['no list', {}, ['subscriptions']],
    ['an unknown channel', { subscriptions: ['atlantis'] }, ['subscriptions']],
    ['a member written in capitals', { subscriptions: ['member:Seneffe'] }, ['subscriptions']],
    ['a value that is not text', { subscriptions: [{ $ne: null }] }, ['subscriptions']],
    ['too many', { subscriptions: Array.from({ length: MAX_SUBSCRIPTIONS + 1 }, (_, i) => `member:m${i}`) }, ['subscriptions']],
    ['the town itself', { subscriptions: ['wallonia', 'member:sambreville'] }, ['subscriptions', '1']],
    ['a channel twice', { subscriptions: ['wallonia', 'hainaut', 'wallonia'] }, ['subscriptions', '2']],
  ])('refuses %s, saying where', (_, body, path) => {
    const answer = read(body);
    expect(answer).toMatchObject({ path });
    expect('problem' in answer && answer.problem.length).toBeGreaterThan(10);
  });
});

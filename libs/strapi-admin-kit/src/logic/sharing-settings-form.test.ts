import { describe, expect, it } from 'vitest';
import { addFollowedMember, sameSubscriptions, toSharingForm, toSubscriptions } from './sharing-settings-form';

describe('the sharing settings form', () => {
  it('splits subscriptions into channels and members, and joins them back', () => {
    const form = toSharingForm(['member:seneffe', 'hainaut', 'wallonia']);
    expect(form).toEqual({ channels: ['hainaut', 'wallonia'], members: ['seneffe'] });
    expect(toSubscriptions(form)).toEqual(['hainaut', 'wallonia', 'member:seneffe']);
  });

  it('adds a member typed as an editor would, refuses the town itself, a bad identifier and a member twice', () => {
    expect(addFollowedMember(['eupen'], ' Seneffe ', 'villette')).toEqual({ codes: ['eupen', 'seneffe'] });
    expect(addFollowedMember([], 'Villette', 'villette')).toEqual({ problem: 'memberIsSelf' });
    expect(addFollowedMember([], 'member:eupen', 'villette')).toEqual({ problem: 'memberCodeInvalid' });
    expect(addFollowedMember(['eupen'], 'eupen', 'villette')).toEqual({ problem: 'memberCodeTwice' });
  });

  it('tells a change from the same choice in another order', () => {
    expect(sameSubscriptions(['wallonia', 'member:eupen'], ['member:eupen', 'wallonia'])).toBe(true);
    expect(sameSubscriptions(['wallonia'], ['wallonia', 'member:eupen'])).toBe(false);
    expect(sameSubscriptions(['wallonia'], ['hainaut'])).toBe(false);
  });
});

import { isMemberCode } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { addMember, toMemberCode, toStoredMembers } from './member-list';

describe('the members an editor shares an entry with', () => {
  it('takes a typed code in lower case, without spaces around it', () => {
    expect(addMember(['seneffe'], '  Sambreville ')).toEqual({ codes: ['seneffe', 'sambreville'] });
  });

  it('refuses what is not a member code, and a member already in the list', () => {
    for (const typed of ['', 'Sambre ville', '<img src=x>', 'sambreville;eupen', '-eupen', 'x'.repeat(64)])
      expect(addMember([], typed)).toEqual({ problem: 'memberCodeInvalid' });
    expect(addMember(['eupen'], 'EUPEN')).toEqual({ problem: 'memberCodeTwice' });
  });

  it('accepts exactly the codes the town accepts on save', () => {
    for (const typed of [
      'eupen',
      'cpas-seneffe',
      'zp-sambreville-sombreffe',
      '5300',
      'a',
      'Ab',
      'é',
      'a_b',
      'a'.repeat(63),
      'a'.repeat(64),
    ])
      expect('codes' in addMember([], typed)).toBe(isMemberCode(toMemberCode(typed)));
  });

  it('leaves the field empty when its last member is removed', () => {
    expect(toStoredMembers(['seneffe'])).toEqual(['seneffe']);
    expect(toStoredMembers([])).toBeNull();
  });
});

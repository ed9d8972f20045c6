import { describe, expect, it } from 'vitest';
import { memberTag, type NetworkMembers, suggestMembers } from './network-members';

const network: NetworkMembers = {
  self: 'sambreville',
  status: 'ok',
  members: [
    { code: 'cpas-seneffe', name: 'CPAS de Seneffe', kind: 'PUBLIC_SOCIAL_WELFARE_CENTRE' },
    { code: 'eupen', name: 'Eupen', kind: 'TOWN' },
    { code: 'liege', name: 'Liège', kind: 'TOWN' },
    { code: 'sambreville', name: 'Sambreville', kind: 'TOWN' },
    { code: 'seneffe', name: 'Seneffe', kind: 'TOWN' },
  ],
};
const codes = (typed: string, chosen: string[] = []) => suggestMembers(network, typed, chosen).map((m) => m.code);

describe('suggestMembers', () => {
  it('offers names starting with what is typed first, then names containing it, whatever the case or accents', () => {
    expect(codes('sen')).toEqual(['seneffe', 'cpas-seneffe']);
    expect(codes('LIEGE')).toEqual(['liege']);
    expect(codes('  eup ')).toEqual(['eupen']);
  });

  it('leaves out the town itself, members already chosen, and offers nothing for nothing typed', () => {
    expect(codes('samb')).toEqual([]);
    expect(codes('sen', ['seneffe'])).toEqual(['cpas-seneffe']);
    expect(codes('')).toEqual([]);
  });

  it('offers at most the limit', () => {
    expect(suggestMembers(network, 'e', [], 2)).toHaveLength(2);
  });
});

describe('memberTag', () => {
  it('names a member the network lists, flags one it does not, and says nothing when the network could not be read', () => {
    expect(memberTag(network, 'eupen')).toEqual({ name: 'Eupen', unknown: false });
    expect(memberTag(network, 'atlantis')).toEqual({ unknown: true });
    expect(memberTag({ ...network, status: 'unavailable', members: [] }, 'atlantis')).toEqual({ unknown: false });
  });
});

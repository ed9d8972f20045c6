import { describe, expect, it } from 'vitest';
import { DOMAINS } from '../content-type';
import { domainsOutsideKind, isMemberKindCode, MEMBER_KIND_CODES, MEMBER_KINDS } from './member-kinds';

describe('member kinds', () => {
  it('describes each kind once, under its own code, in every editor locale', () => {
    expect(Object.keys(MEMBER_KINDS)).toEqual([...MEMBER_KIND_CODES]);
    for (const [code, kind] of Object.entries(MEMBER_KINDS)) {
      expect(kind.code).toBe(code);
      for (const locale of ['fr', 'nl', 'de', 'en'] as const) expect(kind.labels[locale].trim()).not.toBe('');
      expect(kind.oparlClassification.trim()).not.toBe('');
    }
  });

  it('lets a town install every domain, and every kind only domains that exist', () => {
    expect([...MEMBER_KINDS.town.domains].sort()).toEqual([...DOMAINS].sort());
    for (const kind of Object.values(MEMBER_KINDS)) for (const domain of kind.domains) expect(DOMAINS).toContain(domain);
  });

  it('knows its codes, and nothing else', () => {
    expect(isMemberKindCode('police-zone')).toBe(true);
    expect(isMemberKindCode('Police-Zone')).toBe(false);
    expect(isMemberKindCode('constructor')).toBe(false);
    expect(isMemberKindCode(undefined)).toBe(false);
  });

  it('names the domains a kind does not install, in the order given', () => {
    expect(domainsOutsideKind('police-zone', ['news', 'urbanism', 'agenda', 'alerts'])).toEqual(['urbanism', 'agenda']);
    expect(domainsOutsideKind('town', [...DOMAINS])).toEqual([]);
    expect(domainsOutsideKind('parliament', ['weather'])).toEqual(['weather']);
  });
});

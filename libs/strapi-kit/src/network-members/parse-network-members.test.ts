import { describe, expect, it } from 'vitest';
import { MAX_NETWORK_MEMBERS, parseNetworkMembers } from './parse-network-members';

describe("parseNetworkMembers: the gateway's towns as the admin offers them", () => {
  it('keeps code, name and kind, sorted by name', () => {
    const body = {
      data: {
        towns: [
          { code: 'seneffe', name: 'Seneffe', kind: 'TOWN' },
          { code: 'zone-police-sambre', name: 'Zone de police Sambre', kind: 'POLICE_ZONE' },
          { code: 'eupen', name: 'Eupen', kind: 'TOWN' },
        ],
      },
    };
    expect(parseNetworkMembers(body)).toEqual([
      { code: 'eupen', name: 'Eupen', kind: 'TOWN' },
      { code: 'seneffe', name: 'Seneffe', kind: 'TOWN' },
      { code: 'zone-police-sambre', name: 'Zone de police Sambre', kind: 'POLICE_ZONE' },
    ]);
  });

  it('leaves out what a broken or hostile gateway could put in an editor’s page', () => {
    const body = {
      data: {
        towns: [
          { code: 'Seneffe', name: 'capitals' },
          { code: '<script>', name: 'markup' },
          { code: 'eupen', name: { html: '<b>' } },
          null,
          'sambreville',
          { code: 'fleurus', name: `Fleurus\u0000\u001b[31m${'x'.repeat(500)}`, kind: 'drop table' },
          { code: 'fleurus', name: 'Fleurus again' },
        ],
      },
    };
    const members = parseNetworkMembers(body)!;
    expect(members.map((m) => m.code)).toEqual(['fleurus']);
    expect(members[0]!.name).toMatch(/^Fleurus\[31mx+$/);
    expect(members[0]!.name.length).toBe(120);
    expect(members[0]!.kind).toBe('TOWN');
  });

  it('is undefined when the answer holds no list of towns, and cuts a list too long', () => {
    expect(parseNetworkMembers({ errors: [{ message: 'down' }] })).toBeUndefined();
    expect(parseNetworkMembers(null)).toBeUndefined();
    expect(parseNetworkMembers({ data: { towns: 'all' } })).toBeUndefined();
    const many = { data: { towns: Array.from({ length: MAX_NETWORK_MEMBERS + 10 }, (_, i) => ({ code: `m${i}`, name: `M ${i}` })) } };
    expect(parseNetworkMembers(many)).toHaveLength(MAX_NETWORK_MEMBERS);
  });
});

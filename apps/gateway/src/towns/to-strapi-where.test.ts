import { contentTypeNamed } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { appendWhere, toStrapiWhere, UnsatisfiableFilter } from './to-strapi-where';

const where = (kind: string, filters: Record<string, unknown>) => toStrapiWhere(filters, contentTypeNamed(kind), contentTypeNamed);
const params = (kind: string, filters: Record<string, unknown>) => {
  const search = new URLSearchParams();
  appendWhere(search, 'filters', where(kind, filters));
  return decodeURIComponent(search.toString()).split('&');
};

describe('toStrapiWhere', () => {
  it('translates operators, lists and not', () => {
    expect(
      params('meeting', {
        start: { between: ['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'] },
        cancelled: { eq: false },
        not: { name: { containsi: 'budget' } },
      }),
    ).toEqual([
      'filters[start][$between][0]=2026-01-01T00:00:00Z',
      'filters[start][$between][1]=2026-02-01T00:00:00Z',
      'filters[cancelled][$eq]=false',
      'filters[$not][name][$containsi]=budget',
    ]);
  });

  it("keeps a list field's conditions apart from the client's or list, whose meaning they would change", () => {
    expect(
      where('public-service', { topics: { containsAny: ['mobility', 'health'] }, or: [{ name: { eq: 'a' } }, { name: { eq: 'b' } }] }),
    ).toEqual({
      $or: [{ name: { $eq: 'a' } }, { name: { $eq: 'b' } }],
      $and: [{ $or: [{ topics: { $contains: '"mobility"' } }, { topics: { $contains: '"health"' } }] }],
    });
    expect(where('public-service', { topics: { contains: 'health', containsAll: ['mobility'] }, and: [{ name: { eq: 'a' } }] })).toEqual({
      $and: [
        { $and: [{ name: { $eq: 'a' } }] },
        { $and: [{ topics: { $contains: '"health"' } }, { topics: { $contains: '"mobility"' } }] },
      ],
    });
  });

  it("puts a relation's attributes and groups in one $and, the only mix Strapi takes", () => {
    expect(where('meeting', { organizations: { name: { eq: 'x' }, or: [{ name: { eq: 'y' } }] } })).toEqual({
      organizations: { $and: [{ name: { $eq: 'x' } }, { $or: [{ name: { $eq: 'y' } }] }] },
    });
    expect(where('meeting', { organizations: { not: { name: { eq: 'x' } } } })).toEqual({
      organizations: { $and: [{ $not: { name: { $eq: 'x' } } }] },
    });
    expect(where('meeting', { organizations: { name: { eq: 'x' }, organizationType: { eq: 'committee' } } })).toEqual({
      organizations: { name: { $eq: 'x' }, organizationType: { $eq: 'committee' } },
    });
  });

  it('matches nothing for in: [], and everything for notIn: []', () => {
    expect(() => where('meeting', { documentId: { in: [] } })).toThrow(UnsatisfiableFilter);
    expect(where('meeting', { documentId: { notIn: [] } })).toEqual({ documentId: {} });
  });

  it('drops an or branch that cannot match in the town, and cannot match when none is left', () => {
    const meeting = contentTypeNamed('meeting');
    const older = new Set(['name']);
    expect(toStrapiWhere({ or: [{ livestreamUrl: { eq: 'x' } }, { name: { eq: 'y' } }] }, meeting, contentTypeNamed, older)).toEqual({
      $or: [{ name: { $eq: 'y' } }],
    });
    expect(where('meeting', { or: [{ documentId: { in: [] } }, { name: { eq: 'y' } }] })).toEqual({ $or: [{ name: { $eq: 'y' } }] });
    expect(() =>
      toStrapiWhere({ or: [{ livestreamUrl: { eq: 'x' } }, { documentId: { in: [] } }] }, meeting, contentTypeNamed, older),
    ).toThrow(UnsatisfiableFilter);
    // An and still cannot match when one of its parts cannot.
    expect(() => toStrapiWhere({ and: [{ livestreamUrl: { eq: 'x' } }, { name: { eq: 'y' } }] }, meeting, contentTypeNamed, older)).toThrow(
      UnsatisfiableFilter,
    );
  });

  it('cannot match a field the town lacks', () => {
    expect(() => toStrapiWhere({ livestreamUrl: { eq: 'x' } }, contentTypeNamed('meeting'), contentTypeNamed, new Set(['name']))).toThrow(
      UnsatisfiableFilter,
    );
  });
});

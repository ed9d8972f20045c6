import { contentTypeNamed } from '@communes/domain';
import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkFilterValues } from './check-filter-values';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `id${i}`);

/** What a client sees of a refusal: its message and extensions, or nothing when the filters pass. */
function refusal(kind: string, filters: Record<string, unknown>) {
  try {
    checkFilterValues(contentTypeNamed(kind), filters);
  } catch (error) {
    return { message: (error as GraphQLError).message, extensions: (error as GraphQLError).extensions };
  }
  return undefined;
}

describe('checkFilterValues', () => {
  it('refuses between with one value, naming the argument path', () => {
    expect(refusal('meeting', { start: { between: ['2026-01-01T00:00:00Z'] } })).toEqual({
      message: 'filters.start.between: between takes exactly two values (from, to), got 1.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'filters', argumentPath: ['filters', 'start', 'between'] },
    });
    expect(
      refusal('meeting', { start: { between: ['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z'] } })?.message,
    ).toBe('filters.start.between: between takes exactly two values (from, to), got 3.');
  });

  it('refuses lists over 100 values, where Strapi drops the filter and answers unrelated entries', () => {
    expect(refusal('meeting', { documentId: { in: ids(100) } })).toBeUndefined();
    expect(refusal('meeting', { documentId: { in: ids(101) } })?.message).toBe('filters.documentId.in: at most 100 values, got 101.');
    expect(refusal('meeting', { name: { notIn: ids(101) } })?.extensions.argumentPath).toEqual(['filters', 'name', 'notIn']);
    expect(refusal('meeting', { or: ids(101).map((id) => ({ name: { eq: id } })) })?.message).toBe(
      'filters.or: at most 100 values, got 101.',
    );
    expect(refusal('public-service', { topics: { containsAny: Array(101).fill('mobility') } })?.message).toBe(
      'filters.topics.containsAny: at most 100 values, got 101.',
    );
  });

  it('refuses null inside and/or lists, as not, and inside value lists', () => {
    expect(refusal('meeting', { and: [null] })).toEqual({
      message: 'filters.and.0: null is not a value to filter on.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'filters', argumentPath: ['filters', 'and', 0] },
    });
    expect(refusal('meeting', { or: [{ name: { eq: 'a' } }, null] })?.extensions.argumentPath).toEqual(['filters', 'or', 1]);
    expect(refusal('meeting', { not: null })?.message).toBe('filters.not: not takes filters, got null.');
    expect(refusal('meeting', { name: { not: null } })?.message).toBe('filters.name.not: not takes operators, got null.');
    expect(refusal('meeting', { start: { in: ['2026-01-01T00:00:00Z', null] } })?.extensions.argumentPath).toEqual([
      'filters',
      'start',
      'in',
      1,
    ]);
  });

  it('follows relations, nested groups and geo points, naming the path inside them', () => {
    expect(
      refusal('meeting', { agendaItems: { and: [{ meeting: { start: { between: ['2026-01-01T00:00:00Z'] } } }] } })?.extensions
        .argumentPath,
    ).toEqual(['filters', 'agendaItems', 'and', 0, 'meeting', 'start', 'between']);
    expect(refusal('place', { geo: { latitude: { between: [50] } } })?.extensions.argumentPath).toEqual([
      'filters',
      'geo',
      'latitude',
      'between',
    ]);
  });

  it('refuses and/or inside one field, which every town answers with HTTP 500', () => {
    expect(refusal('meeting', { name: { or: ['a', 'b'] } })?.message).toMatch(
      /^filters\.name\.or: or on a field is not supported by the towns: use or on the filters/,
    );
    expect(refusal('meeting', { name: { or: [] } })).toBeUndefined();
  });

  it('refuses filters nested deeper than Strapi reads, and takes what it reads', () => {
    const nest = (depth: number): Record<string, unknown> => (depth === 0 ? { name: { ne: 'x' } } : { and: [nest(depth - 1)] });
    expect(refusal('meeting', nest(9))).toBeUndefined();
    expect(refusal('meeting', nest(10))?.message).toBe('filters: nested too deep for the towns; flatten its and/or/not.');
  });

  it('takes ordinary filters', () => {
    expect(
      refusal('meeting', {
        start: { between: ['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'] },
        name: { containsi: 'budget', in: null },
        and: null,
        cancelled: { eq: false },
      }),
    ).toBeUndefined();
    expect(refusal('meeting', { documentId: { in: [] } })).toBeUndefined();
  });
});

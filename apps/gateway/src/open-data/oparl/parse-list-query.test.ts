import { describe, expect, it } from 'vitest';
import { OpenDataError } from '../open-data-error';
import { parseListQuery } from './parse-list-query';
import { toPagedList } from './to-paged-list';

const parse = (query: string) => parseListQuery(new URLSearchParams(query), 100);
const refusal = (query: string) => {
  try {
    parse(query);
  } catch (error) {
    expect(error).toBeInstanceOf(OpenDataError);
    return { status: (error as OpenDataError).status, message: (error as OpenDataError).message };
  }
  throw new Error(`"${query}" was accepted`);
};

describe('OParl list parameters', () => {
  it('maps the four date filters to createdAt/updatedAt in UTC, keeping what the client wrote', () => {
    const query = parse(
      'created_since=2026-01-01T00:00:00%2B01:00&modified_until=2026-03-01T12:00:00Z&page=3&limit=10&omit_internal=true&unknown=1',
    );
    expect(query).toEqual({
      page: 3,
      limit: 10,
      omitInternal: true,
      filters: { createdAt: { gte: '2025-12-31T23:00:00.000Z' }, updatedAt: { lte: '2026-03-01T12:00:00.000Z' } },
      kept: [
        ['created_since', '2026-01-01T00:00:00+01:00'],
        ['modified_until', '2026-03-01T12:00:00Z'],
        ['limit', '10'],
        ['omit_internal', 'true'],
      ],
    });
    expect(parse('')).toMatchObject({ page: 1, limit: 20, omitInternal: false, filters: {}, kept: [] });
  });

  describe('abuse', () => {
    it.each([
      ['page=0', 'page must be an integer from 1 to 1000000000, got "0".'],
      ['page=1.5', 'page must be an integer from 1 to 1000000000, got "1.5".'],
      ['page=', 'page must be an integer from 1 to 1000000000, got "".'],
      ['limit=101', 'limit must be an integer from 1 to 100, got "101".'],
      ['limit=1e2', 'limit must be an integer from 1 to 100, got "1e2".'],
      ['limit=1&limit=2', 'limit may be given once, got 2 values.'],
      [
        'created_since=2026-01-01',
        'created_since must be an ISO 8601 date-time with a time zone, such as 2026-01-01T00:00:00+01:00, got "2026-01-01".',
      ],
      [
        'modified_since=2026-01-01T10:00:00',
        'modified_since must be an ISO 8601 date-time with a time zone, such as 2026-01-01T00:00:00+01:00, got "2026-01-01T10:00:00".',
      ],
      [
        'created_until=2026-02-30T00:00:00Z',
        'created_until must be an ISO 8601 date-time with a time zone, such as 2026-01-01T00:00:00+01:00, got "2026-02-30T00:00:00Z".',
      ],
      [
        'modified_until=2026-01-01T25:00:00Z',
        'modified_until must be an ISO 8601 date-time with a time zone, such as 2026-01-01T00:00:00+01:00, got "2026-01-01T25:00:00Z".',
      ],
      ['omit_internal=yes', 'omit_internal must be true or false, got "yes".'],
    ])('refuses %s with 400', (query, message) => {
      expect(refusal(query)).toEqual({ status: 400, message });
    });
  });
});

describe('OParl list pages', () => {
  const list = 'https://r.example/oparl/v1/bodies/eupen/papers';

  it('links first, prev, next and last, with the filters', () => {
    const page = toPagedList(list, parse('page=2&limit=10&modified_since=2026-01-01T00:00:00Z'), [], 25);
    expect(page.pagination).toEqual({ totalElements: 25, elementsPerPage: 10, currentPage: 2, totalPages: 3 });
    expect(page.links).toEqual({
      first: `${list}?modified_since=2026-01-01T00%3A00%3A00Z&limit=10&page=1`,
      prev: `${list}?modified_since=2026-01-01T00%3A00%3A00Z&limit=10&page=1`,
      next: `${list}?modified_since=2026-01-01T00%3A00%3A00Z&limit=10&page=3`,
      last: `${list}?modified_since=2026-01-01T00%3A00%3A00Z&limit=10&page=3`,
    });
  });

  it('has no next on the last page, and a first and last page when empty', () => {
    expect(toPagedList(list, parse('page=3&limit=10'), [], 25).links).not.toHaveProperty('next');
    const empty = toPagedList(list, parse(''), [], 0);
    expect(empty.pagination).toEqual({ totalElements: 0, elementsPerPage: 20, currentPage: 1, totalPages: 0 });
    expect(empty.links).toEqual({ first: `${list}?page=1`, last: `${list}?page=1` });
  });
});

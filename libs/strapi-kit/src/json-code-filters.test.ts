import { describe, expect, it } from 'vitest';
import { toJsonbCodeFilters } from './json-code-filters';

const isJson = (name: string) => name === 'categories';

describe('toJsonbCodeFilters', () => {
  it('turns $contains of a quoted code on a JSON attribute into jsonb containment', () => {
    expect(toJsonbCodeFilters({ categories: { $contains: '"concert"' } }, isJson)).toEqual({
      categories: { $jsonSupersetOf: '["concert"]' },
    });
  });

  it('reaches into $and, $or (arrays, or objects past qs array limit) and $not', () => {
    const filters = {
      $and: [{ categories: { $contains: '"a"' } }],
      $or: { 0: { categories: { $contains: '"b"' } }, 21: { name: { $eq: 'x' } } },
      $not: { categories: { $contains: '"c"' } },
    };
    expect(toJsonbCodeFilters(filters, isJson)).toEqual({
      $and: [{ categories: { $jsonSupersetOf: '["a"]' } }],
      $or: { 0: { categories: { $jsonSupersetOf: '["b"]' } }, 21: { name: { $eq: 'x' } } },
      $not: { categories: { $jsonSupersetOf: '["c"]' } },
    });
  });

  it('leaves text attributes, unquoted values and other operators alone', () => {
    const filters = {
      name: { $contains: '"quoted"' },
      categories: { $containsi: '"a"' },
      $and: [{ categories: { $contains: 'bare' } }, { categories: { $contains: '"a"', $notNull: true } }],
    };
    expect(toJsonbCodeFilters(filters, isJson)).toEqual(filters);
  });

  it('does not let a quote inside the value through as JSON', () => {
    expect(toJsonbCodeFilters({ categories: { $contains: '"a","b"' } }, isJson)).toEqual({ categories: { $contains: '"a","b"' } });
  });
});

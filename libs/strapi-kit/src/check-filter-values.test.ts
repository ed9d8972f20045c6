import { describe, expect, it } from 'vitest';
import { checkFilterValues, MAX_FILTER_DEPTH } from './check-filter-values';
import type { ModelSchema } from './model-schema';

/** A meeting and its agenda items, shaped as strapi.getModel answers (the attributes only). */
const MODELS: Record<string, ModelSchema> = {
  meeting: {
    attributes: {
      name: { type: 'string' },
      start: { type: 'datetime' },
      cancelled: { type: 'boolean' },
      price: { type: 'decimal' },
      categories: { type: 'json' },
      agendaItems: { type: 'relation', relation: 'oneToMany', target: 'item' },
      invitation: { type: 'media' },
      localizations: { type: 'relation', relation: 'oneToMany', target: 'meeting' },
      createdBy: { type: 'relation', relation: 'oneToOne', target: 'admin::user', private: true },
    },
  },
  item: {
    attributes: {
      order: { type: 'integer' },
      date: { type: 'date' },
      meeting: { type: 'relation', relation: 'manyToOne', target: 'meeting' },
    },
  },
  'plugin::upload.file': { attributes: { size: { type: 'decimal' }, related: { type: 'relation', relation: 'morphToMany' } } },
};
const check = (filters: unknown, type = 'meeting') => checkFilterValues(filters, MODELS[type]!, (uid) => MODELS[uid]);
/** What qs makes of a list past its arrayLimit of 100: an object with numeric keys. */
const overflowed = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [String(i), 'abcdefghijklmnopqrstuvwx']));

describe('checkFilterValues', () => {
  it('lets well-formed filters through, as the gateway and the README write them', () => {
    expect(check({ start: { $gte: '2026-03-14T19:30:00.000Z', $lt: '2026-04-01' } })).toBeUndefined();
    expect(check({ start: { $between: ['2026-01-01', '2026-12-31T23:59:59Z'] } })).toBeUndefined();
    expect(
      check({ $and: [{ categories: { $contains: '"concert"' } }], $or: [{ cancelled: 'true' }, { price: { $lte: '12.50' } }] }),
    ).toBeUndefined();
    expect(check({ documentId: { $in: Array.from({ length: 100 }, () => 'abcdefghijklmnopqrstuvwx') } })).toBeUndefined();
    expect(check({ agendaItems: { order: { $in: '3' }, date: { $null: 'false' } } })).toBeUndefined();
    expect(check({ meeting: { documentId: { $eq: 'abcdefghijklmnopqrstuvwx' } }, $not: { order: { $gt: '3' } } }, 'item')).toBeUndefined();
    expect(check({ meeting: { $eq: '2' } }, 'item')).toBeUndefined();
    expect(check({ name: { $containsi: 'budget', $eq: ['a', 'b'] }, id: { $lt: '10' } })).toBeUndefined();
    expect(check({ invitation: { $null: 'true' } })).toBeUndefined();
    expect(check({ meeting: ['9', '10'] }, 'item')).toBeUndefined();
  });

  it('leaves unknown and private fields, and unknown operators, to Strapi', () => {
    expect(check({ nope: { $eq: null }, createdBy: { id: { $eq: 'abc' } }, name: { $nope: null } })).toBeUndefined();
  });

  it('refuses a field name under a value, which Strapi answers with a 500 for id', () => {
    expect(check({ name: { id: { $eq: 'abc' } } })).toEqual({
      source: 'query',
      param: 'filters[name][id]',
      message: 'filters[name][id]: filters[name] is a value, not a relation; an operator follows it, such as filters[name][$eq]=….',
    });
  });

  it.each([
    [
      '$between with one value',
      { start: { $between: ['2026-01-01T00:00:00Z'] } },
      'filters[start][$between]',
      'filters[start][$between] takes exactly two values, filters[start][$between][0]=from&filters[start][$between][1]=to; got 1.',
    ],
    [
      '$between with three values',
      { start: { $between: ['2026-01-01', '2026-01-02', '2026-01-03'] } },
      'filters[start][$between]',
      undefined,
    ],
    [
      '$between with one bare value',
      { start: { $between: 'x' } },
      'filters[start][$between]',
      'filters[start][$between] must be a list of two values, such as filters[start][$between][0]=…&filters[start][$between][1]=….',
    ],
    [
      'an impossible day',
      { agendaItems: { date: { $eq: '2026-02-30' } } },
      'filters[agendaItems][date][$eq]',
      'filters[agendaItems][date][$eq] must be a calendar day such as 2026-03-14, got "2026-02-30".',
    ],
    ['an impossible instant', { start: { $gt: '2026-02-30T00:00:00Z' } }, 'filters[start][$gt]', undefined],
    ['an instant without a zone', { start: { $gt: '2026-03-14T19:30' } }, 'filters[start][$gt]', undefined],
    ['a timestamp in milliseconds', { start: { $gt: '1767225600000' } }, 'filters[start][$gt]', undefined],
    ['a bad value in $between', { start: { $between: ['2026-01-01', '2026-13-01'] } }, 'filters[start][$between][1]', undefined],
    [
      '101 values in $in',
      { documentId: { $in: overflowed(101) } },
      'filters[documentId][$in]',
      'filters[documentId][$in] has 101 values; at most 100 are accepted in one list: split the request.',
    ],
    [
      'a list with a gap',
      { documentId: { $in: { 0: 'a', 150: 'b' } } },
      'filters[documentId][$in]',
      'filters[documentId][$in] must be a list numbered from 0, such as filters[documentId][$in][0]=…&filters[documentId][$in][1]=….',
    ],
    [
      'a bad value in $in',
      { agendaItems: { order: { $in: ['1', 'x'] } } },
      'filters[agendaItems][order][$in][1]',
      'filters[agendaItems][order][$in][1] must be an integer, got "x".',
    ],
    ['101 values for $eq', { name: { $eq: overflowed(101) } }, 'filters[name][$eq]', undefined],
    [
      '101 conditions in $or',
      { $or: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [String(i), { name: 'x' }])) },
      'filters[$or]',
      'filters[$or] has 101 conditions; at most 100 are accepted in one list: split the request.',
    ],
    [
      'a null value',
      { start: { $eq: null } },
      'filters[start][$eq]',
      'filters[start][$eq] has no value; to find entries without one, use [$null]=true.',
    ],
    ['a null field', { start: null }, 'filters[start]', undefined],
    ['a null item in $in', { name: { $in: ['a', null] } }, 'filters[name][$in][1]', undefined],
    ['an empty condition', { start: {} }, 'filters[start]', 'filters[start] has no condition.'],
    [
      '$null that is not a boolean',
      { start: { $null: 'maybe' } },
      'filters[start][$null]',
      'filters[start][$null] must be true or false, got "maybe".',
    ],
    [
      'a boolean that is not one',
      { cancelled: { $eq: 'maybe' } },
      'filters[cancelled][$eq]',
      'filters[cancelled][$eq] must be true or false, got "maybe".',
    ],
    ['an integer that is not one', { agendaItems: { order: { $eq: '1.5' } } }, 'filters[agendaItems][order][$eq]', undefined],
    ['an integer out of range', { id: { $eq: '99999999999' } }, 'filters[id][$eq]', undefined],
    [
      'a number that is not finite',
      { price: { $gt: '1e400' } },
      'filters[price][$gt]',
      'filters[price][$gt] must be a number, got "1e400".',
    ],
    ['an object for a value', { name: { $eq: { x: '1' } } }, 'filters[name][$eq]', 'filters[name][$eq] must be one value, got an object.'],
    [
      'text operators on a date',
      { start: { $contains: '2026' } },
      'filters[start][$contains]',
      'filters[start][$contains]: $contains compares text, and this is a datetime field; use $eq, $lt, $gt or $in.',
    ],
    ['$and that is not a list', { $and: 'x' }, 'filters[$and]', undefined],
    [
      'a condition that is not an object',
      { $and: ['x'] },
      'filters[$and][0]',
      'filters[$and][0] must hold conditions on fields, such as filters[$and][0][name][$eq]=…; several go in $and or $or.',
    ],
    [
      'an operator without a field',
      { $eq: '1' },
      'filters[$eq]',
      'filters[$eq]: an operator follows a field name, such as filters[name][$eq]=….',
    ],
    ['$or under a field', { name: { $or: [{ $eq: 'a' }] } }, 'filters[name][$or]', undefined],
    ['a field value through a relation', { agendaItems: { order: { $eq: 'abc' } } }, 'filters[agendaItems][order][$eq]', undefined],
    [
      'a bad id on a relation',
      { agendaItems: { $eq: 'abc' } },
      'filters[agendaItems][$eq]',
      'filters[agendaItems][$eq] must be an integer, got "abc".',
    ],
    ['a bare bad id on a relation', { agendaItems: 'abc' }, 'filters[agendaItems]', undefined],
    ['a bad id in a list on a relation', { agendaItems: ['1', 'x'] }, 'filters[agendaItems][1]', undefined],
    [
      '$not on a relation',
      { agendaItems: { $not: { order: { $eq: '1' } } } },
      'filters[agendaItems][$not]',
      'filters[agendaItems][$not]: put $not before the relation, such as filters[$not][…].',
    ],
    [
      'a list of conditions for filters',
      [{ name: { $eq: 'x' } }],
      'filters',
      'filters must hold conditions on fields, such as filters[name][$eq]=…; several go in $and or $or.',
    ],
    [
      'an operator and fields on a relation',
      { agendaItems: { $eq: '1', order: { $eq: '1' } } },
      'filters[agendaItems]',
      "filters[agendaItems] takes either one operator on the related entry's id or conditions on its fields, not both.",
    ],
    [
      'a bad value through localizations',
      { localizations: { start: { $between: ['2026-01-01'] } } },
      'filters[localizations][start][$between]',
      undefined,
    ],
    ['a bad value through a file', { invitation: { size: { $gt: 'abc' } } }, 'filters[invitation][size][$gt]', undefined],
    [
      'a code not in its JSON form',
      { categories: { $contains: 'concert' } },
      'filters[categories][$contains]',
      'filters[categories][$contains] must be one code in its JSON form, with the quotes, such as "concert"; got "concert".',
    ],
    [
      'another operator on a list of codes',
      { categories: { $containsi: '"concert"' } },
      'filters[categories][$containsi]',
      'filters[categories][$containsi]: a list of codes is filtered with [$contains]="code", [$null] or [$notNull] alone, on the listed type itself.',
    ],
    [
      'a list of codes through a relation',
      { localizations: { categories: { $contains: '"concert"' } } },
      'filters[localizations][categories][$contains]',
      undefined,
    ],
    ['two conditions on a list of codes', { categories: { $contains: '"a"', $null: 'false' } }, 'filters[categories]', undefined],
    ["Strapi's internal operator", { name: { $jsonSupersetOf: '["a"]' } }, 'filters[name][$jsonSupersetOf]', undefined],
  ])('refuses %s', (_, filters, param, message) => {
    const problem = check(filters);
    expect(problem).toMatchObject({ source: 'query', param });
    if (message) expect(problem?.message).toBe(message);
  });

  it(`refuses conditions nested more than ${MAX_FILTER_DEPTH} levels deep`, () => {
    let filters: unknown = { name: { $eq: 'x' } };
    for (let i = 0; i < MAX_FILTER_DEPTH; i++) filters = { $not: filters };
    expect(check(filters)?.message).toMatch(/nests filters more than 10 levels deep/);
  });
});

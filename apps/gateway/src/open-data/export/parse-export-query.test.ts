import { contentTypeNamed } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { OpenDataError } from '../open-data-error';
import { parseExportQuery } from './parse-export-query';

const event = contentTypeNamed('event');
const parse = (query: string) => parseExportQuery(new URL(`http://x/export/events.csv?${query}`), event);
const refusal = (query: string) => {
  try {
    parse(query);
  } catch (error) {
    return error instanceof OpenDataError ? `${error.status} ${error.message}` : String(error);
  }
  return 'accepted';
};

describe('parseExportQuery', () => {
  it('reads labels, the Excel option, a locale and typed filters', () => {
    expect(parse('labels=de&excel=true&locale=fr&filters[start][gte]=2026-12-01&filters[categories][eq]=concert')).toEqual({
      labels: 'de',
      excel: true,
      locale: 'fr',
      filters: { start: { gte: '2026-12-01' }, categories: { contains: 'concert' } },
    });
    expect(parse('')).toEqual({ labels: 'codes', excel: false, filters: null });
  });

  it("takes the GraphQL lists' operators, typed, and filters through a relation", () => {
    expect(
      parse(
        'filters[start][gte]=2026-12-01&filters[start][lt]=2027-01-01&filters[price][lte]=10&filters[isAccessibleForFree][eq]=true' +
          '&filters[eventStatus][in]=scheduled&filters[eventStatus][in]=rescheduled&filters[name][containsi]=fête&filters[end][null]=true' +
          '&filters[updatedAt][gte]=2026-11-30T00:00:00Z',
      ).filters,
    ).toEqual({
      start: { gte: '2026-12-01', lt: '2027-01-01' },
      price: { lte: 10 },
      isAccessibleForFree: { eq: true },
      eventStatus: { in: ['scheduled', 'rescheduled'] },
      name: { containsi: 'fête' },
      end: { null: true },
      updatedAt: { gte: '2026-11-30T00:00:00Z' },
    });
    const agendaItem = contentTypeNamed('agenda-item');
    const items = parseExportQuery(
      new URL('http://x/export/agenda-items.csv?filters[meeting][start][gte]=2026-01-01&filters[meeting][cancelled][eq]=false'),
      agendaItem,
    );
    expect(items.filters).toEqual({ meeting: { start: { gte: '2026-01-01' }, cancelled: { eq: false } } });
  });

  it('refuses what it does not know, naming the parameter and what it takes', () => {
    expect(refusal('fields=name')).toMatch(/^400 fields: an export takes town/);
    expect(refusal('labels=es')).toMatch(/^400 labels: expected codes or a language/);
    expect(refusal('filters[categories][eq]=rave')).toMatch(/^400 filters\[categories\]\[eq\]: expected one of concert,/);
    expect(refusal('filters[start][gte]=2026-02-30')).toMatch(/^400 filters\[start\]\[gte\]: expected a date or an instant/);
    expect(refusal('filters[image][eq]=x')).toMatch(/cannot be filtered on "image"/);
    expect(refusal("filters[name') or true --][eq]=x")).toMatch(/^400 filters\[name'\) or true --\]\[eq\]: an export takes/);
    expect(refusal('excel=yes')).toMatch(/^400 excel: expected true or false/);
    expect(refusal('filters[price][lte]=cheap')).toMatch(/^400 filters\[price\]\[lte\]: expected a number, got "cheap"/);
    expect(refusal('filters[price][containsi]=1')).toMatch(/^400 filters\[price\]\[containsi\]: "price" takes eq, ne/);
    expect(refusal('filters[start][gte]=2026-01-01&filters[start][gte]=2027-01-01')).toMatch(/given more than once/);
    expect(refusal('filters[name][eq][x]=1')).toMatch(/events have no relation "name"/);
    expect(refusal('filters[start][or]=1')).toMatch(/"start" takes/);
    const ops = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'eqi', 'contains', 'containsi', 'notContains', 'notContainsi'];
    const many = ['name', 'locality'].flatMap((field) => ops.map((op) => `filters[${field}][${op}]=x`));
    expect(refusal(many.slice(0, 20).join('&'))).toBe('accepted');
    expect(refusal(many.slice(0, 21).join('&'))).toMatch(/^400 filters: at most 20/);
  });
});

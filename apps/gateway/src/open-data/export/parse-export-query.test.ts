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
      filters: [
        { field: 'start', type: 'text', op: 'gte', value: '2026-12-01' },
        { field: 'categories', type: 'list', op: 'contains', value: 'concert' },
      ],
    });
    expect(parse('')).toEqual({ labels: 'codes', excel: false, filters: [] });
  });

  it('refuses what it does not know, naming the parameter and what it takes', () => {
    expect(refusal('fields=name')).toMatch(/^400 fields: an export takes town/);
    expect(refusal('labels=es')).toMatch(/^400 labels: expected codes or a language/);
    expect(refusal('filters[categories][eq]=rave')).toMatch(/^400 filters\[categories\]\[eq\]: expected one of concert,/);
    expect(refusal('filters[start][gte]=2026-02-30')).toMatch(/^400 filters\[start\]\[gte\]: expected a date or an instant/);
    expect(refusal('filters[image][eq]=x')).toMatch(/cannot be filtered on "image"/);
    expect(refusal("filters[name') or true --][eq]=x")).toMatch(/^400 filters\[name'\) or true --\]\[eq\]: an export takes/);
    expect(refusal('excel=yes')).toMatch(/^400 excel: expected true or false/);
  });
});

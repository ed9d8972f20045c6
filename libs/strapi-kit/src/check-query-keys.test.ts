import { describe, expect, it } from 'vitest';
import { checkQueryKeys } from './check-query-keys';

describe('checkQueryKeys', () => {
  it("takes Strapi's REST parameters", () => {
    expect(
      checkQueryKeys({ filters: {}, sort: [], fields: [], populate: '*', pagination: {}, locale: 'fr', status: 'published' }),
    ).toBeUndefined();
  });

  it('refuses full-text search, which reaches private fields', () => {
    expect(checkQueryKeys({ _q: 'resident.17@example.org' })).toEqual({
      source: 'query',
      param: '_q',
      message:
        "_q (full-text search) is not served: it searches every text column, the town's private ones included. Filter on a field instead, such as filters[name][$containsi]=….",
    });
  });

  it.each(['publicationFilter', 'hasPublishedVersion'])('refuses %s, which tells drafts apart', (key) => {
    expect(checkQueryKeys({ [key]: 'modified' })).toEqual({
      source: 'query',
      param: key,
      message: `${key} is not served: the public API serves published entries only.`,
    });
  });

  it('refuses a parameter it does not know, naming it', () => {
    expect(checkQueryKeys({ locale: 'fr', publicationState: 'preview' })).toEqual({
      source: 'query',
      param: 'publicationState',
      message:
        '"publicationState" is not a query parameter of this API (expected filters, sort, fields, populate, pagination, locale, status).',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { findQueryProblem } from './query-guard';

const limits = { maxPageSize: 100, locales: new Set(['de', 'fr']) };
const check = (query: Record<string, unknown>, params: Record<string, string> = {}) => findQueryProblem(query, params, limits);

describe('findQueryProblem', () => {
  it('lets a well-formed query through', () => {
    expect(check({})).toBeUndefined();
    expect(check({ status: 'published', locale: 'fr', pagination: { page: '2', pageSize: '100', withCount: 'false' } })).toBeUndefined();
    expect(check({ pagination: { start: '0', limit: '10' } })).toBeUndefined();
    expect(check({ locale: '*' })).toBeUndefined();
    expect(check({}, { id: 'abcdefghijklmnopqrstuvwx' })).toBeUndefined();
  });

  it.each([
    [{ status: 'draft' }, 'status'],
    [{ status: ['published', 'draft'] }, 'status'],
    [{ pagination: 'all' }, 'pagination'],
    [{ pagination: { page: 'abc' } }, 'pagination[page]'],
    [{ pagination: { page: '0' } }, 'pagination[page]'],
    [{ pagination: { pageSize: '-1' } }, 'pagination[pageSize]'],
    [{ pagination: { pageSize: '1.5' } }, 'pagination[pageSize]'],
    [{ pagination: { pageSize: '101' } }, 'pagination[pageSize]'],
    [{ pagination: { limit: '-1' } }, 'pagination[limit]'],
    [{ pagination: { limit: '500' } }, 'pagination[limit]'],
    [{ pagination: { start: '-3' } }, 'pagination[start]'],
    [{ pagination: { start: '99999999999999999999' } }, 'pagination[start]'],
    [{ pagination: { page: '2147483648' } }, 'pagination[page]'],
    [{ pagination: { withCount: 'yes' } }, 'pagination[withCount]'],
    [{ pagination: { size: '10' } }, 'pagination[size]'],
    [{ locale: 'en' }, 'locale'],
    [{ locale: ['fr', 'de'] }, 'locale'],
  ])('refuses %j, naming %s', (query, param) => {
    expect(check(query)).toMatchObject({ source: 'query', param, message: expect.stringContaining(param.split('[')[0]!) });
  });

  it.each(['short', 'ABCDEFGHIJKLMNOPQRSTUVWX', "1' OR '1'='1", 'abcdefghijklmnopqrstuvwx1'])('refuses the documentId %j', (id) => {
    expect(check({}, { id })).toMatchObject({ source: 'params', param: 'id' });
  });

  it('refuses a parameter it does not serve before anything else', () => {
    expect(check({ _q: 'resident.17@example.org', status: 'draft' })).toMatchObject({ source: 'query', param: '_q' });
  });

  it("checks filter values and populate against the content type's attributes", () => {
    const models = {
      meeting: { attributes: { start: { type: 'datetime' }, invitation: { type: 'media' } } },
      'plugin::upload.file': { attributes: { related: { type: 'relation', relation: 'morphToMany' } } },
    };
    const withModel = (query: Record<string, unknown>) =>
      findQueryProblem(query, {}, { ...limits, contentType: { uid: 'meeting', getModel: (uid) => models[uid as keyof typeof models] } });
    expect(withModel({ filters: { start: { $between: ['2026-01-01'] } } })).toMatchObject({ param: 'filters[start][$between]' });
    expect(withModel({ populate: { invitation: { populate: '*' } } })).toMatchObject({ param: 'populate[invitation][populate]' });
    expect(withModel({ filters: { start: { $gte: '2026-01-01' } }, populate: { invitation: true } })).toBeUndefined();
  });

  it('says what the maximum page size is', () => {
    expect(check({ pagination: { pageSize: '1000' } })?.message).toBe(
      "pagination[pageSize] is 1000, over this town's maximum of 100; page through the results instead.",
    );
  });

  it("lists the town's locales when one is unknown", () => {
    expect(check({ locale: 'xx' })?.message).toBe('locale "xx" is not one of this town\'s locales (de, fr).');
  });
});

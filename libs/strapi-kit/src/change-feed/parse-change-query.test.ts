import { describe, expect, it } from 'vitest';
import { MAX_CHANGE_LIMIT, parseChangeQuery } from './parse-change-query';

describe('parseChangeQuery', () => {
  it('reads since and limit, with defaults', () => {
    expect(parseChangeQuery({})).toEqual({ since: 0, limit: 100 });
    expect(parseChangeQuery({ since: '41', limit: '1000' })).toEqual({ since: 41, limit: 1000 });
  });

  it('names the parameter that is wrong and says what it takes', () => {
    expect(parseChangeQuery({ since: '-1' })).toEqual({
      source: 'query',
      param: 'since',
      message: 'since must be a whole number from 0 to 9007199254740991, got "-1".',
    });
    for (const since of ['1.5', '1e3', 'abc', '', ' 1', '01', '9007199254740992', ['1', '2'], { $gt: '1' }])
      expect(parseChangeQuery({ since }), JSON.stringify(since)).toMatchObject({ param: 'since' });
    for (const limit of ['0', String(MAX_CHANGE_LIMIT + 1), 'all'])
      expect(parseChangeQuery({ limit }), limit).toMatchObject({ param: 'limit' });
    expect(parseChangeQuery({ since: '1', fields: 'name' })).toMatchObject({
      param: 'fields',
      message: expect.stringMatching(/takes since and limit/),
    });
  });
});

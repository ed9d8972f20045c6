import { describe, expect, it } from 'vitest';
import { checkPaging } from './check-paging';

describe('checkPaging', () => {
  it('pages forward by 20 unless told, forward by first, backward by last', () => {
    expect(checkPaging({}, 100)).toEqual({ backward: false, size: 20 });
    expect(checkPaging({ first: null, last: null }, 100)).toEqual({ backward: false, size: 20 });
    expect(checkPaging({ first: 0 }, 100)).toEqual({ backward: false, size: 0 });
    expect(checkPaging({ first: null, last: 100 }, 100)).toEqual({ backward: true, size: 100 });
  });

  it.each([
    [
      { first: 1, last: 1 },
      'first and last cannot be used together: page forward with first and after, or backward with last and before.',
      'last',
    ],
    [{ first: 101 }, 'first must be between 0 and 100, got 101.', 'first'],
    [{ first: -1 }, 'first must be between 0 and 100, got -1.', 'first'],
    [{ last: 101 }, 'last must be between 0 and 100, got 101.', 'last'],
    [{ last: -5 }, 'last must be between 0 and 100, got -5.', 'last'],
  ])('refuses %j as BAD_USER_INPUT, naming the argument', (args, message, argument) => {
    expect(() => checkPaging(args, 100)).toThrow(expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT', argument } }));
  });
});

import { describe, expect, it } from 'vitest';
import { type AggregateGroup, pivot, single } from './aggregate-table';

const words = { none: '(none)', other: '(other)' };
const key = (value: string | null, label: string | null = value, other = false) => ({ value, label, other });

describe('pivot', () => {
  it('makes a row per first key and a column per second, 0 where no group is, in the keys’ order', () => {
    const groups: AggregateGroup[] = [
      { keys: [key('2026-02'), key('beta', 'Betabourg')], count: 4 },
      { keys: [key('2026-01'), key('alpha', 'Alphaville')], count: 2 },
      { keys: [key('2026-02'), key('alpha', 'Alphaville')], count: 1 },
    ];
    expect(pivot(groups, 0, 1, (g) => g.count, words, 'Month')).toEqual({
      columns: ['Month', 'Alphaville', 'Betabourg'],
      rows: [
        ['2026-01', 2, 0],
        ['2026-02', 1, 4],
      ],
    });
  });

  it('keeps a withheld count null (never 0), and puts the rest of a top and missing values last', () => {
    const groups: AggregateGroup[] = [
      { keys: [key(null, null, true), key('alpha', 'A')], count: 9 },
      { keys: [key(null, null), key('alpha', 'A')], count: 1 },
      { keys: [key('roads', 'Roads'), key('alpha', 'A')], count: null },
    ];
    expect(pivot(groups, 0, 1, (g) => g.count, words, 'Category').rows).toEqual([
      ['Roads', null],
      ['(none)', 1],
      ['(other)', 9],
    ]);
  });

  it('can turn the table: rows by the second key', () => {
    const groups: AggregateGroup[] = [{ keys: [key('open', 'Open'), key('alpha', 'A')], count: 3 }];
    expect(pivot(groups, 1, 0, (g) => g.count, words, 'Town')).toEqual({ columns: ['Town', 'Open'], rows: [['A', 3]] });
  });
});

describe('single', () => {
  it('is one series in the keys’ order', () => {
    const groups: AggregateGroup[] = [
      { keys: [key('b', 'B')], count: 1, days: 2.5 },
      { keys: [key('a', 'A')], count: 2, days: 1 },
    ];
    expect(single(groups, (g) => g.days as number, words, ['Town', 'Days'])).toEqual({
      columns: ['Town', 'Days'],
      rows: [
        ['A', 1],
        ['B', 2.5],
      ],
    });
  });
});

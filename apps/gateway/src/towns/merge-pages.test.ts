import { describe, expect, it } from 'vitest';
import { mergePages, type TownPage } from './merge-pages';

const byValue = (a: number, b: number) => a - b;
/** A town's full ordered list (null: an entry the gateway drops), served from `offset` as the gateway would ask for it. */
const town =
  (code: string, all: (number | null)[]) =>
  (offset: number, limit: number): TownPage<number> => ({
    town: code,
    items: all.slice(offset, offset + limit),
    offset,
    total: all.length,
  });

/** Pages of `first` through the towns, each resumed from the previous page's last cursor. */
function pageThrough(towns: ReturnType<typeof town>[], codes: string, first: number) {
  const paged: string[] = [];
  let offsets: Record<string, number> = Object.fromEntries([...codes].map((c) => [c, 0]));
  for (let pages = 0; pages < 100; pages++) {
    const { merged, offsets: end } = mergePages(
      towns.map((t, i) => t(offsets[codes[i]!]!, first)),
      byValue,
      first,
    );
    paged.push(...merged.map((m) => `${m.item}${m.town}`));
    const next = merged.at(-1)?.offsets ?? end;
    if (Object.values(end).reduce((a, b) => a + b, 0) === towns.reduce((sum, t) => sum + t(0, 0).total, 0)) break;
    offsets = next;
  }
  return paged;
}

describe('mergePages', () => {
  const towns = [town('a', [1, 3, 3, 5, 8, 9]), town('b', [2, 3, 4, 4, 10]), town('c', [3, 3, 3])];

  it('merges in order, ties broken by town code', () => {
    const { merged } = mergePages(
      towns.map((t) => t(0, 100)),
      byValue,
      100,
    );
    expect(merged.map((m) => `${m.item}${m.town}`)).toEqual([
      '1a',
      '2b',
      '3a',
      '3a',
      '3b',
      '3c',
      '3c',
      '3c',
      '4b',
      '4b',
      '5a',
      '8a',
      '9a',
      '10b',
    ]);
  });

  it.each([1, 2, 3, 4, 5, 7])('pages of %i give exactly the one big page', (first) => {
    const { merged: whole } = mergePages(
      towns.map((t) => t(0, 100)),
      byValue,
      100,
    );
    expect(pageThrough(towns, 'abc', first)).toEqual(whole.map((m) => `${m.item}${m.town}`));
  });

  it("records every town's offset after each item", () => {
    const { merged } = mergePages(
      towns.map((t) => t(0, 2)),
      byValue,
      3,
    );
    expect(merged.map((m) => m.offsets)).toEqual([
      { a: 1, b: 0, c: 0 },
      { a: 1, b: 1, c: 0 },
      { a: 2, b: 1, c: 0 },
    ]);
  });

  describe('with entries dropped as malformed', () => {
    const withDropped = [
      town('a', [1, null, 3, null, null, 5, 8, null]),
      town('b', [null, 2, 3, 4, null, 4, 10]),
      town('c', [3, 3, null, 3]),
    ];
    const expected = ['1a', '2b', '3a', '3b', '3c', '3c', '3c', '4b', '4b', '5a', '8a', '10b'];

    it('never emits them, and counts them in the offsets', () => {
      const { merged, offsets } = mergePages(
        withDropped.map((t) => t(0, 100)),
        byValue,
        100,
      );
      expect(merged.map((m) => `${m.item}${m.town}`)).toEqual(expected);
      expect(offsets).toEqual({ a: 8, b: 7, c: 4 });
    });

    it.each([1, 2, 3, 4, 5, 7])('pages of %i still give exactly the one big page, none repeated or skipped', (first) => {
      expect(pageThrough(withDropped, 'abc', first)).toEqual(expected);
    });

    it("ends a page early rather than place a town's later entry before another town's unread ones", () => {
      // a's slice of 2 holds one usable entry: b's 2 cannot be placed, a's next entry (unread) may come before it.
      const { merged } = mergePages([town('a', [1, null, 3])(0, 2), town('b', [2, 4, 6])(0, 2)], byValue, 2);
      expect(merged.map((m) => `${m.item}${m.town}`)).toEqual(['1a']);
      const short = mergePages([town('a', [null, null, 3])(0, 2), town('b', [2, 4, 6])(0, 2)], byValue, 2);
      expect(short.merged).toEqual([]);
      expect(short.offsets).toEqual({ a: 2, b: 0 });
    });
  });
});

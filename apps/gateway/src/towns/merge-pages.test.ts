import { describe, expect, it } from 'vitest';
import { mergePages, type TownPage } from './merge-pages';

const byValue = (a: number, b: number) => a - b;
/** A town's full ordered list, served from `offset` as the gateway would ask for it. */
const town = (code: string, all: number[]) => (offset: number, limit: number): TownPage<number> => ({ town: code, items: all.slice(offset, offset + limit), offset, total: all.length });

describe('mergePages', () => {
  const towns = [town('a', [1, 3, 3, 5, 8, 9]), town('b', [2, 3, 4, 4, 10]), town('c', [3, 3, 3])];

  it('merges in order, ties broken by town code', () => {
    const merged = mergePages(towns.map((t) => t(0, 100)), byValue, 100);
    expect(merged.map((m) => `${m.item}${m.town}`)).toEqual(['1a', '2b', '3a', '3a', '3b', '3c', '3c', '3c', '4b', '4b', '5a', '8a', '9a', '10b']);
  });

  it.each([1, 2, 3, 4, 5, 7])('pages of %i give exactly the one big page', (first) => {
    const whole = mergePages(towns.map((t) => t(0, 100)), byValue, 100);
    const paged: string[] = [];
    let offsets: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (;;) {
      const page = mergePages(towns.map((t, i) => t(offsets['abc'[i]!]!, first)), byValue, first);
      if (page.length === 0) break;
      paged.push(...page.map((m) => `${m.item}${m.town}`));
      offsets = page[page.length - 1]!.offsets;
    }
    expect(paged).toEqual(whole.map((m) => `${m.item}${m.town}`));
  });

  it('records every town\'s offset after each item', () => {
    const merged = mergePages(towns.map((t) => t(0, 2)), byValue, 3);
    expect(merged.map((m) => m.offsets)).toEqual([
      { a: 1, b: 0, c: 0 },
      { a: 1, b: 1, c: 0 },
      { a: 2, b: 1, c: 0 },
    ]);
  });
});

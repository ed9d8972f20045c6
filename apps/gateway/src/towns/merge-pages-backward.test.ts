import { describe, expect, it } from 'vitest';
import { mergePages, type MergedItem } from './merge-pages';
import { mergePagesBackward, type TownTail } from './merge-pages-backward';

const byValue = (a: number, b: number) => a - b;
type Towns = Record<string, (number | null)[]>;
const label = (m: MergedItem<number>) => `${m.item}${m.town}`;

/** Each town's slice before `end` (its offset), as the gateway reads it for a page of `last`, never before `floors`. */
const tailsOf = (towns: Towns, ends: Record<string, number>, last: number, floors: Record<string, number> = {}): TownTail<number>[] =>
  Object.entries(towns).map(([town, all]) => {
    const floor = floors[town] ?? 0;
    const offset = Math.max(floor, ends[town]! - last);
    return { town, items: all.slice(offset, Math.max(offset, ends[town]!)), offset, floor };
  });

/** The whole list merged forward in one page. */
const whole = (towns: Towns) =>
  mergePages(
    Object.entries(towns).map(([town, all]) => ({ town, items: all, offset: 0, total: all.length })),
    byValue,
    Number.MAX_SAFE_INTEGER,
  ).merged;

/** The gap in front of an item: what `before` with its cursor resumes from. */
const before = (m: MergedItem<number>) => ({ ...m.offsets, [m.town]: m.position });

/** Pages of `last` from the end back to the start (or `floors`), each before the previous page's first item, as Relay's loadPrevious does. */
function pageBack(towns: Towns, last: number, floors: Record<string, number> = {}) {
  const pages: MergedItem<number>[][] = [];
  let ends = Object.fromEntries(Object.entries(towns).map(([town, all]) => [town, all.length]));
  for (let n = 0; n < 100; n++) {
    const { merged, offsets } = mergePagesBackward(tailsOf(towns, ends, last, floors), byValue, last);
    pages.unshift(merged);
    const next = merged[0] ? before(merged[0]) : offsets;
    if (Object.entries(next).every(([town, offset]) => offset === (floors[town] ?? 0))) break;
    ends = next;
  }
  return pages;
}

/** A small deterministic generator: the same lists every run. */
function seeded(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % below;
  };
}

describe('mergePagesBackward', () => {
  const towns: Towns = { a: [1, 3, 3, 5, 8, 9], b: [2, 3, 4, 4, 10], c: [3, 3, 3] };

  it('takes the last items of the merged order, in that order, ties broken by town code', () => {
    const { merged, offsets } = mergePagesBackward(tailsOf(towns, { a: 6, b: 5, c: 3 }, 4), byValue, 4);
    expect(merged.map(label)).toEqual(['5a', '8a', '9a', '10b']);
    expect(offsets).toEqual({ a: 3, b: 4, c: 3 });
    const ties = mergePagesBackward(tailsOf(towns, { a: 3, b: 2, c: 3 }, 5), byValue, 5);
    expect(ties.merged.map(label)).toEqual(['3a', '3b', '3c', '3c', '3c']);
  });

  it.each([1, 2, 3, 4, 5, 7, 20])('pages of %i from the end give exactly the one big page, with its cursors', (last) => {
    const forward = whole(towns);
    const backward = pageBack(towns, last);
    expect(backward.flat().map(label)).toEqual(forward.map(label));
    expect(backward.flat()).toEqual(forward);
    expect(backward.slice(1).every((page) => page.length === last)).toBe(true);
  });

  it('gives nothing before the start, and stops at a floor (an after cursor)', () => {
    expect(mergePagesBackward(tailsOf(towns, { a: 0, b: 0, c: 0 }, 3), byValue, 3)).toEqual({ merged: [], offsets: { a: 0, b: 0, c: 0 } });
    const forward = whole(towns);
    const floors = forward[4]!.offsets;
    expect(pageBack(towns, 3, floors).flat().map(label)).toEqual(forward.slice(5).map(label));
  });

  it('gives an empty page for last 0, where it stands', () => {
    expect(mergePagesBackward(tailsOf(towns, { a: 2, b: 1, c: 0 }, 0), byValue, 0)).toEqual({ merged: [], offsets: { a: 2, b: 1, c: 0 } });
  });

  it('leaves a town that gave nothing (missing) where it stands', () => {
    const { merged, offsets } = mergePagesBackward(
      [{ town: 'a', items: [], offset: 4, floor: 0 }, ...tailsOf({ b: towns.b! }, { b: 5 }, 2)],
      byValue,
      2,
    );
    expect(merged.map(label)).toEqual(['4b', '10b']);
    expect(offsets).toEqual({ a: 4, b: 3 });
  });

  describe('with entries dropped as malformed', () => {
    const withDropped: Towns = {
      a: [1, null, 3, null, null, 5, 8, null],
      b: [null, 2, 3, 4, null, 4, 10],
      c: [3, 3, null, 3],
    };

    it.each([1, 2, 3, 4, 5, 7])('pages of %i still give exactly the one big page, none repeated or skipped', (last) => {
      expect(pageBack(withDropped, last).flat().map(label)).toEqual(whole(withDropped).map(label));
    });

    it('consumes them where they stand, so that a page of them only still moves back', () => {
      const { merged, offsets } = mergePagesBackward(tailsOf({ a: [1, null, null], b: [2] }, { a: 3, b: 1 }, 2), byValue, 2);
      expect(merged).toEqual([]);
      expect(offsets).toEqual({ a: 1, b: 1 });
    });

    it("ends a page early rather than place a town's earlier entry after another town's unread ones", () => {
      // a's slice of 3 holds one usable entry: b's 4 cannot be placed, a's entry before (unread) may come after it.
      const { merged } = mergePagesBackward(tailsOf({ a: [5, null, null, 6], b: [2, 4, 7] }, { a: 4, b: 3 }, 3), byValue, 3);
      expect(merged.map(label)).toEqual(['6a', '7b']);
    });
  });

  it.each([1, 2, 3, 5, 8])('mirrors the forward merge on lists drawn at random (pages of %i)', (last) => {
    const draw = seeded(last);
    for (let round = 0; round < 20; round++) {
      const random: Towns = Object.fromEntries(
        ['a', 'b', 'c', 'd'].slice(0, 1 + draw(4)).map((town) => {
          const values = Array.from({ length: draw(12) }, () => draw(8)).sort(byValue);
          return [town, values.map((v) => (draw(5) === 0 ? null : v))];
        }),
      );
      expect(pageBack(random, last).flat().map(label), JSON.stringify(random)).toEqual(whole(random).map(label));
    }
  });
});

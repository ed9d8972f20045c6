import type { TownEntry } from '../towns/town-directory';
import type { GatewayNode } from '../towns/to-node';
import { mergePages } from '../towns/merge-pages';
import type { ListPage, PageRequest } from './list-page';

/** Rounds of asking towns for more, at most, either way: each asks only the towns whose entries the page used up. */
export const MAX_ROUNDS = 4;

interface Slice {
  entry: TownEntry;
  town: string;
  items: (GatewayNode | null)[];
  offset: number;
  /** The list's end for this page: the town's, or `before`'s when it comes first. */
  total: number;
  listTotal: number;
}

/**
 * What each town is asked for first: its share of the page, twice over, not the whole page.
 * Over 100 towns a page of 20 takes 2 entries from each (200 read and checked, not 2,000); a
 * town whose entries the page uses up is asked for more (`pageForward`).
 */
export const firstShare = (size: number, towns: number) => (towns <= 1 ? size : Math.min(size, Math.ceil((2 * size) / towns) + 1));

/**
 * A forward page (`first`, `after`): each town is asked for its share of the page from where
 * `after` left it, and the answers merged from the front. When the page uses up a town's
 * entries while it has more, what it holds next might come before any other town's head: that
 * town is asked for the rest of the page, and the merge made again, until the page is full or
 * no town has more. A missing town stays where it was: the next page asks it again from there.
 * With `before` too, no town reads past it.
 */
export async function pageForward({ towns, read, compare, size, after, before }: PageRequest): Promise<ListPage> {
  const share = firstShare(size, towns.length);
  const slices: Slice[] = await Promise.all(
    towns.map(async (entry) => {
      const town = entry.town.code;
      const offset = after[town] ?? 0;
      const bound = before ? Math.max(offset, before[town] ?? 0) : Number.POSITIVE_INFINITY;
      const limit = Math.min(share, bound - offset);
      const list = await read(entry, offset, limit);
      const total = list?.total ?? offset;
      return { entry, town, items: (list?.slots ?? []).slice(0, limit), offset, total: Math.min(total, bound), listTotal: total };
    }),
  );
  let page = mergePages(slices, compare, size);
  for (let round = 1; round < MAX_ROUNDS && page.merged.length < size; round++) {
    const usedUp = slices.filter(
      (s) => s.items.length > 0 && page.offsets[s.town] === s.offset + s.items.length && s.offset + s.items.length < s.total,
    );
    if (usedUp.length === 0) break;
    const wanted = size - page.merged.length;
    await Promise.all(
      usedUp.map(async (slice) => {
        const start = slice.offset + slice.items.length;
        const limit = Math.min(wanted, slice.total - start);
        const list = await read(slice.entry, start, limit);
        // A town failing now keeps what it gave: the page stops there for it.
        if (!list) slice.total = start;
        else slice.items.push(...list.slots.slice(0, limit));
      }),
    );
    page = mergePages(slices, compare, size);
  }
  const { merged, offsets } = page;
  return {
    merged,
    offsets,
    moved: slices.some((s) => offsets[s.town] !== s.offset),
    totalCount: slices.reduce((sum, s) => sum + s.listTotal, 0),
    hasNextPage: slices.some((s) => offsets[s.town]! < s.total),
    // The spec lets a forward page say false; the offsets tell: any town's entry before `after`.
    hasPreviousPage: slices.some((s) => s.offset > 0),
  };
}

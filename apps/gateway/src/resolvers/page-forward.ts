import { mergePages } from '../towns/merge-pages';
import type { ListPage, PageRequest } from './list-page';

/**
 * A forward page (`first`, `after`): each town is asked for at most the page, from where
 * `after` left it, and the answers merged from the front. A missing town stays where it was:
 * the next page asks it again from there. With `before` too, no town reads past it.
 */
export async function pageForward({ towns, read, compare, size, after, before }: PageRequest): Promise<ListPage> {
  const slices = await Promise.all(
    towns.map(async (entry) => {
      const town = entry.town.code;
      const offset = after[town] ?? 0;
      const bound = before ? Math.max(offset, before[town] ?? 0) : Number.POSITIVE_INFINITY;
      const limit = Math.min(size, bound - offset);
      const list = await read(entry, offset, limit);
      const total = list?.total ?? offset;
      // The list's end for this page: the town's, or `before`'s when it comes first.
      return { town, items: (list?.slots ?? []).slice(0, limit), offset, total: Math.min(total, bound), listTotal: total };
    }),
  );
  const { merged, offsets } = mergePages(slices, compare, size);
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

import { mergePagesBackward, type TownTail } from '../towns/merge-pages-backward';
import type { GatewayNode } from '../towns/to-node';
import type { TownEntry } from '../towns/town-directory';
import type { ListPage, PageRequest, ReadSlice } from './list-page';
import { firstShare, MAX_ROUNDS } from './page-forward';

interface ReadTail {
  entry: TownEntry;
  tail: TownTail<GatewayNode>;
  /** Where the page would end in this town: `before`'s offset, else its total. */
  end: number;
  total: number;
}

/**
 * One town's entries just before its end in the window, at most `size`. Without `before` the
 * end is the town's total, which only its answer tells: the town reads its list the other way
 * round (every sort term reversed, documentId's too), so its first entries are the tail, and
 * its total places them. A missing town stays where it was (without `before`, at the window's
 * start).
 */
async function readTail(entry: TownEntry, read: ReadSlice, size: number, floor: number, before: number | undefined): Promise<ReadTail> {
  const town = entry.town.code;
  const missing = (end: number): ReadTail => ({ entry, tail: { town, items: [], offset: end, floor }, end, total: end });
  if (before === undefined) {
    const list = await read(entry, 0, size, true);
    if (!list) return missing(floor);
    const end = Math.max(floor, list.total);
    const offset = Math.max(floor, list.total - list.slots.length);
    return { entry, tail: { town, items: list.slots.slice(0, end - offset).reverse(), offset, floor }, end, total: list.total };
  }
  const end = Math.max(floor, before);
  const offset = Math.max(floor, end - size);
  const list = await read(entry, offset, end - offset);
  if (!list) return missing(end);
  return { entry, tail: { town, items: list.slots.slice(0, end - offset), offset, floor }, end, total: list.total };
}

/**
 * A backward page (`last`, `before`): the `last` entries of the merged order before `before`
 * (else the list's end), no further back than `after`; the mirror of `pageForward`. Each town
 * is asked for its share of the page just before where `before` left it, and the answers
 * merged from the tail. When the page uses up a town's tail while it has earlier entries,
 * that town is asked for the entries before, until the page is full or no town has more.
 */
export async function pageBackward({ towns, read, compare, size, after, before }: PageRequest): Promise<ListPage> {
  const share = firstShare(size, towns.length);
  const tails = await Promise.all(
    towns.map((entry) => readTail(entry, read, share, after[entry.town.code] ?? 0, before && (before[entry.town.code] ?? 0))),
  );
  const merge = () =>
    mergePagesBackward(
      tails.map((t) => t.tail),
      compare,
      size,
    );
  let page = merge();
  for (let round = 1; round < MAX_ROUNDS && page.merged.length < size; round++) {
    const usedUp = tails.filter(({ tail }) => tail.items.length > 0 && page.offsets[tail.town] === tail.offset && tail.offset > tail.floor);
    if (usedUp.length === 0) break;
    const wanted = size - page.merged.length;
    await Promise.all(
      usedUp.map(async (t) => {
        const start = Math.max(t.tail.floor, t.tail.offset - wanted);
        const list = await read(t.entry, start, t.tail.offset - start);
        // A town failing now, or whose list shrank meanwhile, keeps what it gave: the page
        // stops there for it.
        if (!list || list.slots.length < t.tail.offset - start) t.tail.floor = t.tail.offset;
        else {
          t.tail.items.unshift(...list.slots.slice(0, t.tail.offset - start));
          t.tail.offset = start;
        }
      }),
    );
    page = merge();
  }
  const { merged, offsets } = page;
  return {
    merged,
    offsets,
    moved: tails.some((t) => offsets[t.tail.town] !== t.tail.offset + t.tail.items.length),
    totalCount: tails.reduce((sum, t) => sum + t.total, 0),
    // Without `before` the page ends the list; with it, any town's entry from there on is a next page.
    hasNextPage: before !== undefined && tails.some((t) => t.end < t.total),
    hasPreviousPage: tails.some((t) => offsets[t.tail.town]! > t.tail.floor),
  };
}

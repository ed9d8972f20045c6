import { mergePagesBackward, type TownTail } from '../towns/merge-pages-backward';
import type { GatewayNode } from '../towns/to-node';
import type { TownEntry } from '../towns/town-directory';
import type { ListPage, PageRequest, ReadSlice } from './list-page';

interface ReadTail {
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
  const missing = (end: number): ReadTail => ({ tail: { town, items: [], offset: end, floor }, end, total: end });
  if (before === undefined) {
    const list = await read(entry, 0, size, true);
    if (!list) return missing(floor);
    const end = Math.max(floor, list.total);
    const offset = Math.max(floor, list.total - list.slots.length);
    return { tail: { town, items: list.slots.slice(0, end - offset).reverse(), offset, floor }, end, total: list.total };
  }
  const end = Math.max(floor, before);
  const offset = Math.max(floor, end - size);
  const list = await read(entry, offset, end - offset);
  if (!list) return missing(end);
  return { tail: { town, items: list.slots.slice(0, end - offset), offset, floor }, end, total: list.total };
}

/**
 * A backward page (`last`, `before`): the `last` entries of the merged order before `before`
 * (else the list's end), no further back than `after`. Each town is asked for at most the page
 * just before where `before` left it, and the answers are merged from the tail.
 */
export async function pageBackward({ towns, read, compare, size, after, before }: PageRequest): Promise<ListPage> {
  const tails = await Promise.all(
    towns.map((entry) => readTail(entry, read, size, after[entry.town.code] ?? 0, before && (before[entry.town.code] ?? 0))),
  );
  const { merged, offsets } = mergePagesBackward(
    tails.map((t) => t.tail),
    compare,
    size,
  );
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

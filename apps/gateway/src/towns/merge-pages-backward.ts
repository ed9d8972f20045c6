import type { MergedItem, MergedPage } from './merge-pages';

/**
 * One town's slice of an ordered list read for a backward page: the entries just before where
 * the page ends, from `offset` in the town's order. As for `TownPage`, a null item is an entry
 * the gateway dropped: it keeps its place and is never emitted.
 */
export interface TownTail<T> {
  town: string;
  items: (T | null)[];
  offset: number;
  /** How far back the list goes in this town: 0, or where an `after` cursor left it. */
  floor: number;
}

/**
 * The last `last` items of the towns' merged order before the slices' ends, in that order: the
 * mirror of `mergePages`. It takes the greatest tail, by `compare` then the town code (the
 * forward merge takes the least head by the same keys), `last` times, and reverses. Where each
 * town's order agrees with `compare` (both end with documentId), this gives exactly the items
 * paging forward gives, in the same order. (Where a town puts missing values at the other end
 * than `compare` does, no merge of the two orders is exact either way.)
 *
 * Each item's `offsets` is the cursor after it: the forward merge's own, but for dropped
 * entries, which either may count on its side of the gap (the same gap). The page's
 * `offsets` is where it starts (its dropped entries consumed), the cursor to go on backward
 * from. A town whose slice runs out while it has earlier entries ends the page early: what it
 * holds before might come after any other town's tail.
 */
export function mergePagesBackward<T>(tails: readonly TownTail<T>[], compare: (a: T, b: T) => number, last: number): MergedPage<T> {
  const offsets = Object.fromEntries(tails.map((t) => [t.town, t.offset + t.items.length]));
  const ends = tails.map((t) => t.items.length);
  // Dropped entries are consumed where they stand, so that a page of them still moves back.
  const skipDropped = (i: number) => {
    const tail = tails[i]!;
    while (ends[i]! > 0 && tail.items[ends[i]! - 1] === null) {
      ends[i]!--;
      offsets[tail.town]!--;
    }
  };
  for (let i = 0; i < tails.length; i++) skipDropped(i);
  const merged: MergedItem<T>[] = [];
  while (merged.length < last) {
    let best = -1;
    let cutShort = false;
    for (let i = 0; i < tails.length; i++) {
      const tail = tails[i]!;
      if (ends[i] === 0) {
        if (tail.items.length > 0 && offsets[tail.town]! > tail.floor) cutShort = true;
        continue;
      }
      if (best === -1) {
        best = i;
        continue;
      }
      const order = compare(tail.items[ends[i]! - 1]!, tails[best]!.items[ends[best]! - 1]!);
      if (order > 0 || (order === 0 && tail.town > tails[best]!.town)) best = i;
    }
    if (best === -1 || cutShort) break;
    const tail = tails[best]!;
    // Every entry left lies before this one: the offsets now are the cursor after it.
    const after = { ...offsets };
    ends[best]!--;
    offsets[tail.town]!--;
    merged.push({ item: tail.items[ends[best]!]!, town: tail.town, position: offsets[tail.town]!, offsets: after });
    skipDropped(best);
  }
  return { merged: merged.reverse(), offsets };
}

/**
 * One town's slice of an ordered list, starting at `offset` in that town's order. A null item
 * is an entry the town answered but the gateway dropped (malformed): it takes its place in
 * the town's order, so that offsets still count the town's entries, and is never emitted.
 */
export interface TownPage<T> {
  town: string;
  items: (T | null)[];
  offset: number;
  total: number;
}

export interface MergedItem<T> {
  item: T;
  town: string;
  /** Where the item stands in its town's order. */
  position: number;
  /** Every town's offset once this item is consumed: the cursor after it. */
  offsets: Record<string, number>;
}

export interface MergedPage<T> {
  merged: MergedItem<T>[];
  /**
   * Every town's offset where the page stops, dropped entries included: its end paging
   * forward (`mergePages`), its start paging backward (`mergePagesBackward`).
   */
  offsets: Record<string, number>;
}

/**
 * Merges towns' ordered pages into one page of at most `first` items (a k-way merge). Each
 * town's own order is kept; between towns, `compare` decides, then the town code, so the same
 * heads always give the same choice. Resuming from any item's offsets re-reads the same heads,
 * which is why paging page by page gives exactly the items, in exactly the order, of one big
 * page. Dropped entries are consumed where they stand. A town whose slice runs out while it
 * has more entries (it gave fewer than asked, some dropped) ends the page early: what it holds
 * next might come before any other town's head.
 */
export function mergePages<T>(pages: readonly TownPage<T>[], compare: (a: T, b: T) => number, first: number): MergedPage<T> {
  const offsets = Object.fromEntries(pages.map((p) => [p.town, p.offset]));
  const heads = pages.map(() => 0);
  const skipDropped = (i: number) => {
    const page = pages[i]!;
    while (page.items[heads[i]!] === null) {
      heads[i]!++;
      offsets[page.town]!++;
    }
  };
  for (let i = 0; i < pages.length; i++) skipDropped(i);
  const merged: MergedItem<T>[] = [];
  while (merged.length < first) {
    let best = -1;
    let cutShort = false;
    for (let i = 0; i < pages.length; i++) {
      const page = pages[i]!;
      const candidate = page.items[heads[i]!];
      if (candidate === undefined) {
        if (page.items.length > 0 && offsets[page.town]! < page.total) cutShort = true;
        continue;
      }
      if (best === -1) {
        best = i;
        continue;
      }
      const current = pages[best]!.items[heads[best]!]!;
      const order = compare(candidate!, current);
      if (order < 0 || (order === 0 && page.town < pages[best]!.town)) best = i;
    }
    if (best === -1 || cutShort) break;
    const page = pages[best]!;
    const item = page.items[heads[best]!]!;
    const position = page.offset + heads[best]!;
    heads[best]!++;
    offsets[page.town]!++;
    skipDropped(best);
    merged.push({ item, town: page.town, position, offsets: { ...offsets } });
  }
  return { merged, offsets };
}

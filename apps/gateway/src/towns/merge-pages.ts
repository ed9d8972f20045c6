/** One town's slice of an ordered list, starting at `offset` in that town's order. */
export interface TownPage<T> {
  town: string;
  items: T[];
  offset: number;
  total: number;
}

export interface MergedItem<T> {
  item: T;
  town: string;
  /** Every town's offset once this item is consumed: the cursor after it. */
  offsets: Record<string, number>;
}

/**
 * Merges towns' ordered pages into one page of `first` items (a k-way merge). Each town's own
 * order is kept; between towns, `compare` decides, then the town code, so the same heads
 * always give the same choice. Resuming from any item's offsets re-reads the same heads, which
 * is why paging page by page gives exactly the items, in exactly the order, of one big page.
 */
export function mergePages<T>(pages: readonly TownPage<T>[], compare: (a: T, b: T) => number, first: number): MergedItem<T>[] {
  const offsets = Object.fromEntries(pages.map((p) => [p.town, p.offset]));
  const heads = pages.map(() => 0);
  const merged: MergedItem<T>[] = [];
  while (merged.length < first) {
    let best = -1;
    for (let i = 0; i < pages.length; i++) {
      const candidate = pages[i]!.items[heads[i]!];
      if (candidate === undefined) continue;
      if (best === -1) {
        best = i;
        continue;
      }
      const current = pages[best]!.items[heads[best]!]!;
      const order = compare(candidate, current);
      if (order < 0 || (order === 0 && pages[i]!.town < pages[best]!.town)) best = i;
    }
    if (best === -1) break;
    const page = pages[best]!;
    offsets[page.town] = offsets[page.town]! + 1;
    merged.push({ item: page.items[heads[best]!]!, town: page.town, offsets: { ...offsets } });
    heads[best]!++;
  }
  return merged;
}

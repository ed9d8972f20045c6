import type { Paging } from './check-paging';

/** Which matches of a ranked list a page holds: [start, end), and whether matches lie beyond. */
export interface RankedWindow {
  start: number;
  end: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/**
 * A page of a list ranked in memory (search's), as Relay pages: `after` and `before` narrow
 * the list first (a cursor holds the position just past its match), then `first` takes from
 * the start of what is left, `last` from its end. `hasNextPage` and `hasPreviousPage` say
 * whether the whole list goes on, so that a client paging either way knows when to stop.
 */
export function rankedWindow(total: number, paging: Paging, after: number | undefined, before: number | undefined): RankedWindow {
  const from = Math.min(Math.max(after ?? 0, 0), total);
  // The `before` match sits just before the position its cursor holds.
  const to = Math.max(from, Math.min(before === undefined ? total : before - 1, total));
  const [start, end] = paging.backward ? [Math.max(from, to - paging.size), to] : [from, Math.min(to, from + paging.size)];
  return { start, end, hasNextPage: end < total, hasPreviousPage: start > 0 };
}

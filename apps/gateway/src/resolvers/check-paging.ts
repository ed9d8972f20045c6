import { userInputError } from '../errors';

/** What a page holds when a client gives neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = 20;

/** A page's direction and size: Relay's `first` (and `after`) forward, `last` (and `before`) backward. */
export interface Paging {
  backward: boolean;
  size: number;
}

function pageSize(argument: 'first' | 'last', size: number, maxPageSize: number): number {
  if (!Number.isInteger(size) || size < 0 || size > maxPageSize)
    throw userInputError(`${argument} must be between 0 and ${maxPageSize}, got ${size}.`, { argument });
  return size;
}

/**
 * A page's size and direction, checked before any town is asked: `first` or `last`, a whole
 * number up to the gateway's maximum page size; never both, which the Relay cursor
 * connections spec advises against (a page from both ends is no page a client can hold).
 * Lists and search page alike, and say so in the same words.
 */
export function checkPaging(args: { first?: number | null; last?: number | null }, maxPageSize: number): Paging {
  const { first, last } = args;
  if (first != null && last != null)
    throw userInputError(`first and last cannot be used together: page forward with first and after, or backward with last and before.`, {
      argument: 'last',
    });
  if (last != null) return { backward: true, size: pageSize('last', last, maxPageSize) };
  return { backward: false, size: pageSize('first', first ?? DEFAULT_PAGE_SIZE, maxPageSize) };
}

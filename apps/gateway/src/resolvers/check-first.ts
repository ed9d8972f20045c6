import { userInputError } from '../errors';

/** What a page holds when a client sends `first: null` (the schema's default is the same). */
const DEFAULT_FIRST = 20;

/**
 * A page's `first`, checked before any town is asked: a whole number up to the gateway's
 * maximum page size. Lists and search page alike, and say so in the same words.
 */
export function checkFirst(first: number | null | undefined, maxPageSize: number): number {
  const size = first ?? DEFAULT_FIRST;
  if (!Number.isInteger(size) || size < 0 || size > maxPageSize)
    throw userInputError(`first must be between 0 and ${maxPageSize}, got ${size}.`, { argument: 'first' });
  return size;
}

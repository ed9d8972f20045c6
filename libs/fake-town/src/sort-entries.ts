import type { Entry } from './match-filters';
import type { SortTerm } from './read-sort';
import { toComparable } from './typed-value';

/**
 * Entries in the order SQLite gives: numbers and instants by value, text by code point
 * (SQLite's BINARY collation; a JavaScript string comparison, which differs only past
 * U+FFFF), a missing value before any other (so last when descending). PostgreSQL puts
 * missing values the other way round: the contract lets the gateway rely on neither end.
 * Entries equal on every term keep their stored order, as a database keeps no promise there.
 */
export function sortEntries(entries: Entry[], terms: readonly SortTerm[]): Entry[] {
  return [...entries].sort((a, b) => {
    for (const { field, type, descending } of terms) {
      const [x, y] = [toComparable(type, a[field]), toComparable(type, b[field])];
      if (x === y) continue;
      const order = x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
      return descending ? -order : order;
    }
    return 0;
  });
}

import { describe, expect, it } from 'vitest';
import { documents, idsOf, pathOf, type ContractContext } from './contract-context';

const ev = (...n: number[]) => documents('evt', ...n);
const item = (...n: number[]) => documents('itm', ...n);

interface SortCase {
  title: string;
  kind: string;
  sort: string;
  expected: string[];
  /**
   * Entries without a value, in the order of the next key: SQLite puts them first when
   * ascending and last when descending, PostgreSQL the other way round, so the gateway may
   * rely only on their being together, at one end.
   */
  missing?: string[];
}

const CASES: SortCase[] = [
  {
    title: 'integers by value, not as text',
    kind: 'agenda-item',
    sort: 'sort[0]=order:asc&sort[1]=documentId:asc',
    expected: item(1, 5, 4, 2, 8, 3, 6),
  },
  {
    title: 'integers, descending',
    kind: 'agenda-item',
    sort: 'sort[0]=order:desc&sort[1]=documentId:asc',
    expected: item(6, 3, 8, 2, 4, 1, 5),
  },
  {
    title: 'decimals by value',
    kind: 'event',
    sort: 'sort[0]=price:asc&sort[1]=documentId:asc',
    expected: ev(4, 6, 11, 1, 10, 7, 3, 8, 9, 5),
    missing: ev(2, 12),
  },
  {
    title: 'decimals, descending',
    kind: 'event',
    sort: 'sort[0]=price:desc&sort[1]=documentId:asc',
    expected: ev(5, 8, 9, 3, 7, 10, 1, 11, 6, 4),
    missing: ev(2, 12),
  },
  {
    title: 'instants in time order',
    kind: 'event',
    sort: 'sort[0]=start:asc&sort[1]=documentId:asc',
    expected: ev(5, 3, 6, 7, 1, 2, 8, 9, 10, 11, 4, 12),
  },
  {
    title: 'instants, descending',
    kind: 'event',
    sort: 'sort[0]=start:desc&sort[1]=documentId:desc',
    expected: ev(12, 4, 11, 10, 9, 8, 2, 1, 7, 6, 3, 5),
  },
  { title: 'days', kind: 'organization', sort: 'sort[0]=startDate:asc', expected: documents('org', 1, 2), missing: documents('org', 3) },
  {
    // The order the gateway merges towns' pages in (a code-unit comparison): SQLite's, and
    // PostgreSQL's with the C collation these towns' databases get. A database created with
    // a language's collation ("fr_BE.UTF-8") would fail here, and the gateway's merge with it.
    title: 'text by code point: capitals, then small letters, then accented letters',
    kind: 'event',
    sort: 'sort[0]=name:asc&sort[1]=documentId:asc',
    expected: ev(1, 9, 7, 6, 8, 3, 2, 5, 10, 11, 4, 12),
  },
  { title: "text in the asked locale's words", kind: 'event', sort: 'locale=de&sort[0]=name:asc', expected: ev(6, 1, 4, 10, 3) },
  {
    title: 'booleans, true first when descending',
    kind: 'event',
    sort: 'sort[0]=wheelchairAccessible:desc&sort[1]=documentId:asc',
    expected: ev(1, 4, 3),
    missing: ev(2, 5, 6, 7, 8, 9, 10, 11, 12),
  },
  {
    title: 'enumerations by code',
    kind: 'event',
    sort: 'sort[0]=eventStatus:asc&sort[1]=documentId:asc',
    expected: ev(3, 8, 5, 7, 1, 2, 4, 6, 9, 10, 11, 12),
  },
  {
    title: 'several keys, each in its direction',
    kind: 'event',
    sort: 'sort[0]=eventStatus:asc&sort[1]=start:desc&sort[2]=documentId:asc',
    expected: ev(3, 8, 5, 7, 12, 4, 10, 11, 9, 1, 2, 6),
  },
  {
    title: 'ties broken by documentId, as the gateway always asks last',
    kind: 'event',
    sort: 'sort[0]=start:asc&sort[1]=documentId:desc',
    expected: ev(5, 3, 7, 6, 2, 1, 8, 9, 11, 10, 4, 12),
  },
  {
    title: "Strapi's other spellings: a list in one parameter",
    kind: 'event',
    sort: 'sort=start:desc,documentId:desc',
    expected: ev(12, 4, 11, 10, 9, 8, 2, 1, 7, 6, 3, 5),
  },
  {
    title: "Strapi's other spellings: no direction is ascending",
    kind: 'event',
    sort: 'sort[0]=start&sort[1]=documentId',
    expected: ev(5, 3, 6, 7, 1, 2, 8, 9, 10, 11, 4, 12),
  },
];

/** The order of a list for each kind of value; `missing` marks where databases differ. */
export function defineSortContract({ client }: ContractContext) {
  describe('sort', () => {
    it.each(CASES)('$title', async ({ kind, sort, expected, missing }) => {
      const found = idsOf(await client.all(pathOf(kind), sort));
      if (!missing) return expect(found).toEqual(expected);
      expect([
        [...missing, ...expected],
        [...expected, ...missing],
      ]).toContainEqual(found);
    });
  });
}

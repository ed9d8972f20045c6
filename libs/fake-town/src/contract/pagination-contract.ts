import { describe, expect, it } from 'vitest';
import { idsOf, pathOf, type ContractContext } from './contract-context';

const EVENTS = pathOf('event');
/** A total order, as the gateway always asks: without documentId last, pages could overlap. */
const ORDER = 'sort[0]=start:asc&sort[1]=documentId:asc';

/** Pages and offsets, their totals, and the whole list read piecewise without a gap or a duplicate. */
export function definePaginationContract({ client }: ContractContext) {
  describe('pagination', () => {
    it('by page and page size: every page counts the whole list, and the pages make it up', async () => {
      const whole = idsOf(await client.list(EVENTS, `${ORDER}&pagination[pageSize]=100`));
      expect(whole).toHaveLength(12);
      const paged: string[] = [];
      for (const page of [1, 2, 3]) {
        const { status, body } = await client.get(EVENTS, `${ORDER}&pagination[page]=${page}&pagination[pageSize]=5`);
        expect(status).toBe(200);
        expect(body.meta?.pagination).toEqual({ page, pageSize: 5, pageCount: 3, total: 12 });
        paged.push(...idsOf(body.data));
      }
      expect(paged).toEqual(whole);
    });

    it('by offset and limit: each slice is the slice of the whole list', async () => {
      const whole = idsOf(await client.list(EVENTS, `${ORDER}&pagination[limit]=100`));
      for (const [start, limit] of [
        [0, 5],
        [5, 5],
        [10, 5],
        [3, 1],
      ] as const) {
        const { body } = await client.get(EVENTS, `${ORDER}&pagination[start]=${start}&pagination[limit]=${limit}`);
        expect(body.meta?.pagination).toEqual({ start, limit, total: 12 });
        expect(idsOf(body.data)).toEqual(whole.slice(start, start + limit));
      }
    });

    it.each([
      ['past the last page', 'pagination[page]=4&pagination[pageSize]=5', { page: 4, pageSize: 5, pageCount: 3, total: 12 }, 0],
      ['past the last entry', 'pagination[start]=12', { start: 12, limit: 25, total: 12 }, 0],
      ['no pagination: page 1 of 25', '', { page: 1, pageSize: 25, pageCount: 1, total: 12 }, 12],
      ['a limit alone starts at 0', 'pagination[limit]=3', { start: 0, limit: 3, total: 12 }, 3],
      ['an offset alone takes 25', 'pagination[start]=10', { start: 10, limit: 25, total: 12 }, 2],
      ['a page size of the maximum (100)', 'pagination[pageSize]=100', { page: 1, pageSize: 100, pageCount: 1, total: 12 }, 12],
      ['a limit of the maximum (100)', 'pagination[limit]=100', { start: 0, limit: 100, total: 12 }, 12],
      [
        'the total of a filtered list',
        'filters[price][$null]=true&pagination[pageSize]=1',
        { page: 1, pageSize: 1, pageCount: 2, total: 2 },
        1,
      ],
    ])('%s', async (_, query, meta, count) => {
      const { status, body } = await client.get(EVENTS, `${ORDER}&${query}`);
      expect(status).toBe(200);
      expect(body.meta?.pagination).toEqual(meta);
      expect(body.data).toHaveLength(count);
    });
  });
}

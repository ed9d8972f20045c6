import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { startGatewayOver } from '../testing/gateway-harness';

/** Meetings on the given days of January: days repeat within and across towns, so the merge breaks ties. */
const meetings = (town: string, days: number[]) =>
  days.map((day, i) => ({
    documentId: `${town}mtg${String(i).padStart(18, '0')}`,
    name: `${town} meeting ${i}`,
    start: `2026-01-${String(day).padStart(2, '0')}T18:00:00.000Z`,
    meetingType: 'council',
    locale: 'fr',
  }));
const DAYS: Record<string, number[]> = { ta: [1, 3, 3, 5, 8, 9, 12], tb: [2, 3, 4, 4, 10], tc: [3, 3, 6, 11] };
const TOTAL = 16;

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Page {
  totalCount: number;
  edges: { cursor: string; node: { documentId: string } }[];
  pageInfo: PageInfo;
}
type PageArgs = { first?: number | null; after?: string | null; last?: number | null; before?: string | null; direction?: string };

const PAGE_FIELDS = 'totalCount edges { cursor node { documentId } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const LIST = `query ($first: Int, $after: String, $last: Int, $before: String, $direction: OrderDirection = ASC) {
  list: meetings(orderBy: [{ field: start, direction: $direction }], first: $first, after: $after, last: $last, before: $before) { ${PAGE_FIELDS} }
}`;
const TOWN_LIST = `query ($first: Int, $after: String, $last: Int, $before: String) {
  town(code: "ta") { list: meetings(orderBy: [{ field: start }], first: $first, after: $after, last: $last, before: $before) { ${PAGE_FIELDS} } }
}`;
const ids = (page: Page) => page.edges.map((e) => e.node.documentId);

describe('paging a cross-town list both ways (Relay: first/after, last/before)', () => {
  const towns: FakeTown[] = [];
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  const asked = () => towns.reduce((sum, t) => sum + t.requests.length, 0);

  async function page(args: PageArgs, query = LIST): Promise<Page> {
    const { data, errors } = await gateway.query<{ list?: Page; town?: { list: Page } }>(query, args);
    expect(errors).toBeUndefined();
    return (data?.list ?? data?.town?.list)!;
  }
  async function refused(args: PageArgs) {
    const { data, errors } = await gateway.query<{ list: Page | null }>(LIST, args);
    expect(data?.list ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    return { message: errors![0]!.message, extensions: errors![0]!.extensions };
  }
  /** Every page forward from the start, as Relay's loadNext reads them. */
  async function forward(size: number, query = LIST) {
    const pages: Page[] = [await page({ first: size }, query)];
    while (pages.at(-1)!.pageInfo.hasNextPage && pages.length < 50)
      pages.push(await page({ first: size, after: pages.at(-1)!.pageInfo.endCursor }, query));
    return pages;
  }
  /** Every page backward from the end, as Relay's loadPrevious reads them: first page read first. */
  async function backward(size: number, query = LIST) {
    const pages: Page[] = [await page({ last: size }, query)];
    while (pages.at(-1)!.pageInfo.hasPreviousPage && pages.length < 50)
      pages.push(await page({ last: size, before: pages.at(-1)!.pageInfo.startCursor }, query));
    return pages;
  }

  beforeAll(async () => {
    for (const [code, days] of Object.entries(DAYS)) towns.push(await startFakeTown({ code, entries: { meeting: meetings(code, days) } }));
    gateway = await startGatewayOver(
      towns.map((t, i) => ({ code: Object.keys(DAYS)[i]!, url: t.url })),
      { cacheTtlMs: 0 },
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(towns.map((t) => t.stop()));
  });

  it('gives, backward from the end, exactly the pages forward reversed: edges, cursors and pageInfo', async () => {
    const ahead = await forward(4);
    const back = await backward(4);
    expect(ahead.flatMap(ids)).toHaveLength(TOTAL);
    expect(new Set(ahead.flatMap(ids)).size).toBe(TOTAL);
    expect(back.map((p) => p.edges)).toEqual(ahead.map((p) => p.edges).reverse());
    expect(back.map((p) => [p.pageInfo.startCursor, p.pageInfo.endCursor])).toEqual(
      ahead.map((p) => [p.pageInfo.startCursor, p.pageInfo.endCursor]).reverse(),
    );
    // Each way knows where it is from the offsets: forward pages after the first have previous ones,
    // backward pages before a cursor have next ones; the list's ends have none.
    const flags = (p: Page) => [p.pageInfo.hasPreviousPage, p.pageInfo.hasNextPage];
    expect(ahead.map(flags)).toEqual([
      [false, true],
      [true, true],
      [true, true],
      [true, false],
    ]);
    expect(back.map(flags)).toEqual([
      [true, false],
      [true, true],
      [true, true],
      [false, true],
    ]);
    expect([...ahead, ...back].every((p) => p.totalCount === TOTAL)).toBe(true);
  });

  it.each([1, 3, 5, 7])('gives the same list backward as forward in pages of %i, the short page first', async (size) => {
    const ahead = await forward(size);
    const back = await backward(size);
    expect(back.reverse().flatMap((p) => p.edges)).toEqual(ahead.flatMap((p) => p.edges));
    expect(back[0]!.edges).toHaveLength(TOTAL % size || size);
  });

  it('pages backward in descending order too', async () => {
    const all = (await page({ first: TOTAL, direction: 'DESC' })).edges;
    const pages: Page[] = [await page({ last: 6, direction: 'DESC' })];
    while (pages.at(-1)!.pageInfo.hasPreviousPage && pages.length < 10)
      pages.push(await page({ last: 6, before: pages.at(-1)!.pageInfo.startCursor, direction: 'DESC' }));
    expect(pages.reverse().flatMap((p) => p.edges)).toEqual(all);
    expect(all[0]!.node.documentId).toBe('tamtg000000000000000006');
  });

  it("takes any edge's cursor with after and with before", async () => {
    const all = (await forward(TOTAL)).flatMap((p) => p.edges);
    for (const at of [0, 5, 9, TOTAL - 1]) {
      const cursor = all[at]!.cursor;
      const next = await page({ first: 3, after: cursor });
      expect(next.edges).toEqual(all.slice(at + 1, at + 4));
      const previous = await page({ last: 3, before: cursor });
      expect(previous.edges).toEqual(all.slice(Math.max(0, at - 3), at));
      expect(previous.pageInfo).toMatchObject({ hasPreviousPage: at > 3, hasNextPage: true });
    }
  });

  it('pages within a window when given both after and before, from its start or its end', async () => {
    const all = (await forward(TOTAL)).flatMap((p) => p.edges);
    const window = { after: all[3]!.cursor, before: all[10]!.cursor };
    const fromStart = await page({ first: 4, ...window });
    expect(fromStart.edges).toEqual(all.slice(4, 8));
    expect(fromStart.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const rest = await page({ first: 4, after: fromStart.pageInfo.endCursor, before: window.before });
    expect(rest.edges).toEqual(all.slice(8, 10));
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const fromEnd = await page({ last: 4, ...window });
    expect(fromEnd.edges).toEqual(all.slice(6, 10));
    expect(fromEnd.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const start = await page({ last: 4, after: window.after, before: fromEnd.pageInfo.startCursor });
    expect(start.edges).toEqual(all.slice(4, 6));
    expect(start.pageInfo.hasPreviousPage).toBe(false);
  });

  it('gives the end of the list for last without before', async () => {
    const all = (await forward(TOTAL)).flatMap((p) => p.edges);
    const seen = towns.map((t) => t.requests.length);
    const end = await page({ last: 5 });
    expect(end.edges).toEqual(all.slice(-5));
    // One read per town, of at most the page, taken from its end: no town is counted first.
    const reads = towns.map((t, i) => t.requests.slice(seen[i]).filter((r) => r.includes('/meetings?')));
    expect(reads.map((r) => r.length)).toEqual([1, 1, 1]);
    for (const [read] of reads) expect(new URLSearchParams(read!.split('?')[1]).get('pagination[limit]')).toBe('5');
    expect(end.pageInfo).toEqual({
      hasPreviousPage: true,
      hasNextPage: false,
      startCursor: all.at(-5)!.cursor,
      endCursor: all.at(-1)!.cursor,
    });
    const whole = await page({ last: 100 });
    expect(whole.edges).toEqual(all);
    expect(whole.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: false });
    expect(await page({ last: 0 })).toMatchObject({ edges: [], totalCount: TOTAL, pageInfo: { startCursor: null, endCursor: null } });
  });

  it("gives the other towns' end of the list when a town fails, and names it", async () => {
    const all = (await forward(TOTAL)).flatMap((p) => p.edges);
    towns[1]!.setFault('error500', '/meetings');
    try {
      const { data, errors } = await gateway.query<{ list: Page & { missingTowns: string[] } }>(
        `query { list: meetings(orderBy: [{ field: start }], last: 4) { missingTowns ${PAGE_FIELDS} } }`,
      );
      expect(data?.list.missingTowns).toEqual(['tb']);
      expect(errors?.map((e) => [e.extensions?.code, e.extensions?.town])).toEqual([['TOWN_BAD_RESPONSE', 'tb']]);
      expect(ids(data!.list)).toEqual(
        all
          .map((e) => e.node.documentId)
          .filter((id) => !id.startsWith('tb'))
          .slice(-4),
      );
    } finally {
      towns[1]!.setFault('none');
    }
  });

  it("pages a town's own list both ways", async () => {
    const ahead = await forward(3, TOWN_LIST);
    const back = await backward(3, TOWN_LIST);
    expect(ahead.flatMap(ids)).toEqual(meetings('ta', DAYS.ta!).map((m) => m.documentId));
    expect(back.reverse().flatMap((p) => p.edges)).toEqual(ahead.flatMap((p) => p.edges));
    expect(back[0]!.totalCount).toBe(DAYS.ta!.length);
  });

  describe('refuses, before any town is asked, as BAD_USER_INPUT', () => {
    it('first with last, saying why', async () => {
      const before = asked();
      const { message, extensions } = await refused({ first: 2, last: 2 });
      expect(message).toBe('first and last cannot be used together: page forward with first and after, or backward with last and before.');
      expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'last' });
      expect(asked()).toBe(before);
    });

    it.each([
      [-1, 'last must be between 0 and 100, got -1.'],
      [101, 'last must be between 0 and 100, got 101.'],
    ])('last %i', async (last, expected) => {
      const before = asked();
      const { message, extensions } = await refused({ last });
      expect(message).toBe(expected);
      expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'last' });
      expect(asked()).toBe(before);
    });

    it("another list's cursor, or none of ours, as before or after", async () => {
      const descending = await page({ first: 2, direction: 'DESC' });
      const townCursor = (await page({ first: 2 }, TOWN_LIST)).pageInfo.endCursor;
      const ours = (await page({ first: 2 })).pageInfo.endCursor!;
      const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(ours, 'base64url').toString()), e: ['tz', 0] })).toString(
        'base64url',
      );
      const before = asked();
      for (const argument of ['before', 'after'] as const) {
        for (const cursor of [descending.pageInfo.endCursor, townCursor]) {
          const { message, extensions } = await refused({ [argument === 'before' ? 'last' : 'first']: 2, [argument]: cursor });
          expect(message).toBe(`${argument}: this cursor belongs to another list (other kind, towns, filters, order or locale).`);
          expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
        }
        for (const cursor of ['not-a-cursor', Buffer.from('null').toString('base64url'), forged]) {
          const { message, extensions } = await refused({ [argument === 'before' ? 'last' : 'first']: 2, [argument]: cursor });
          expect([message, extensions?.code]).toEqual([`${argument}: not a cursor of this gateway.`, 'BAD_USER_INPUT']);
        }
      }
      expect(asked()).toBe(before);
    });
  });
});

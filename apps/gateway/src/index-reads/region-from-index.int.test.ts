import { buildCouncilFixture, type FakeTown, startFakeTown } from '@communes/fake-town';
import { type IndexDatabase, openEmbeddedIndex } from '@communes/regional-index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayOver } from '../testing/gateway-harness';
import { indexTown } from '../testing/index-towns';

type Page = {
  nodes: { documentId: string; town: { code: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
  missingTowns: string[];
  complete: boolean;
  source: 'LIVE' | 'INDEX';
  freshness: { oldestSync: string | null; behind: string[]; failing: string[] };
};
type Gateway = Awaited<ReturnType<typeof startGatewayOver>>;

/** Two towns' councils, one with a meeting whose name has an accent; alpha's meetings fall on the same days as beta's. */
function councilOf(town: string) {
  const council = buildCouncilFixture(40);
  council.meeting = council.meeting.map((m, i) => ({
    ...m,
    name: i === 7 ? `Séance du conseil à Liège (${town})` : `${m.name} ${town}`,
    // Some meetings without an end: missing values sort last either way.
    ...(i % 5 === 0 ? {} : { end: m.start.replace('18:00', '20:00') }),
  }));
  return council;
}

const PAGE = `query ($first: Int, $after: String, $last: Int, $before: String, $orderBy: [MeetingOrder!], $filters: MeetingFiltersInput, $towns: [String!]) {
  meetings(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filters: $filters, towns: $towns) {
    nodes { documentId town { code } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    totalCount missingTowns complete source freshness { oldestSync behind failing }
  }
}`;

const ids = (page: Page) => page.nodes.map((n) => `${n.town.code}/${n.documentId}`);

describe('region-wide lists and search from the regional index', () => {
  let alpha: FakeTown;
  let beta: FakeTown;
  let index: IndexDatabase;
  let indexed: Gateway;
  let live: Gateway;

  beforeAll(async () => {
    const councils = { alpha: councilOf('alpha'), beta: councilOf('beta') };
    alpha = await startFakeTown({ code: 'alpha', entries: councils.alpha });
    beta = await startFakeTown({ code: 'beta', entries: councils.beta });
    index = await openEmbeddedIndex({});
    await indexTown(index, 'alpha', councils.alpha);
    await indexTown(index, 'beta', councils.beta);
    const towns = [
      { code: 'alpha', url: alpha.url },
      { code: 'beta', url: beta.url },
    ];
    indexed = await startGatewayOver(towns, { index, cacheTtlMs: 0 });
    live = await startGatewayOver(towns, { cacheTtlMs: 0 });
  }, 120_000);

  afterAll(async () => {
    await indexed?.stop();
    await live?.stop();
    await alpha?.stop();
    await beta?.stop();
    await index?.close();
  });

  const read = async (gateway: Gateway, variables: Record<string, unknown>) => {
    const { data, errors } = await gateway.query<{ meetings: Page }>(PAGE, variables);
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    return data!.meetings;
  };

  /** Every entry of a list, paging forward (or backward) by `size`. */
  const everything = async (gateway: Gateway, variables: Record<string, unknown>, size: number, backward = false) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let n = 0; n < 50; n++) {
      const page = await read(gateway, { ...variables, ...(backward ? { last: size, before: cursor } : { first: size, after: cursor }) });
      seen.splice(backward ? 0 : seen.length, 0, ...ids(page));
      if (!(backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage)) return seen;
      cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  };

  it.each([
    ['the default order', {}],
    ['a name order', { orderBy: [{ field: 'name', direction: 'ASC' }] }],
    ['an end order, missing values last', { orderBy: [{ field: 'end', direction: 'DESC' }] }],
    ['a date filter', { filters: { start: { gte: '2026-01-20T00:00:00.000Z' } }, orderBy: [{ field: 'start', direction: 'ASC' }] }],
    ['a relation filter', { filters: { organizations: { documentId: { eq: 'org000000000000000000002' } } } }],
  ])('gives the same entries in the same order as the towns, paged either way: %s', async (_, variables) => {
    const fromTowns = await read(live, { ...variables, first: 100 });
    const fromIndex = await read(indexed, { ...variables, first: 100 });
    expect(fromTowns.source).toBe('LIVE');
    expect(fromIndex.source).toBe('INDEX');
    expect(fromIndex.totalCount).toBe(fromTowns.totalCount);
    expect(ids(fromIndex)).toEqual(ids(fromTowns));
    expect(fromIndex.nodes.length).toBeGreaterThan(0);
    expect(await everything(indexed, variables, 7)).toEqual(ids(fromTowns));
    expect(await everything(indexed, variables, 9, true)).toEqual(ids(fromTowns));
  });

  it("exports what the towns list, with the lists' filters, a relation's too", async () => {
    const filters = { organizations: { documentId: { eq: 'org000000000000000000002' } }, start: { gte: '2026-01-20T00:00:00.000Z' } };
    const fromTowns = await read(live, { filters, first: 100 });
    const query = 'filters[organizations][documentId][eq]=org000000000000000000002&filters[start][gte]=2026-01-20T00:00:00.000Z';
    const response = await fetch(`${new URL(indexed.url).origin}/export/meetings.ndjson?${query}`);
    expect(response.status).toBe(200);
    const rows = (await response.text())
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { town: string; documentId: string });
    expect(rows.map((row) => `${row.town}/${row.documentId}`).sort()).toEqual(ids(fromTowns).sort());
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(80);
  });

  it('says how fresh and complete a region is, and reads one town live', async () => {
    const page = await read(indexed, { first: 1 });
    expect(page).toMatchObject({ complete: true, missingTowns: [], freshness: { behind: [], failing: [] } });
    expect(Date.now() - Date.parse(page.freshness.oldestSync!)).toBeLessThan(120_000);
    expect((await read(indexed, { first: 1, towns: ['alpha'] })).source).toBe('LIVE');
    const { data } = await indexed.query<{ town: { meetings: { source: string } } }>(
      '{ town(code: "beta") { meetings(first: 1) { source } } }',
    );
    expect(data?.town.meetings.source).toBe('LIVE');
  });

  it("refuses a live list's cursor, a forged key and garbage with BAD_USER_INPUT", async () => {
    const liveCursor = (await read(live, { first: 2 })).pageInfo.endCursor;
    const indexCursor = (await read(indexed, { first: 2 })).pageInfo.endCursor!;
    const decoded = JSON.parse(Buffer.from(indexCursor, 'base64url').toString('utf8'));
    const forged = (key: unknown) => Buffer.from(JSON.stringify({ ...decoded, k: key })).toString('base64url');
    for (const after of [liveCursor, forged([{ $gt: '' }, 'x', 'alpha']), forged(["'; drop table index_entries; --", 'x']), 'garbage']) {
      const { errors } = await indexed.query(PAGE, { first: 2, after });
      expect(errors?.[0]?.extensions?.code, String(after)).toBe('BAD_USER_INPUT');
    }
    // A key with text where the order has text, however hostile, is only a place in the order.
    const { errors } = await indexed.query(PAGE, { first: 2, after: forged(["'; drop table index_entries; --", 'x', 'alpha']) });
    expect(errors).toBeUndefined();
    expect((await read(indexed, { first: 100 })).totalCount).toBe(80);
  });

  it('searches the region folded and stemmed, and counts every match', async () => {
    const { data, errors } = await indexed.query<{
      search: { nodes: { name: string }[]; totalCount: number; source: string; complete: boolean };
    }>('{ search(text: "seances liege", first: 10) { nodes { ... on Meeting { name } } totalCount source complete } }');
    expect(errors).toBeUndefined();
    expect(data?.search.source).toBe('INDEX');
    expect(data?.search.nodes.map((n) => n.name).sort()).toEqual(['Séance du conseil à Liège (alpha)', 'Séance du conseil à Liège (beta)']);
    expect(data?.search.totalCount).toBe(2);
  });

  it("costs a region's page read from the index as one read, not one per town", async () => {
    const towns = [
      { code: 'alpha', url: alpha.url },
      { code: 'beta', url: beta.url },
    ];
    // A page of 30 over two towns: 30 from the index, 60 from the towns; the limit between.
    const [fromIndex, fromTowns] = [
      await startGatewayOver(towns, { index, cacheTtlMs: 0, maxCost: 45 }),
      await startGatewayOver(towns, { cacheTtlMs: 0, maxCost: 45 }),
    ];
    try {
      const query = '{ meetings(first: 30) { totalCount } }';
      expect((await fromIndex.query(query)).errors).toBeUndefined();
      expect((await fromTowns.query(query)).errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COSTLY']);
    } finally {
      await fromIndex.stop();
      await fromTowns.stop();
    }
  });

  it('names a town the index never harvested as missing, and reads the towns when it holds none or is gone', async () => {
    const gamma = await startFakeTown({ code: 'gamma', entries: buildCouncilFixture(3) });
    const withGamma = await startGatewayOver(
      [
        { code: 'alpha', url: alpha.url },
        { code: 'gamma', url: gamma.url },
      ],
      { index, cacheTtlMs: 0 },
    );
    try {
      const { data, errors } = await withGamma.query<{ meetings: Page }>(PAGE, { first: 100 });
      expect(data?.meetings).toMatchObject({ source: 'INDEX', complete: false, missingTowns: ['gamma'], totalCount: 40 });
      expect(data?.meetings.freshness).toMatchObject({ oldestSync: null, behind: ['gamma'] });
      expect(errors?.map((e) => [e.extensions?.code, e.extensions?.town])).toEqual([['TOWN_UNAVAILABLE', 'gamma']]);
    } finally {
      await withGamma.stop();
      await gamma.stop();
    }
    const other = await openEmbeddedIndex({});
    const gone = await startGatewayOver(
      [
        { code: 'alpha', url: alpha.url },
        { code: 'beta', url: beta.url },
      ],
      { index: other, cacheTtlMs: 0 },
    );
    try {
      // An index that holds none of the towns yet (a region just set up): the towns answer, whole.
      const fresh = await read(gone, { first: 3 });
      expect(fresh).toMatchObject({ source: 'LIVE', complete: true, totalCount: 80 });
      await other.close();
      const page = await read(gone, { first: 3 });
      expect(page.source).toBe('LIVE');
      expect(page.nodes).toHaveLength(3);
    } finally {
      await gone.stop();
    }
  });
});

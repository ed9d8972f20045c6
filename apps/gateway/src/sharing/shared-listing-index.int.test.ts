import { type FakeTown, startFakeTown } from '@communes/fake-town';
import { type IndexDatabase, openEmbeddedIndex } from '@communes/regional-index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayOver } from '../testing/gateway-harness';
import { indexTown } from '../testing/index-towns';

const event = (town: string, i: number, channels: string[] = [], sharedWithMembers: string[] = []) => ({
  documentId: `${town}${String(i).padStart(24 - town.length, '0')}`,
  name: `${town} event ${i}`,
  // Towns' events on the same days: the order's tie-breaks (documentId, town) decide.
  start: `2027-03-${String((i % 9) + 10).padStart(2, '0')}T18:00:00.000Z`,
  eventStatus: 'scheduled',
  locale: 'fr',
  channels,
  sharedWithMembers,
});

/**
 * Seneffe shares one event in three into Wallonia, one in four into Hainaut and one in five with
 * Sambreville by name; Liège one in two into its province, its event 2 with Eupen and its event 4
 * with Seneffe by name.
 */
const EVENTS: Record<string, Record<string, unknown>[]> = {
  seneffe: Array.from({ length: 24 }, (_, i) =>
    event('seneffe', i, [...(i % 3 === 1 ? ['wallonia'] : []), ...(i % 4 === 2 ? ['hainaut'] : [])], i % 5 === 0 ? ['sambreville'] : []),
  ),
  sambreville: Array.from({ length: 8 }, (_, i) => event('sambreville', i)),
  eupen: Array.from({ length: 6 }, (_, i) => event('eupen', i, i === 0 ? ['liege'] : [])),
  liege: Array.from({ length: 10 }, (_, i) => event('liege', i, i % 2 ? ['liege'] : [], i === 2 ? ['eupen'] : i === 4 ? ['seneffe'] : [])),
};
/** Sambreville follows Wallonia and Eupen's listing; Eupen follows Sambreville's (a loop) and its province. */
const SUBSCRIPTIONS: Record<string, string[]> = { sambreville: ['wallonia', 'member:eupen'], eupen: ['member:sambreville', 'liege'] };

type Listing = {
  nodes: { documentId: string; town: { code: string } }[];
  totalCount: number;
  source: 'LIVE' | 'INDEX';
  missingTowns: string[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
};
type Gateway = Awaited<ReturnType<typeof startGatewayOver>>;
const QUERY = `query ($first: Int, $after: String, $shared: Boolean) {
  town(code: "sambreville") { events(first: $first, after: $after, shared: $shared) {
    nodes { documentId town { code } } totalCount source missingTowns pageInfo { endCursor hasNextPage } } }
}`;

/** A shared listing from the regional index: one query, however many towns the subscriptions reach. */
describe('shared listings from the regional index', () => {
  const towns: Record<string, FakeTown> = {};
  let index: IndexDatabase;
  let indexed: Gateway;
  let live: Gateway;

  beforeAll(async () => {
    index = await openEmbeddedIndex({});
    for (const [code, events] of Object.entries(EVENTS)) {
      towns[code] = await startFakeTown({ code, entries: { event: events }, subscriptions: SUBSCRIPTIONS[code] ?? [] });
      await indexTown(index, code, { event: events });
    }
    const registry = Object.entries(towns).map(([code, town]) => ({ code, url: town.url }));
    indexed = await startGatewayOver(registry, { index, cacheTtlMs: 0 });
    live = await startGatewayOver(registry, { cacheTtlMs: 0 });
  }, 120_000);

  afterAll(async () => {
    await Promise.all([indexed?.stop(), live?.stop()]);
    await Promise.all(Object.values(towns).map((t) => t.stop()));
    await index?.close();
  });

  const read = async (gateway: Gateway, variables: Record<string, unknown>) => {
    const { data, errors } = await gateway.query<{ town: { events: Listing } }>(QUERY, variables);
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    return data!.town.events;
  };
  const ids = (listing: Listing) => listing.nodes.map((n) => `${n.town.code}/${n.documentId}`);

  it('gives what the towns give, in the same order, with the same count', async () => {
    const fromTowns = await read(live, { shared: true, first: 100 });
    const fromIndex = await read(indexed, { shared: true, first: 100 });
    expect([fromTowns.source, fromIndex.source]).toEqual(['LIVE', 'INDEX']);
    expect(ids(fromIndex)).toEqual(ids(fromTowns));
    expect(fromIndex.totalCount).toBe(fromTowns.totalCount);
    expect(fromIndex.missingTowns).toEqual([]);
    // Its own 8, Eupen's 6 (followed whole), Seneffe's 8 shared into Wallonia and 4 more shared with Sambreville by
    // name, and Liège's 5 shared into its province, which Eupen follows in turn, and 1 shared with Eupen by name; not
    // Seneffe's shared into Hainaut only, Liège's shared with Seneffe, nor Liège's not shared.
    const counts: Record<string, number> = {};
    for (const node of fromIndex.nodes) counts[node.town.code] = (counts[node.town.code] ?? 0) + 1;
    expect(counts).toEqual({
      sambreville: 8,
      eupen: 6,
      seneffe: 12,
      liege: 6,
    });
    expect(fromIndex.totalCount).toBe(32);
  });

  it('filters on the members an entry is shared with as the towns do', async () => {
    const query = `{ events(first: 100, filters: { sharedWithMembers: { containsAny: ["eupen", "seneffe"] } }) {
      nodes { documentId town { code } } totalCount source } }`;
    const [fromTowns, fromIndex] = await Promise.all(
      [live, indexed].map(async (gateway) => (await gateway.query<{ events: Listing }>(query)).data!.events),
    );
    expect([fromTowns!.source, fromIndex!.source]).toEqual(['LIVE', 'INDEX']);
    expect(ids(fromIndex!)).toEqual(ids(fromTowns!));
    // Liège's event 2 (with Eupen) and 4 (with Seneffe).
    expect(fromIndex!.totalCount).toBe(2);
  });

  it('pages with its own cursors, and refuses a plain listing’s', async () => {
    const all = ids(await read(live, { shared: true, first: 100 }));
    const seen: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < 20; n++) {
      const page = await read(indexed, { shared: true, first: 5, after });
      expect(page.source).toBe('INDEX');
      seen.push(...ids(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    const plain = await read(indexed, { first: 2 });
    const { errors } = await indexed.query(QUERY, { shared: true, first: 2, after: plain.pageInfo.endCursor });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

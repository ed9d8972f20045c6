import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTownFixture } from './run-town-fixture';
import { type SeededRegion, startSeededRegion } from './seeded-region';
import { createTownHttpClient } from './town-http-client';

type Entry = { documentId: string; town: { code: string }; channels: string[]; sharedWithMembers: string[] };
/** Two entries a town shared with members by name: one published so, one whose draft only names them. */
type SharedByName = { published: string; draftOnly: string };
type Page = { nodes: Entry[]; totalCount: number; missingTowns: string[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

const WHOLE_RANGE = 'from=2000-01-01&to=2100-01-01';

/**
 * Members populate each other's listings, on three real towns: Seneffe shares some events
 * and news into the Walloon channel and some into Hainaut's; Sambreville follows Wallonia
 * and Eupen's whole listing; Eupen follows Hainaut and Sambreville's listing: a loop, and
 * Seneffe's Walloon entries reach Eupen through Sambreville. Seneffe also shares an event with
 * Sambreville by name, and Eupen a news item with Seneffe.
 */
describe('sharing between three real towns', () => {
  let region: SeededRegion;
  const byName: Record<string, SharedByName> = {};

  const graphql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${region.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  };
  /** A town's whole listing of a kind, every page, through `Town.<list>` as a town website reads it. */
  const listing = async (town: string, field: 'events' | 'newsItems', shared: boolean) => {
    const entries: Entry[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const answer: { data?: { town: { list: Page } }; errors?: unknown[] } = await graphql(
        `query($code: String!, $after: String, $shared: Boolean) { town(code: $code) { list: ${field}(first: 100, after: $after, shared: $shared) { nodes { documentId town { code } channels sharedWithMembers } totalCount missingTowns pageInfo { hasNextPage endCursor } } } }`,
        { code: town, after, shared },
      );
      expect(answer.errors).toBeUndefined();
      const page = answer.data!.town.list;
      expect(page.missingTowns).toEqual([]);
      entries.push(...page.nodes);
      totalCount = page.totalCount;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(entries).toHaveLength(totalCount);
    return entries;
  };
  /** What a town publishes of a kind, from its own REST API (published entries only, as the public reads them). */
  const published = async (town: string, path: string, query = '') =>
    (await createTownHttpClient(region.towns[town]!.api).all(path, query)).map((e) => String(e.documentId));
  const sharedInto = (town: string, path: string, channel: string) => published(town, path, `filters[channels][$contains]="${channel}"`);
  const sharedWith = (town: string, path: string, member: string) =>
    published(town, path, `filters[sharedWithMembers][$contains]="${member}"`);
  /**
   * What Seneffe shares where both Sambreville and Eupen read it: into Wallonia; into Hainaut
   * (Eupen's, through Eupen's listing); with Sambreville by name (its seed shares one in ten).
   */
  const seneffeShared = async (path: string) =>
    [
      ...new Set([
        ...(await sharedInto('seneffe', path, 'wallonia')),
        ...(await sharedInto('seneffe', path, 'hainaut')),
        ...(await sharedWith('seneffe', path, 'sambreville')),
      ]),
    ].sort();
  const ids = (entries: Entry[], town?: string) =>
    entries
      .filter((e) => !town || e.town.code === town)
      .map((e) => e.documentId)
      .sort();
  const get = async (path: string) => {
    const response = await fetch(`${region.origin}${path}`);
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    region = await startSeededRegion({
      towns: ['seneffe', 'sambreville', 'eupen'],
      scale: 0.15,
      townEnv: {
        sambreville: { TOWN_SUBSCRIPTIONS: 'wallonia,member:eupen' },
        eupen: { TOWN_SUBSCRIPTIONS: 'hainaut,member:sambreville' },
      },
      beforeStart: async ({ code, env }) => {
        const share = {
          seneffe: { SHARE_KIND: 'plugin::communes-agenda.event', SHARE_WITH: 'sambreville' },
          eupen: { SHARE_KIND: 'plugin::communes-news.news-item', SHARE_WITH: 'seneffe' },
        }[code];
        if (share) byName[code] = await runTownFixture<SharedByName>('share-with-members.js', { ...env, ...share });
      },
    });
  }, 600_000);

  afterAll(async () => {
    await region?.stop();
  });

  it("lists Seneffe's events shared into Wallonia in Sambreville's listing, as Seneffe's, each once, and nothing else of Seneffe's", async () => {
    const own = await listing('sambreville', 'events', false);
    expect(new Set(own.map((e) => e.town.code))).toEqual(new Set(['sambreville']));
    const shared = await listing('sambreville', 'events', true);
    const walloon = await sharedInto('seneffe', '/communes-agenda/events', 'wallonia');
    expect(walloon.length).toBeGreaterThan(0);
    // Exactly the published ones: Seneffe's seeded drafts shared into Wallonia are not there;
    // its Hainaut ones come through Eupen's listing, which Sambreville follows; and the one it
    // shared with Sambreville by name, not the one whose draft only names Sambreville.
    const { published: withSambreville, draftOnly } = byName.seneffe!;
    const expected = await seneffeShared('/communes-agenda/events');
    // The seed's own, and the fixture's.
    expect((await sharedWith('seneffe', '/communes-agenda/events', 'sambreville')).length).toBeGreaterThan(1);
    expect(expected).toContain(withSambreville);
    expect(ids(shared, 'seneffe')).toEqual(expected);
    for (const id of [...walloon, withSambreville])
      expect(shared.filter((e) => e.documentId === id).map((e) => e.town.code)).toEqual(['seneffe']);
    expect(shared.find((e) => e.documentId === withSambreville)?.sharedWithMembers).toEqual(['sambreville']);
    expect(ids(shared)).not.toContain(draftOnly);
    expect(
      shared
        .filter((e) => e.town.code === 'seneffe')
        .every((e) => e.channels.includes('wallonia') || e.channels.includes('hainaut') || e.sharedWithMembers.includes('sambreville')),
    ).toBe(true);
    expect(new Set(ids(shared)).size).toBe(shared.length);
    // Its own and the whole of Eupen's, which it follows.
    expect(ids(shared, 'sambreville')).toEqual(ids(own));
    expect(ids(shared, 'eupen')).toEqual((await published('eupen', '/communes-agenda/events')).sort());
  });

  it("lists a news item Eupen shared with Seneffe by name in Seneffe's listing, as Eupen's, and not its draft's choice", async () => {
    const { published, draftOnly } = byName.eupen!;
    const shared = await listing('seneffe', 'newsItems', true);
    expect(shared.filter((e) => e.documentId === published).map((e) => e.town.code)).toEqual(['eupen']);
    expect(ids(shared)).not.toContain(draftOnly);
    expect(shared.find((e) => e.documentId === published)?.sharedWithMembers).toEqual(['seneffe']);
    expect(ids(await listing('seneffe', 'newsItems', false))).not.toContain(published);
  });

  it("follows a member's subscriptions in turn and ends on the loop: Eupen gets Seneffe's Walloon entries through Sambreville", async () => {
    const shared = await listing('eupen', 'newsItems', true);
    const expected = await seneffeShared('/communes-news/news-items');
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(shared, 'seneffe')).toEqual(expected);
    expect(ids(shared, 'sambreville')).toEqual((await published('sambreville', '/communes-news/news-items')).sort());
    expect(new Set(ids(shared)).size).toBe(shared.length);
  });

  it("serves a town's calendar and news feed with what it follows, and refuses shared where it means nothing", async () => {
    const fromSeneffe = (text: string, block: string) =>
      text.split(`BEGIN:${block}`).filter((part) => part.includes('commune de Seneffe')).length;
    const seneffeEvents = await seneffeShared('/communes-agenda/events');
    const own = await get(`/calendar/events.ics?town=sambreville&${WHOLE_RANGE}&limit=2000`);
    const shared = await get(`/calendar/events.ics?town=sambreville&${WHOLE_RANGE}&limit=2000&shared=true`);
    expect([own.status, shared.status]).toEqual([200, 200]);
    expect(fromSeneffe(own.text, 'VEVENT')).toBe(0);
    expect(fromSeneffe(shared.text, 'VEVENT')).toBe(seneffeEvents.length);

    const feed = await get('/feeds/news.atom?town=sambreville&shared=true&limit=100');
    expect(feed.status).toBe(200);
    const entries = feed.text.split('<entry>').slice(1);
    expect(entries.filter((e) => e.includes('commune de Seneffe'))).toHaveLength((await seneffeShared('/communes-news/news-items')).length);
    // Its own feed, not the town's: the id says what it follows.
    expect(feed.text).toContain('<id>urn:communes:feed:news:town=sambreville&amp;shared=true</id>');

    for (const [path, status] of [
      ['/calendar/events.ics?town=sambreville&shared=yes', 400],
      ['/calendar/meetings.ics?town=sambreville&shared=true', 400],
      ['/export/events.csv?town=sambreville&shared=true', 400],
    ] as const)
      expect((await get(path)).status, path).toBe(status);
  });
});

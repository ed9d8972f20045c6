import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway } from '@communes/gateway';
import { DEMO_TOWNS } from '@communes/seed';
import { seedTownCached } from './seed-town-cached';
import { startTownProcess } from '@communes/town';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTownHttpClient } from './town-http-client';

const SCALE = 0.15;
const TOWNS = ['eupen', 'seneffe'].map((code) => DEMO_TOWNS.find((t) => t.code === code)!);
type Gql<T> = { data?: T; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] };
type Meeting = {
  id: string;
  documentId: string;
  name: string;
  start: string;
  locale: string;
  town: { code: string };
  agendaItems: { name: string; meeting: { documentId: string } }[];
};

/** The gateway as front ends meet it: over HTTP, over two real, seeded towns. */
describe('the gateway over two real towns', () => {
  const root = mkdtempSync(join(tmpdir(), 'communes-gateway-e2e-'));
  const towns: Record<string, Awaited<ReturnType<typeof startTownProcess>>> = {};
  let gateway: Awaited<ReturnType<typeof startGateway>>;

  const query = async <T>(text: string, variables: Record<string, unknown> = {}): Promise<Gql<T>> => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: text, variables }),
    });
    return (await response.json()) as Gql<T>;
  };
  const restTotal = async (town: string, path: string, q = '') =>
    (await createTownHttpClient(towns[town]!.api).get(path, `pagination[pageSize]=1${q ? `&${q}` : ''}`)).body.meta!.pagination.total;

  beforeAll(async () => {
    await Promise.all(TOWNS.map((town) => seedTownCached({ town: town.code, scale: SCALE, dataDir: join(root, town.code) })));
    for (const town of TOWNS) {
      towns[town.code] = await startTownProcess({
        env: {
          TOWN_CODE: town.code,
          TOWN_NAME: town.name,
          TOWN_LOCALES: town.locales.join(','),
          TOWN_DATA_DIR: join(root, town.code),
          DATABASE_URL: '',
        },
      });
    }
    const registryFile = join(root, 'towns.json');
    writeFileSync(
      registryFile,
      JSON.stringify({
        towns: TOWNS.map((t) => ({ code: t.code, name: t.name, url: towns[t.code]!.url, locales: t.locales, groups: t.groups })),
      }),
    );
    gateway = await startGateway({ registryFile, port: 0, logLevel: 'silent', cacheTtlMs: 0 });
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(Object.values(towns).map((t) => t.stop()));
    rmSync(root, { recursive: true, force: true });
  });

  it('lists the towns with their status and plugins', async () => {
    const { data } = await query<{ towns: { code: string; status: { state: string }; plugins: { domain: string }[] }[] }>(
      '{ towns { code status { state } plugins { domain } } }',
    );
    expect(data?.towns.map((t) => t.code).sort()).toEqual(['eupen', 'seneffe']);
    expect(data?.towns.every((t) => t.status.state === 'UP' && t.plugins.length === 8)).toBe(true);
  });

  it("queries one town, and a group, with the towns' own counts", async () => {
    const eupen = await restTotal('eupen', '/communes-council/meetings');
    const seneffe = await restTotal('seneffe', '/communes-council/meetings');
    const one = await query<{ town: { meetings: { totalCount: number } } }>('{ town(code: "eupen") { meetings { totalCount } } }');
    expect(one.data?.town.meetings.totalCount).toBe(eupen);
    const all = await query<{ meetings: { totalCount: number } }>('{ meetings(group: "wallonia") { totalCount } }');
    expect(all.data?.meetings.totalCount).toBe(eupen + seneffe);
  });

  it('filters and orders across towns', async () => {
    const held =
      (await restTotal('eupen', '/communes-council/meetings', 'filters[meetingState][$eq]=held')) +
      (await restTotal('seneffe', '/communes-council/meetings', 'filters[meetingState][$eq]=held'));
    const { data } = await query<{ meetings: { totalCount: number; nodes: Meeting[] } }>(
      '{ meetings(first: 100, filters: { meetingState: { eq: held } }, orderBy: [{ field: start, direction: DESC }]) { totalCount nodes { start town { code } } } }',
    );
    expect(data?.meetings.totalCount).toBe(held);
    const starts = data!.meetings.nodes.map((n) => n.start);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(new Set(data!.meetings.nodes.map((n) => n.town.code))).toEqual(new Set(['eupen', 'seneffe']));
  });

  it('pages through a cross-town list exactly as one big page, ties included', async () => {
    const list =
      'query ($first: Int, $after: String) { events(first: $first, after: $after, orderBy: [{ field: eventStatus }]) { pageInfo { hasNextPage endCursor } nodes { id } } }';
    const whole = await query<{ events: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } } }>(list, { first: 100 });
    expect(whole.data?.events.pageInfo.hasNextPage).toBe(false);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Gql<{ events: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }> = await query(list, {
        first: 7,
        after,
      });
      paged.push(...page.data!.events.nodes.map((n) => n.id));
      if (!page.data!.events.pageInfo.hasNextPage) break;
      after = page.data!.events.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole.data!.events.nodes.map((n) => n.id));
    expect(new Set(paged).size).toBe(paged.length);
  });

  it('reads each town in the first locale of the chain it publishes in', async () => {
    const { data } = await query<{ meetings: { nodes: Meeting[] } }>(
      '{ meetings(first: 100, locale: ["de", "fr"]) { nodes { name locale town { code } } } }',
    );
    const byTown = (code: string) => data!.meetings.nodes.filter((n) => n.town.code === code);
    expect(byTown('eupen').every((n) => n.locale === 'de' && n.name.startsWith('Sitzung'))).toBe(true);
    expect(byTown('seneffe').every((n) => n.locale === 'fr' && n.name.startsWith('Conseil'))).toBe(true);
    const fr = await query<{ meetings: { nodes: Meeting[] } }>(
      '{ meetings(towns: ["eupen"], first: 3, locale: ["fr"]) { nodes { name locale } } }',
    );
    expect(fr.data!.meetings.nodes.every((n) => n.locale === 'fr' && n.name.startsWith('Conseil'))).toBe(true);
  });

  it("resolves relations within the node's town, and node ids round trip", async () => {
    const { data } = await query<{ meetings: { nodes: Meeting[] } }>(
      '{ meetings(first: 4) { nodes { id documentId town { code } agendaItems { name meeting { documentId } } } } }',
    );
    for (const meeting of data!.meetings.nodes) {
      expect(meeting.agendaItems.length).toBeGreaterThan(0);
      expect(meeting.agendaItems.every((item) => item.meeting.documentId === meeting.documentId)).toBe(true);
      const { data: found } = await query<{ node: { documentId: string; town: { code: string } } }>(
        'query ($id: ID!) { node(id: $id) { ... on Meeting { documentId town { code } } } }',
        { id: meeting.id },
      );
      expect(found?.node).toEqual({ documentId: meeting.documentId, town: meeting.town });
    }
  });

  // Towns match with Strapi's $containsi, which folds ASCII case only (SQLite's LOWER);
  // the gateway's ranking folds accents and case.
  it('searches across towns and kinds, case-insensitively, and ranks what it finds', async () => {
    const { data, errors } = await query<{
      search: { totalCount: number; edges: { score: number; node: { name?: string; town: { code: string } } }[] };
    }>(
      '{ search(text: "Modification BUDGéTAIRE", locale: ["fr"], first: 50) { totalCount edges { score node { ... on AgendaItem { name town { code } } ... on Paper { name town { code } } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.search.totalCount).toBeGreaterThan(0);
    for (const hit of data!.search.edges) {
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.node.name?.toLowerCase()).toContain('modification budgétaire');
    }
  });

  it("counts one town's aggregates live (no index here), as paging its lists finds them, closed-session results with the missing", async () => {
    const every = async <T>(field: string, selection: string): Promise<T[]> => {
      const all: T[] = [];
      for (let after: string | null = null; ; ) {
        type Page = Record<string, { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string } }>;
        const page: Gql<Page> = await query<Page>(
          `query ($after: String) { ${field}(towns: ["seneffe"], first: 100, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        expect(page.errors).toBeUndefined();
        all.push(...page.data![field]!.nodes);
        if (!page.data![field]!.pageInfo.hasNextPage) return all;
        after = page.data![field]!.pageInfo.endCursor;
      }
    };
    const tally = <T>(items: T[], key: (item: T) => string) => {
      const counts = new Map<string, number>();
      for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
      return counts;
    };
    type Answer = { groups: { keys: { value: string | null }[]; count: number }[]; totalCount: number; source: string; complete: boolean };
    const groupsOf = (answer: Answer) => new Map(answer.groups.map((g) => [g.keys.map((k) => k.value ?? '(none)').join('|'), g.count]));
    const year = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date(iso));

    const meetings = await query<{ meetingsAggregate: Answer }>(
      `{ meetingsAggregate(towns: ["seneffe"], filters: { start: { gte: "2020-01-01T00:00:00+01:00", lt: "2030-01-01T00:00:00+01:00" } },
          groupBy: [{ date: start, bucket: YEAR }, { field: meetingState }]) { groups { keys { value } count } totalCount source complete } }`,
    );
    expect(meetings.errors).toBeUndefined();
    const listed = (await every<{ start: string; meetingState: string | null }>('meetings', 'start meetingState')).filter(
      (m) => year(m.start) >= '2020' && year(m.start) < '2030',
    );
    expect(listed.length).toBeGreaterThan(0);
    expect(meetings.data!.meetingsAggregate).toMatchObject({ totalCount: listed.length, source: 'LIVE', complete: true });
    expect(groupsOf(meetings.data!.meetingsAggregate)).toEqual(tally(listed, (m) => `${year(m.start)}|${m.meetingState ?? '(none)'}`));

    const items = await query<{ agendaItemsAggregate: Answer }>(
      '{ agendaItemsAggregate(towns: ["seneffe"], groupBy: [{ field: public }, { field: result }]) { groups { keys { value } count } totalCount source } }',
    );
    expect(items.errors).toBeUndefined();
    const all = await every<{ public: boolean; result: string | null }>('agendaItems', 'public result');
    // The seed holds items heard in closed session, whose result Seneffe withholds.
    expect(all.some((i) => !i.public)).toBe(true);
    expect(groupsOf(items.data!.agendaItemsAggregate)).toEqual(tally(all, (i) => `${i.public}|${i.result ?? '(none)'}`));
    expect([...groupsOf(items.data!.agendaItemsAggregate).keys()].filter((k) => k.startsWith('false|'))).toEqual(['false|(none)']);
  });

  it("answers with the other towns' data when a town stops in mid-test", async () => {
    await towns.seneffe!.stop();
    const { data, errors } = await query<{ meetings: { totalCount: number; missingTowns: string[]; nodes: Meeting[] } }>(
      '{ meetings(first: 50) { totalCount missingTowns nodes { town { code } } } }',
    );
    expect(data?.meetings.missingTowns).toEqual(['seneffe']);
    expect(data?.meetings.nodes.length).toBeGreaterThan(0);
    expect(data?.meetings.nodes.every((n) => n.town.code === 'eupen')).toBe(true);
    expect(errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'TOWN_UNAVAILABLE', town: 'seneffe' })]);
  });
});

import { join } from 'node:path';
import { startGateway } from '@communes/gateway';
import { startHarvester } from '@communes/harvester';
import { openEmbeddedIndex } from '@communes/regional-index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTownFixture } from './run-town-fixture';
import { startSeededRegion, type SeededRegion } from './seeded-region';
import { createTownHttpClient, type Entry } from './town-http-client';

type Gql<T> = { data?: T; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] };
type Service = { documentId: string; code: string; topics: string[]; town: { code: string } };
type Connection<T> = {
  totalCount: number;
  missingTowns: string[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
};
interface Broken {
  documentId: string;
  field: string;
}

const SERVICES =
  'query ($first: Int, $after: String, $filters: PublicServiceFiltersInput, $towns: [String!]) { publicServices(first: $first, after: $after, filters: $filters, towns: $towns) { totalCount missingTowns pageInfo { hasNextPage endCursor } nodes { documentId code topics audiences channels { channelType } town { code } } } }';

/**
 * The gateway over two real towns, one of which holds entries an editor broke through
 * Strapi's document service (a made-up code in a JSON list, a struct with an unknown type),
 * and under a client's hostile filters: the region's answer must survive both.
 */
describe('the gateway over real towns, with broken entries and hostile filters', () => {
  let region: SeededRegion;
  let broken: Broken[] = [];

  const query = async <T>(text: string, variables: Record<string, unknown> = {}): Promise<Gql<T>> => {
    const response = await fetch(region.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: text, variables }),
    });
    return (await response.json()) as Gql<T>;
  };
  /** Every public service of the region through the gateway, in pages of `first`, with the errors each page gave. */
  const allServices = async (first: number, filters?: unknown, towns?: string[]) => {
    const nodes: Service[] = [];
    const errors: NonNullable<Gql<unknown>['errors']> = [];
    let after: string | null = null;
    for (let page = 0; page < 200; page++) {
      const answer: Gql<{ publicServices: Connection<Service> }> = await query(SERVICES, { first, after, filters, towns });
      nodes.push(...answer.data!.publicServices.nodes);
      errors.push(...(answer.errors ?? []));
      if (!answer.data!.publicServices.pageInfo.hasNextPage) break;
      after = answer.data!.publicServices.pageInfo.endCursor;
    }
    return { nodes, errors };
  };
  const rest = (town: string) => createTownHttpClient(region.towns[town]!.api);

  beforeAll(async () => {
    region = await startSeededRegion({
      towns: ['eupen', 'seneffe'],
      scale: 0.15,
      beforeStart: async ({ code, env }) => {
        if (code === 'seneffe') broken = await runTownFixture<Broken[]>('break-public-services.js', env);
      },
    });
  });
  afterAll(async () => region?.stop());

  it('serves every other public service of the region, and names the town and the entries it left out', async () => {
    expect(broken.map((b) => b.field)).toEqual(['audiences', 'channels']);
    const seneffe = await rest('seneffe').all('/communes-services/public-services', 'fields[0]=code');
    const eupen = await rest('eupen').all('/communes-services/public-services', 'fields[0]=code');
    const { nodes, errors } = await allServices(100);
    const ids = (list: { documentId: string }[]) => list.map((e) => e.documentId).sort();
    const brokenIds = broken.map((b) => b.documentId);
    expect(ids(nodes)).toEqual(ids([...eupen, ...seneffe.filter((e) => !brokenIds.includes(e.documentId))]));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions).toEqual({ code: 'TOWN_BAD_RESPONSE', town: 'seneffe', documentIds: expect.arrayContaining(brokenIds) });
    expect(errors[0]!.message).toContain(
      `${broken[0]!.documentId}: public-service.audiences[0] is "Nouvel arrivant", expected an Audience code`,
    );
    expect(errors[0]!.message).toContain(
      `${broken[1]!.documentId}: public-service.channels[0].channelType is "carrierPigeon", expected a ChannelType code`,
    );
  });

  it("keeps them out of the regional index too: no count includes them, and the town's harvest names them", async () => {
    const index = await openEmbeddedIndex({});
    const harvester = await startHarvester({
      index,
      towns: region.registry.map(({ code, url }) => ({ code, url })),
      intervalMs: 3_600_000,
    });
    try {
      await harvester.harvestNow();
      const gateway = await startGateway({
        registryFile: join(region.root, 'towns.json'),
        port: 0,
        logLevel: 'silent',
        index,
        cacheTtlMs: 0,
      });
      try {
        const response = await fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query:
              '{ publicServicesAggregate(groupBy: [{ field: town }]) { groups { keys { value } count } source } towns { code harvest { refused lastRefusal } } }',
          }),
        });
        const { data, errors } = (await response.json()) as Gql<{
          publicServicesAggregate: { groups: { keys: { value: string }[]; count: number }[]; source: string };
          towns: { code: string; harvest: { refused: number; lastRefusal: string | null } }[];
        }>;
        expect(errors).toBeUndefined();
        // What the live gateway lists of each town, the broken entries left out.
        const { nodes } = await allServices(100);
        const listed = new Map<string, number>();
        for (const node of nodes) listed.set(node.town.code, (listed.get(node.town.code) ?? 0) + 1);
        const counted = new Map(data!.publicServicesAggregate.groups.map((g) => [g.keys[0]!.value, g.count]));
        expect(data!.publicServicesAggregate.source).toBe('INDEX');
        expect(counted).toEqual(listed);
        const harvest = new Map(data!.towns.map((t) => [t.code, t.harvest]));
        expect(harvest.get('eupen')).toEqual({ refused: 0, lastRefusal: null });
        expect(harvest.get('seneffe')!.refused).toBe(broken.length);
        expect(harvest.get('seneffe')!.lastRefusal).toMatch(
          /^public-service\.(audiences\[0\] is "Nouvel arrivant", expected an Audience code|channels\[0\]\.channelType is "carrierPigeon", expected a ChannelType code) \(\w+, fr\)$/,
        );
      } finally {
        await gateway.stop();
      }
    } finally {
      await harvester.stop();
      await index.close();
    }
  });

  it('pages through them exactly as one big page, none repeated or skipped', async () => {
    const whole = (await allServices(100)).nodes.map((n) => n.documentId);
    const paged = (await allServices(7)).nodes.map((n) => n.documentId);
    expect(paged).toEqual(whole);
  });

  it('filters a relation on an attribute and a not at once, which Strapi takes only as one $and', async () => {
    const filters = { organizations: { organizationType: { eq: 'council' }, not: { name: { containsi: 'zzz' } } } };
    const { data, errors } = await query<{ meetings: { totalCount: number } }>(
      'query ($filters: MeetingFiltersInput) { meetings(filters: $filters) { totalCount } }',
      { filters },
    );
    expect(errors).toBeUndefined();
    let expected = 0;
    for (const town of ['eupen', 'seneffe']) {
      const meetings = await rest(town).all(
        '/communes-council/meetings',
        'fields[0]=name&populate[organizations][fields][0]=name&populate[organizations][fields][1]=organizationType',
      );
      expected += meetings.filter((m) =>
        (m.organizations as Entry[]).some((o) => o.organizationType === 'council' && !String(o.name).toLowerCase().includes('zzz')),
      ).length;
    }
    expect(expected).toBeGreaterThan(0);
    expect(data?.meetings.totalCount).toBe(expected);
  });

  it("keeps a list field's condition apart from the client's or list", async () => {
    const { nodes: all } = await allServices(100, undefined, ['eupen']);
    const a = all.find((s) => s.topics.length > 0)!;
    // b lacks a's topic: joined into one condition with it, the or would let b through.
    const b = all.find((s) => s.town.code === a.town.code && !s.topics.includes(a.topics[0]!))!;
    const filters = { topics: { containsAny: [a.topics[0]] }, or: [{ code: { eq: a.code } }, { code: { eq: b.code } }] };
    const { nodes } = await allServices(100, filters, ['eupen']);
    const expected = all.filter((s) => s.topics.includes(a.topics[0]!) && [a.code, b.code].includes(s.code));
    expect(expected.map((n) => n.documentId)).not.toContain(b.documentId);
    expect(nodes.map((n) => n.documentId).sort()).toEqual(expected.map((n) => n.documentId).sort());
  });

  it.each([
    ['between with one value', { start: { between: ['2026-01-01T00:00:00Z'] } }, ['filters', 'start', 'between']],
    ['an impossible date', { start: { gte: '2026-02-30T00:00:00Z' } }, undefined],
    ['a null in an and list', { and: [null] }, ['filters', 'and', 0]],
    ['101 documentIds', { documentId: { in: Array.from({ length: 101 }, (_, i) => `id${i}`) } }, ['filters', 'documentId', 'in']],
  ])("refuses %s as the client's error, and no town goes down", async (_, filters, argumentPath) => {
    for (let i = 0; i < 4; i++) {
      const { data, errors } = await query<{ meetings: { totalCount: number } }>(
        'query ($filters: MeetingFiltersInput) { meetings(filters: $filters) { totalCount } }',
        { filters },
      );
      expect(data?.meetings ?? null).toBeNull();
      expect(errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      if (argumentPath) expect(errors?.[0]?.extensions?.argumentPath).toEqual(argumentPath);
    }
    const { data, errors } = await query<{ towns: { code: string; status: { state: string } }[]; meetings: { totalCount: number } }>(
      '{ towns { code status { state } } meetings { totalCount } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.towns.map((t) => t.status.state)).toEqual(['UP', 'UP']);
    const total = async (town: string) =>
      (await rest(town).get('/communes-council/meetings', 'pagination[pageSize]=1')).body.meta!.pagination.total;
    expect(data?.meetings.totalCount).toBe((await total('eupen')) + (await total('seneffe')));
  });
});

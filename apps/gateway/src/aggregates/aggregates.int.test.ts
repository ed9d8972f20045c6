import { contentTypeNamed } from '@communes/domain';
import { buildCouncilFixture, type FakeTown, startFakeTown } from '@communes/fake-town';
import { type IndexDatabase, openEmbeddedIndex } from '@communes/regional-index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayOver } from '../testing/gateway-harness';
import { indexTown } from '../testing/index-towns';

type Gateway = Awaited<ReturnType<typeof startGatewayOver>>;
type Key = { dimension: string; value: string | null; other: boolean; label: string | null };
type Group = { keys: Key[]; count: number | null } & Record<string, unknown>;

const RESULTS = (
  contentTypeNamed('agenda-item').fields.result as unknown as { vocabulary: { codes: { code: string }[] } }
).vocabulary.codes.map((c) => c.code);

/** A council over a year: meetings in every month, some items heard in closed session (whose result a town never publishes). */
function councilOf(t: number) {
  const council = buildCouncilFixture(30 + t * 6);
  council.meeting = council.meeting.map((m, i) => ({
    ...m,
    start: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}T${i === 2 ? '23' : '18'}:30:00.000Z`,
  }));
  council['agenda-item'] = council['agenda-item'].map((item, i) => {
    const heardInPublic = (i + t) % 4 !== 0;
    return { ...item, public: heardInPublic, ...(heardInPublic ? { result: RESULTS[(i * 7 + t) % RESULTS.length] } : {}) };
  });
  return council;
}

const CATEGORIES = ['roads', 'lighting', 'cleanliness'];

/** Each town's own service types (its own codes), mapped to the shared categories, and requests of them. */
function requestsOf(t: number) {
  const types = Array.from({ length: 4 }, (_, i) => ({
    documentId: `st${t}x${String(i).padStart(20, '0')}`,
    serviceCode: `town${t}-type${i}`,
    name: `Type ${i}`,
    serviceKind: 'realtime',
    // The last type of each town has no shared category yet.
    ...(i < 3 ? { category: CATEGORIES[(i + t) % 3] } : {}),
  }));
  const requests = Array.from({ length: 15 + t * 4 }, (_, i) => ({
    documentId: `sr${t}x${String(i).padStart(20, '0')}`,
    requestStatus: i % 3 ? 'closed' : 'open',
    requestedAt: `2026-0${(i % 9) + 1}-10T08:00:00.000Z`,
    serviceType: { documentId: types[i % 4]!.documentId },
  }));
  return { 'service-type': types, 'service-request': requests };
}

/** The quarter of an instant in Brussels, computed apart from the database. */
function brusselsQuarter(iso: string) {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit' })
    .format(new Date(iso))
    .split('-');
  return `${year}-Q${Math.ceil(Number(month) / 3)}`;
}

const keyOf = (group: Group) => group.keys.map((k) => (k.other ? '(other)' : (k.value ?? '(none)'))).join('|');
const tally = <T>(items: T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

describe('aggregates of a region, from the regional index', () => {
  const towns: FakeTown[] = [];
  let index: IndexDatabase;
  let indexed: Gateway;
  let live: Gateway;
  let bare: Gateway;
  let registry: { code: string; url: string; groups: Record<string, string> }[];
  const registryOf = () => registry;

  beforeAll(async () => {
    index = await openEmbeddedIndex({});
    registry = [];
    for (const [t, code] of ['alpha', 'beta', 'gamma'].entries()) {
      const council = { ...councilOf(t), ...requestsOf(t) };
      const town = await startFakeTown({ code, entries: council });
      towns.push(town);
      // Gamma was never harvested: missing from every aggregate.
      if (code !== 'gamma') await indexTown(index, code, council);
      registry.push({ code, url: town.url, groups: { province: t === 0 ? 'hainaut' : 'liege' } });
    }
    indexed = await startGatewayOver(registry, { index, cacheTtlMs: 0, logLevel: 'error' });
    live = await startGatewayOver(registry.slice(0, 2), { cacheTtlMs: 0 });
    bare = await startGatewayOver(registry.slice(0, 1), { cacheTtlMs: 0 });
  }, 120_000);

  afterAll(async () => {
    for (const gateway of [indexed, live, bare]) await gateway?.stop();
    for (const town of towns) await town.stop();
    await index?.close();
  });

  /** Every entry of a list, read from the towns by paging, as a client without aggregates would. */
  const everything = async <T>(field: string, selection: string): Promise<T[]> => {
    const all: T[] = [];
    let after: string | null = null;
    for (;;) {
      type Page = Record<string, { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string } }>;
      const { data, errors }: { data?: Page; errors?: unknown[] } = await live.query<Page>(
        `query ($after: String) { ${field}(first: 100, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      all.push(...data![field]!.nodes);
      if (!data![field]!.pageInfo.hasNextPage) return all;
      after = data![field]!.pageInfo.endCursor;
    }
  };

  const aggregate = async (query: string) => {
    const { data, errors } = await indexed.query<Record<string, { groups: Group[] } & Record<string, unknown>>>(query);
    return { data: data ? Object.values(data)[0]! : undefined, errors };
  };

  it('counts meetings per town per quarter in one request, as paging the lists finds them, and says what is missing', async () => {
    const { data, errors } = await aggregate(
      `{ meetingsAggregate(groupBy: [{ field: town }, { date: start, bucket: QUARTER }]) {
          groups { keys { dimension value other label } count } totalCount missingTowns complete source freshness { behind } } }`,
    );
    expect(errors?.map((e) => e.extensions?.code)).toEqual(['TOWN_UNAVAILABLE']);
    const meetings = await everything<{ start: string; town: { code: string } }>('meetings', 'start town { code }');
    const expected = tally(meetings, (m) => `${m.town.code}|${brusselsQuarter(m.start)}`);
    expect(new Map(data!.groups.map((g) => [keyOf(g), g.count]))).toEqual(expected);
    expect(data!.groups[0]!.keys).toEqual([
      { dimension: 'town', value: 'alpha', other: false, label: 'alpha' },
      { dimension: 'start:QUARTER', value: '2026-Q1', other: false, label: '2026-Q1' },
    ]);
    expect(data).toMatchObject({ totalCount: meetings.length, missingTowns: ['gamma'], complete: false, source: 'INDEX' });
    expect(data!.freshness).toEqual({ behind: ['gamma'] });
  });

  it('answers agenda items per meeting, the share heard in closed session and decisions by result, labelled in French', async () => {
    const { data, errors } = await aggregate(
      `{ agendaItemsAggregate(towns: ["alpha", "beta"], groupBy: [{ field: town }, { field: public }]) {
          groups { keys { value label(language: "fr") } count meetings: countDistinct(field: meeting) } } }`,
    );
    expect(errors).toBeUndefined();
    const items = await everything<{ public: boolean; result: string | null; meeting: { documentId: string }; town: { code: string } }>(
      'agendaItems',
      'public result meeting { documentId } town { code }',
    );
    const byPublic = tally(items, (i) => `${i.town.code}|${i.public}`);
    expect(new Map(data!.groups.map((g) => [keyOf(g), g.count]))).toEqual(byPublic);
    const meetingsOf = (town: string, heard: boolean) =>
      new Set(items.filter((i) => i.town.code === town && i.public === heard).map((i) => i.meeting.documentId)).size;
    for (const group of data!.groups) expect(group.meetings).toBe(meetingsOf(group.keys[0]!.value!, group.keys[1]!.value === 'true'));
    expect(data!.groups.find((g) => g.keys[1]!.value === 'false')!.keys[1]!.label).toBe('non');

    const results = await aggregate(
      `{ agendaItemsAggregate(towns: ["alpha", "beta"], groupBy: [{ field: result }], top: { groupBy: 0, n: 2 }) {
          groups { keys { value other label(language: "fr") } count } } }`,
    );
    const counts = [...tally(items, (i) => i.result ?? '(none)')].filter(([code]) => code !== '(none)');
    counts.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const kept = counts.slice(0, 2).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(results.data!.groups.map((g) => [keyOf(g), g.count])).toEqual([
      ...kept,
      ['(other)', counts.slice(2).reduce((sum, [, n]) => sum + n, 0)],
      ['(none)', items.filter((i) => !i.result).length],
    ]);
    const label = (
      contentTypeNamed('agenda-item').fields.result as unknown as { vocabulary: { codes: { code: string; labels: { fr?: string } }[] } }
    ).vocabulary.codes.find((c) => c.code === kept[0]![0])!.labels.fr;
    expect(results.data!.groups[0]!.keys[0]!.label).toBe(label);
  });

  it("groups by the towns' groups, filters as the lists do, and measures durations", async () => {
    const { data, errors } = await aggregate(
      `{ meetingsAggregate(towns: ["alpha", "beta"], filters: { start: { gte: "2026-07-01T00:00:00Z" } }, groupBy: [{ townGroup: "province" }]) {
          groups { keys { value } count a: duration(from: createdAt, to: start) b: duration(from: start, to: start, statistic: AVERAGE, unit: HOURS) } } }`,
    );
    expect(errors).toBeUndefined();
    const meetings = await everything<{ start: string; town: { code: string } }>('meetings', 'start town { code }');
    const later = meetings.filter((m) => m.start >= '2026-07-01T00:00:00.000Z');
    expect(new Map(data!.groups.map((g) => [keyOf(g), g.count]))).toEqual(
      tally(later, (m) => (m.town.code === 'alpha' ? 'hainaut' : 'liege')),
    );
    // The fixture has no creation time: no duration from it; from a date to itself, zero.
    expect(data!.groups.map((g) => [g.a, g.b])).toEqual([
      [null, 0],
      [null, 0],
    ]);
  });

  it("counts every town's requests under the shared categories their own types map to", async () => {
    const { data, errors } = await aggregate(
      `{ serviceRequestsAggregate(towns: ["alpha", "beta"], groupBy: [{ field: serviceType_category }]) {
          groups { keys { value label(language: "de") } count } } }`,
    );
    expect(errors).toBeUndefined();
    const requests = await everything<{ serviceType: { category: string | null } | null }>('serviceRequests', 'serviceType { category }');
    expect(new Map(data!.groups.map((g) => [keyOf(g), g.count]))).toEqual(tally(requests, (r) => r.serviceType?.category ?? '(none)'));
    expect(data!.groups.find((g) => g.keys[0]!.value === 'roads')!.keys[0]!.label).toBe('Straßen und Gehwege');
  });

  it('refuses what it cannot answer, with a code a client can act on', async () => {
    const codes = async (query: string, gateway = indexed) => (await gateway.query(query)).errors?.map((e) => e.extensions?.code);
    expect(await codes('{ meetingsAggregate(groupBy: [{ field: town, date: start }]) { totalCount } }')).toEqual(['BAD_USER_INPUT']);
    expect(await codes('{ meetingsAggregate(groupBy: [{ field: meetingType, bucket: DAY }]) { totalCount } }')).toEqual(['BAD_USER_INPUT']);
    expect(await codes('{ meetingsAggregate(groupBy: [{ townGroup: "diocese" }]) { totalCount } }')).toEqual(['BAD_USER_INPUT']);
    expect(await codes('{ meetingsAggregate(groupBy: [{ field: town }], top: { groupBy: 1, n: 3 }) { totalCount } }')).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await codes('{ meetingsAggregate(groupBy: [{ date: start }], top: { groupBy: 0, n: 3 }) { totalCount } }')).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      await codes('{ meetingsAggregate(towns: ["alpha"]) { groups { duration(from: start, to: start, statistic: PERCENTILE, p: 2) } } }'),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      await codes('{ meetingsAggregate(towns: ["alpha"], groupBy: [{ date: start, bucket: DAY }, { field: documentId }]) { totalCount } }'),
    ).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    // A private field is not in the enums: refused before anything runs.
    expect(await codes('{ serviceRequestsAggregate(groupBy: [{ field: requesterLastName }]) { totalCount } }')).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    expect(await codes('{ meetingsAggregate(towns: ["nowhere"]) { totalCount } }')).toEqual(['UNKNOWN_TOWN']);
    // Without an index, what one town cannot count is for an index only; a region too.
    expect(await codes('{ meetingsAggregate { totalCount } }', live)).toEqual(['INDEX_UNAVAILABLE']);
    expect(await codes('{ meetingsAggregate { groups { duration(from: start, to: start) } } }', bare)).toEqual(['INDEX_UNAVAILABLE']);
    expect(await codes('{ meetingsAggregate(groupBy: [{ date: start }]) { totalCount } }', bare)).toEqual(['INDEX_UNAVAILABLE']);
    // Asked LIVE, what the town cannot count is the client's error, naming why.
    const { errors } = await indexed.query('{ meetingsAggregate(source: LIVE, groupBy: [{ field: town }]) { totalCount } }');
    expect(errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'source LIVE: a live aggregate counts one town.'],
    ]);
    for (const query of [
      '{ agendaItemsAggregate(towns: ["alpha"], source: LIVE, groupBy: [{ field: result }], top: { n: 2 }) { totalCount } }',
      '{ agendaItemsAggregate(towns: ["alpha"], source: LIVE, groupBy: [{ field: meeting }]) { totalCount } }',
      '{ serviceRequestsAggregate(towns: ["alpha"], source: LIVE, groupBy: [{ field: serviceType_category }]) { totalCount } }',
      // 12 months of 2026 by 5 results and none: 72 counts, over the town's 64.
      `{ agendaItemsAggregate(towns: ["alpha"], source: LIVE, filters: { createdAt: { gte: "2026-01-01T00:00:00Z", lt: "2027-01-01T00:00:00Z" } },
          groupBy: [{ date: createdAt }, { field: result }]) { totalCount } }`,
      '{ meetingsAggregate(towns: ["alpha"], source: LIVE, filters: { start: { gte: "2026-01-01T00:00:00Z" } }, groupBy: [{ date: start }]) { totalCount } }',
    ])
      expect(await codes(query), query).toEqual(['BAD_USER_INPUT']);
    expect(await codes('{ meetingsAggregate(source: INDEX) { totalCount } }', bare)).toEqual(['INDEX_UNAVAILABLE']);
  });

  describe('counted live by one town (source LIVE; the default without an index)', () => {
    const YEAR_2026 = 'start: { gte: "2026-01-01T00:00:00+01:00", lt: "2027-01-01T00:00:00+01:00" }';
    const groupsOf = (answer: { groups: Group[] }) => answer.groups.map((g): [string, number | null] => [keyOf(g), g.count]);
    const liveAndIndexed = async (query: string) => {
      const [fromTown, fromIndex] = await Promise.all([
        bare.query<Record<string, { groups: Group[] } & Record<string, unknown>>>(query),
        aggregate(query),
      ]);
      expect(fromTown.errors).toBeUndefined();
      expect(fromIndex.errors).toBeUndefined();
      return { town: Object.values(fromTown.data!)[0]!, index: fromIndex.data! };
    };

    it("counts one town's meetings per quarter and type as the index does, as paging its list finds them", async () => {
      const query = `{ meetingsAggregate(towns: ["alpha"], filters: { ${YEAR_2026} }, groupBy: [{ date: start, bucket: QUARTER }, { field: meetingType }]) {
          groups { keys { dimension value other label(language: "fr") } count } totalCount missingTowns complete source freshness { behind failing } } }`;
      const before = towns[0]!.requests.length;
      const { town, index } = await liveAndIndexed(query);
      const asked = towns[0]!.requests.slice(before).filter((path) => path.includes('/meetings?'));
      const meetings = (
        await everything<{ start: string; meetingType: string | null; town: { code: string } }>(
          'meetings',
          'start meetingType town { code }',
        )
      ).filter((m) => m.town.code === 'alpha' && m.start >= '2025-12-31T23:00:00.000Z' && m.start < '2026-12-31T23:00:00.000Z');
      expect(new Map(groupsOf(town as never))).toEqual(tally(meetings, (m) => `${brusselsQuarter(m.start)}|${m.meetingType ?? '(none)'}`));
      expect(town).toMatchObject({
        totalCount: meetings.length,
        missingTowns: [],
        complete: true,
        source: 'LIVE',
        freshness: { behind: [], failing: [] },
      });
      expect(index.source).toBe('INDEX');
      expect({ ...town, source: null, freshness: null }).toEqual({ ...index, source: null, freshness: null });
      // Four quarters by each type and by any type, and the total: each count one request of one entry.
      const types = (contentTypeNamed('meeting').fields.meetingType as unknown as { vocabulary: { codes: unknown[] } }).vocabulary.codes
        .length;
      expect(asked).toHaveLength(4 * (types + 1) + 1);
      for (const path of asked) expect(new URLSearchParams(path.split('?')[1]).get('pagination[limit]')).toBe('1');
    });

    it('puts the items whose result the town withholds (closed session) with those that have none, as the index does', async () => {
      const { town, index } = await liveAndIndexed(
        '{ agendaItemsAggregate(towns: ["alpha"], groupBy: [{ field: public }, { field: result }]) { groups { keys { dimension value other label } count } totalCount } }'.replace(
          'towns: ["alpha"]',
          'towns: ["alpha"], source: LIVE',
        ),
      );
      const items = (
        await everything<{ public: boolean; result: string | null; town: { code: string } }>('agendaItems', 'public result town { code }')
      ).filter((i) => i.town.code === 'alpha');
      expect(items.some((i) => !i.public)).toBe(true);
      expect(new Map(groupsOf(town as never))).toEqual(tally(items, (i) => `${i.public}|${i.result ?? '(none)'}`));
      expect(groupsOf(town as never)).toEqual(groupsOf(index as never));
      expect(town.totalCount).toBe(items.length);
    });

    it('answers one group of every entry without a groupBy, small counts withheld as from the index', async () => {
      const { data } = await bare.query<{ meetingsAggregate: { groups: { count: number | null }[]; totalCount: number } }>(
        '{ meetingsAggregate(filters: { documentId: { eq: "none" } }) { groups { count } totalCount source } }',
      );
      expect(data?.meetingsAggregate).toEqual({ groups: [{ count: 0 }], totalCount: 0, source: 'LIVE' });
      const suppressing = await startGatewayOver(registryOf().slice(0, 1), { cacheTtlMs: 0, aggregateMinCount: 1000 });
      try {
        const { data: small } = await suppressing.query<{ meetingsAggregate: unknown }>(
          `{ meetingsAggregate(filters: { ${YEAR_2026} }, groupBy: [{ field: meetingType }]) { groups { count suppressed countBelow } totalCount } }`,
        );
        const answer = small!.meetingsAggregate as { groups: { count: number | null; suppressed: boolean }[]; totalCount: number | null };
        expect(answer.groups.length).toBeGreaterThan(0);
        for (const group of answer.groups) expect(group).toEqual({ count: null, suppressed: true, countBelow: 1000 });
        expect(answer.totalCount).toBeNull();
      } finally {
        await suppressing.stop();
      }
    });

    it('asks a town for at most 256 counts in one request, whatever the aliases', async () => {
      const one = `meetingsAggregate(filters: { ${YEAR_2026} }, groupBy: [{ date: start, bucket: QUARTER }, { field: meetingType }]) { totalCount groups { count } }`;
      const before = towns[0]!.requests.length;
      const { errors } = await bare.query<Record<string, unknown>>(
        `{ ${Array.from({ length: 11 }, (_, i) => `a${i}: ${one}`).join(' ')} }`,
      );
      expect(errors?.map((e) => [e.extensions?.code, e.extensions?.limit])).toEqual([['BAD_USER_INPUT', 256]]);
      // Ten aliases of 25 counts each: the eleventh is refused before it asks anything.
      expect(towns[0]!.requests.slice(before).filter((path) => path.includes('/meetings?')).length).toBeLessThanOrEqual(250);
    });

    it('says a town that does not answer is missing, with its error, and counts nothing of it', async () => {
      const down = await startGatewayOver([{ code: 'down', url: 'http://127.0.0.1:9', groups: {} }], { cacheTtlMs: 0, logLevel: 'silent' });
      try {
        const { data, errors } = await down.query<{ meetingsAggregate: unknown }>(
          '{ meetingsAggregate(groupBy: [{ field: meetingState }]) { groups { count } totalCount missingTowns complete source freshness { failing } } }',
        );
        expect(errors?.map((e) => e.extensions?.code)).toEqual(['TOWN_UNAVAILABLE']);
        expect(data?.meetingsAggregate).toEqual({
          groups: [],
          totalCount: 0,
          missingTowns: ['down'],
          complete: false,
          source: 'LIVE',
          freshness: { failing: ['down'] },
        });
      } finally {
        await down.stop();
      }
    });
  });

  describe('with small-count suppression (aggregateMinCount, GATEWAY_AGGREGATE_MIN_COUNT)', () => {
    const MEASURES = `meetings: countDistinct(field: meeting) sum(field: order) avg(field: order) min(field: order) max(field: order)
      median(field: order) p9: percentile(field: order, p: 0.9) d: duration(from: start, to: start)`;
    const MEASURE_NAMES = ['meetings', 'sum', 'avg', 'min', 'max', 'median', 'p9', 'd'];
    const byResult = (extra = '') =>
      `{ agendaItemsAggregate(towns: ["alpha", "beta"], groupBy: [{ field: town }, { field: result }]${extra}) {
          groups { keys { value other } count suppressed countBelow ${MEASURES} } totalCount suppressedBelow } }`;
    const suppressing: Gateway[] = [];
    afterAll(async () => {
      for (const gateway of suppressing) await gateway.stop();
    });
    const over = async (minCount: number) => {
      const gateway = await startGatewayOver(registryOf(), { index, cacheTtlMs: 0, logLevel: 'error', aggregateMinCount: minCount });
      suppressing.push(gateway);
      return async (query: string) => {
        const { data, errors } = await gateway.query<Record<string, { groups: Group[] } & Record<string, unknown>>>(query);
        expect(errors).toBeUndefined();
        return Object.values(data!)[0]!;
      };
    };

    it('withholds the count and every measure of each group under k, keeps the groups at or above k as they are, and says k', async () => {
      const plain = (await aggregate(byResult())).data!;
      // Without the setting nothing is withheld.
      expect(plain.suppressedBelow).toBeNull();
      for (const group of plain.groups) expect(group).toMatchObject({ suppressed: false, countBelow: null, count: expect.any(Number) });
      // k: the second smallest count, so some groups are under it and some hold exactly k.
      const counts = [...new Set(plain.groups.map((g) => g.count!))].sort((a, b) => a - b);
      expect(counts.length).toBeGreaterThan(1);
      const k = Math.max(2, counts[1]!);
      const small = plain.groups.filter((g) => g.count! < k);
      expect(small.length).toBeGreaterThan(0);
      expect(plain.groups.some((g) => g.count === k)).toBe(true);
      // The small groups have measures to withhold.
      for (const group of small) expect([group.meetings, group.sum, group.min, group.median]).not.toContain(null);

      const suppressed = await (await over(k))(byResult());
      expect(suppressed.suppressedBelow).toBe(k);
      expect(suppressed.totalCount).toBe(plain.totalCount);
      expect(suppressed.groups.map(keyOf)).toEqual(plain.groups.map(keyOf));
      suppressed.groups.forEach((group, i) => {
        const before = plain.groups[i]!;
        if (before.count! >= k) expect(group).toEqual(before);
        else {
          expect(group).toMatchObject({ keys: before.keys, count: null, suppressed: true, countBelow: k });
          for (const name of MEASURE_NAMES) expect(group[name], name).toBeNull();
        }
      });
    });

    it("treats a top's remainder as any group, and withholds a totalCount under k", async () => {
      const plain = (await aggregate(byResult(', top: { groupBy: 1, n: 1 }'))).data!;
      const other = plain.groups.filter((g) => g.keys[1]!.other);
      expect(other.length).toBeGreaterThan(0);
      const k = Math.min(...other.map((g) => g.count!)) + 1;
      const suppressed = await (await over(k))(byResult(', top: { groupBy: 1, n: 1 }'));
      for (const [i, group] of suppressed.groups.entries()) expect(group.suppressed).toBe(plain.groups[i]!.count! < k);
      expect(suppressed.groups.filter((g) => g.keys[1]!.other).some((g) => g.count === null)).toBe(true);

      // One entry: its group and the total are both withheld; nothing at all is 0, and shown.
      // The fixture's towns share documentIds: one town.
      const item = (await everything<{ documentId: string; town: { code: string } }>('agendaItems', 'documentId town { code }')).find(
        (i) => i.town.code === 'alpha',
      );
      const twoOrMore = await over(2);
      const one = await twoOrMore(
        `{ agendaItemsAggregate(towns: ["alpha"], filters: { documentId: { eq: "${item!.documentId}" } }) {
            groups { count suppressed countBelow } totalCount suppressedBelow } }`,
      );
      expect(one).toEqual({ groups: [{ count: null, suppressed: true, countBelow: 2 }], totalCount: null, suppressedBelow: 2 });
      const none = await twoOrMore(
        `{ agendaItemsAggregate(towns: ["alpha", "beta"], filters: { documentId: { eq: "none" } }) { groups { count suppressed } totalCount } }`,
      );
      expect(none.totalCount).toBe(0);
      for (const group of none.groups) expect(group).toEqual({ count: 0, suppressed: false });
    });

    it('refuses a minimum of 1 (it would withhold nothing) or a negative one at start, naming the setting', async () => {
      for (const minCount of [1, -2, 2.5])
        await expect(startGatewayOver(registryOf(), { index, aggregateMinCount: minCount })).rejects.toThrow(/GATEWAY_AGGREGATE_MIN_COUNT/);
    });
  });
});

import { expandOccurrences } from '@communes/domain';
import { type FakeTown, startFakeTown } from '@communes/fake-town';
import { type IndexDatabase, openEmbeddedIndex } from '@communes/regional-index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayOver } from '../testing/gateway-harness';
import { indexTown } from '../testing/index-towns';

type Gateway = Awaited<ReturnType<typeof startGatewayOver>>;
type Group = { keys: { value: string | null }[]; count: number };
type EventNode = {
  documentId: string;
  start: string;
  end: string | null;
  allDay: boolean | null;
  recurrenceRule: string | null;
  recurrenceExceptions: unknown;
  categories: string[] | null;
  eventStatus: string;
  town: { code: string };
};

const MARCH = { from: '2026-03-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00' };
const id = (t: number, i: number) => `ev${t}x${String(i).padStart(20, '0')}`;
/** Saturdays 10:00-12:00 in Brussels from 7 February 2026, but not on 14 March: 7, 21 and 28 March. */
const SATURDAY_MARKET = {
  documentId: id(0, 0),
  name: 'Marché du samedi',
  start: '2026-02-07T09:00:00.000Z',
  end: '2026-02-07T11:00:00.000Z',
  recurrenceRule: 'FREQ=WEEKLY;BYDAY=SA',
  recurrenceExceptions: ['2026-03-14T09:00:00.000Z'],
  categories: ['market'],
  eventStatus: 'scheduled',
};

const RULES = [
  null,
  'FREQ=DAILY;COUNT=5',
  'FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260320T230000Z',
  'FREQ=MONTHLY;BYDAY=-1FR',
  'FREQ=WEEKLY;INTERVAL=2',
  'FREQ=YEARLY',
  'FREQ=DAILY;BYHOUR=9,18',
  null,
];
const CATEGORIES = [['concert'], ['market', 'festival'], [], ['sport'], ['workshop', 'childrenActivity']];

/** Events of a town around March 2026: one-off and recurring, before, across and after the month. */
function eventsOf(t: number) {
  return Array.from({ length: 24 + t * 5 }, (_, i) => {
    const day = new Date(Date.UTC(2026, 0, 10 + ((i * 11 + t * 3) % 100), 8 + (i % 10), (i % 2) * 30));
    const rule = RULES[(i + t) % RULES.length];
    return {
      documentId: id(t, i + 1),
      name: `Événement ${i}`,
      start: day.toISOString(),
      ...(i % 3 ? { end: new Date(day.getTime() + ((i % 4) + 1) * 3_600_000 * (i % 5 === 0 ? 30 : 1)).toISOString() } : {}),
      ...(i % 7 === 3 ? { allDay: true } : {}),
      ...(rule ? { recurrenceRule: rule } : {}),
      ...(rule && i % 4 === 1 ? { recurrenceExceptions: [new Date(day.getTime() + 7 * 86_400_000).toISOString()] } : {}),
      categories: CATEGORIES[(i + t) % CATEGORIES.length],
      eventStatus: i % 6 === 5 ? 'cancelled' : 'scheduled',
    };
  });
}

/** A Brussels calendar day, computed apart from the gateway. */
const brusselsDay = (instant: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

describe('aggregates of events counted by occurrence', () => {
  const towns: FakeTown[] = [];
  let index: IndexDatabase;
  let gateway: Gateway;

  beforeAll(async () => {
    index = await openEmbeddedIndex({});
    const registry = [];
    for (const [t, code] of ['alpha', 'beta', 'gamma'].entries()) {
      const events =
        t === 0
          ? [SATURDAY_MARKET, ...eventsOf(t)]
          : t === 2
            ? // Gamma has a hostile rule: a second-by-second event.
              [
                {
                  documentId: id(2, 0),
                  name: 'Chaque seconde',
                  start: '2026-03-01T00:00:00Z',
                  recurrenceRule: 'FREQ=SECONDLY',
                  eventStatus: 'scheduled',
                },
              ]
            : eventsOf(t);
      const town = await startFakeTown({ code, entries: { event: events } });
      towns.push(town);
      await indexTown(index, code, { event: events });
      registry.push({ code, url: town.url });
    }
    gateway = await startGatewayOver(registry, { index, cacheTtlMs: 0, logLevel: 'error' });
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    for (const town of towns) await town.stop();
    await index?.close();
  });

  /** Every event of alpha and beta, by paging the list, as a client without occurrences would. */
  const everyEvent = async (filters = '') => {
    const all: EventNode[] = [];
    let after: string | null = null;
    for (;;) {
      type Page = { events: { nodes: EventNode[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      const { data, errors }: { data?: Page; errors?: unknown[] } = await gateway.query<Page>(
        `query ($after: String) { events(towns: ["alpha", "beta"], first: 100, after: $after${filters}) {
            nodes { documentId start end allDay recurrenceRule recurrenceExceptions categories eventStatus town { code } }
            pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      all.push(...data!.events.nodes);
      if (!data!.events.pageInfo.hasNextPage) return all;
      after = data!.events.pageInfo.endCursor;
    }
  };
  const range = { from: new Date(MARCH.from), to: new Date(MARCH.to) };
  const occurrencesOf = (event: EventNode) => expandOccurrences(event, range).occurrences;

  it('counts each event once per occurrence in the month, per town, category and day, as expanding the list finds them', async () => {
    const { data, errors } = await gateway.query<{ eventsAggregate: { groups: Group[]; totalCount: number; complete: boolean } }>(
      `query ($range: OccurrenceRange) { eventsAggregate(towns: ["alpha", "beta"], occurrences: $range,
          groupBy: [{ field: town }, { field: categories }, { date: start, bucket: DAY }]) {
          groups { keys { value } count } totalCount complete } }`,
      { range: MARCH },
    );
    expect(errors).toBeUndefined();
    const events = await everyEvent();
    const expected = new Map<string, number>();
    let total = 0;
    for (const event of events) {
      const occurrences = occurrencesOf(event);
      total += occurrences.length;
      for (const occurrence of occurrences)
        for (const category of event.categories?.length ? event.categories : ['(none)']) {
          const key = `${event.town.code}|${category}|${brusselsDay(occurrence.start)}`;
          expected.set(key, (expected.get(key) ?? 0) + 1);
        }
    }
    const groups = data!.eventsAggregate.groups;
    expect(new Map(groups.map((g) => [g.keys.map((k) => k.value ?? '(none)').join('|'), g.count]))).toEqual(expected);
    expect(data!.eventsAggregate.totalCount).toBe(total);
    expect(data!.eventsAggregate.complete).toBe(true);
    // More occurrences than events in the month: the recurring ones count many times.
    expect(total).toBeGreaterThan(events.filter((e) => occurrencesOf(e).length > 0).length);
    // The hand-checked one: the Saturday market on 7, 21 and 28 March (14 March left out).
    const market = groups.filter((g) => g.keys[0]!.value === 'alpha' && g.keys[1]!.value === 'market');
    const marketDays = events.filter((e) => e.categories?.includes('market') && e.town.code === 'alpha').flatMap(occurrencesOf);
    expect(market.reduce((sum, g) => sum + g.count, 0)).toBe(marketDays.length);
    expect(market.some((g) => g.keys[2]!.value === '2026-03-14')).toBe(marketDays.some((o) => brusselsDay(o.start) === '2026-03-14'));
  });

  it('keeps the lists’ filters, and counts per month', async () => {
    const { data, errors } = await gateway.query<{ eventsAggregate: { groups: Group[]; totalCount: number } }>(
      `query ($range: OccurrenceRange) { eventsAggregate(towns: ["alpha", "beta"], occurrences: $range,
          filters: { eventStatus: { eq: scheduled } }, groupBy: [{ date: start, bucket: MONTH }]) { groups { keys { value } count } totalCount } }`,
      { range: MARCH },
    );
    expect(errors).toBeUndefined();
    const scheduled = (await everyEvent(', filters: { eventStatus: { eq: scheduled } }')).flatMap(occurrencesOf);
    expect(scheduled.length).toBeGreaterThan(0);
    // Occurrences overlapping the month may start in February (an event going on at midnight).
    const byMonth = new Map<string, number>();
    for (const o of scheduled) byMonth.set(brusselsDay(o.start).slice(0, 7), (byMonth.get(brusselsDay(o.start).slice(0, 7)) ?? 0) + 1);
    expect(new Map(data!.eventsAggregate.groups.map((g) => [g.keys[0]!.value, g.count]))).toEqual(byMonth);
    expect(data!.eventsAggregate.totalCount).toBe(scheduled.length);
  });

  it('gives an event its occurrences: the Saturday market three times in March, at 10:00 in Brussels', async () => {
    const { data, errors } = await gateway.query<{
      events: { nodes: { documentId: string; occurrences: { start: string; end: string | null }[] }[] };
    }>(
      `query ($from: DateTime!, $to: DateTime!) { events(towns: ["alpha"], first: 100) {
          nodes { documentId occurrences(from: $from, to: $to) { start end } } } }`,
      MARCH,
    );
    expect(errors).toBeUndefined();
    const market = data!.events.nodes.find((n) => n.documentId === SATURDAY_MARKET.documentId)!;
    expect(market.occurrences).toEqual([
      { start: '2026-03-07T09:00:00.000Z', end: '2026-03-07T11:00:00.000Z' },
      { start: '2026-03-21T09:00:00.000Z', end: '2026-03-21T11:00:00.000Z' },
      { start: '2026-03-28T09:00:00.000Z', end: '2026-03-28T11:00:00.000Z' },
    ]);
    // Every event's, as the expander gives them (the list read only the fields the query asked: occurrences needs more).
    const events = new Map((await everyEvent()).map((e) => [e.documentId, e]));
    for (const node of data!.events.nodes)
      expect(node.occurrences, node.documentId).toEqual(
        occurrencesOf(events.get(node.documentId)!).map((o) => ({ start: o.start.toISOString(), end: o.end?.toISOString() ?? null })),
      );
    const two = await gateway.query<{ events: { nodes: { documentId: string; occurrences: unknown[] }[] } }>(
      `query ($from: DateTime!, $to: DateTime!) { events(towns: ["alpha"], first: 100) { nodes { documentId occurrences(from: $from, to: $to, first: 2) { start } } } }`,
      MARCH,
    );
    expect(two.data!.events.nodes.find((n) => n.documentId === SATURDAY_MARKET.documentId)!.occurrences).toHaveLength(2);
  });

  it('says when a hostile rule was cut short', async () => {
    const { data, errors } = await gateway.query<{ eventsAggregate: { totalCount: number; complete: boolean } }>(
      `query ($range: OccurrenceRange) { eventsAggregate(towns: ["gamma"], occurrences: $range) { totalCount complete } }`,
      { range: MARCH },
    );
    expect(data!.eventsAggregate).toEqual({ totalCount: 10_000, complete: false });
    expect(errors?.map((e) => [e.extensions?.code, e.extensions?.town])).toEqual([['OCCURRENCES_TRUNCATED', 'gamma']]);
  });

  it('keeps the categories with the most occurrences, per town, and counts the rest of each town as one remainder', async () => {
    type TopGroup = { keys: { value: string | null; other: boolean }[]; count: number };
    const { data, errors } = await gateway.query<{ eventsAggregate: { groups: TopGroup[]; totalCount: number } }>(
      `query ($range: OccurrenceRange) { eventsAggregate(towns: ["alpha", "beta"], occurrences: $range,
          groupBy: [{ field: town }, { field: categories }], top: { groupBy: 1, n: 2 }) { groups { keys { value other } count } totalCount } }`,
      { range: MARCH },
    );
    expect(errors).toBeUndefined();
    // Occurrences per town and category (each category of an event counts its occurrences), from the paged list.
    const perCategory = new Map<string, number>();
    const rows: [string, string | null, number][] = [];
    for (const event of await everyEvent()) {
      const n = occurrencesOf(event).length;
      if (n === 0) continue;
      for (const category of event.categories?.length ? event.categories : [null]) {
        rows.push([event.town.code, category, n]);
        if (category) perCategory.set(category, (perCategory.get(category) ?? 0) + n);
      }
    }
    const kept = [...perCategory]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 2)
      .map(([c]) => c);
    expect(perCategory.size).toBeGreaterThan(2);
    const expected = new Map<string, number>();
    for (const [town, category, n] of rows) {
      const key = `${town}|${category === null ? '(none)' : kept.includes(category) ? category : '(other)'}`;
      expected.set(key, (expected.get(key) ?? 0) + n);
    }
    const groups = data!.eventsAggregate.groups;
    expect(
      new Map(groups.map((g) => [`${g.keys[0]!.value}|${g.keys[1]!.other ? '(other)' : (g.keys[1]!.value ?? '(none)')}`, g.count])),
    ).toEqual(expected);
    // Sorted as the index sorts a top: the kept values, then the remainder, then the missing value.
    const alpha = groups
      .filter((g) => g.keys[0]!.value === 'alpha')
      .map((g) => (g.keys[1]!.other ? '(other)' : (g.keys[1]!.value ?? '(none)')));
    expect(alpha.indexOf('(other)')).toBe(alpha.length - (alpha.includes('(none)') ? 2 : 1));
  });

  it('refuses what it cannot answer over occurrences', async () => {
    const codes = async (query: string) => (await gateway.query(query)).errors?.map((e) => e.extensions?.code);
    const march = `{ from: "2026-03-01T00:00:00Z", to: "2026-04-01T00:00:00Z" }`;
    expect(
      await codes('{ eventsAggregate(occurrences: { from: "2026-01-01T00:00:00Z", to: "2027-01-03T00:00:00Z" }) { totalCount } }'),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      await codes('{ eventsAggregate(occurrences: { from: "2026-04-01T00:00:00Z", to: "2026-03-01T00:00:00Z" }) { totalCount } }'),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await codes(`{ eventsAggregate(occurrences: ${march}) { groups { sum(field: price) } } }`)).toEqual(['BAD_USER_INPUT']);
    expect(await codes(`{ eventsAggregate(occurrences: ${march}, groupBy: [{ date: end }]) { totalCount } }`)).toEqual(['BAD_USER_INPUT']);
    expect(await codes(`{ eventsAggregate(occurrences: ${march}, groupBy: [{ date: start }], top: { n: 1 }) { totalCount } }`)).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      await codes(
        `{ events(towns: ["alpha"], first: 1) { nodes { occurrences(from: "2026-03-01T00:00:00Z", to: "2026-04-01T00:00:00Z", first: 1001) { start } } } }`,
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      await codes(
        `{ events(towns: ["alpha"], first: 1) { nodes { occurrences(from: "2026-03-01T00:00:00Z", to: "2028-04-01T00:00:00Z") { start } } } }`,
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });
});

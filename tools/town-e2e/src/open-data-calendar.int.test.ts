import type ICAL from 'ical.js' with { 'resolution-mode': 'import' };
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededRegion, type SeededRegion } from './seeded-region';
import { createTownHttpClient, type Entry } from './town-http-client';
import { toLocaleFreeId } from '../../../apps/gateway/src/towns/node-id';

type Gql<T> = { data?: T; errors?: { message: string }[] };

/**
 * The iCalendar feeds over two real, seeded towns, read back by ical.js (Mozilla's parser,
 * RRULE and EXDATE expansion, VTIMEZONE conversion) and compared with the towns' own REST API.
 */
describe('iCalendar feeds over real towns', () => {
  let ical: typeof ICAL;
  let region: SeededRegion;
  const rest: Record<string, { events: Entry[]; meetings: Entry[] }> = {};
  /** Global id → the town's documentId, from the gateway's GraphQL. */
  const documentIds = new Map<string, string>();

  const get = (path: string) => fetch(`${region.origin}${path}`);
  const calendar = async (path: string) => {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    // RFC 5545 §3.1: CRLF line ends, lines of at most 75 octets.
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n').filter((l) => Buffer.byteLength(l) > 75)).toEqual([]);
    const component = new ical.Component(ical.parse(text));
    for (const tz of component.getAllSubcomponents('vtimezone')) ical.TimezoneService.register(tz);
    return { text, vevents: component.getAllSubcomponents('vevent').map((v) => new ical.Event(v)) };
  };
  const byDocumentId = (vevents: ICAL.Event[]) => new Map(vevents.map((e) => [documentIds.get(e.uid)!, e]));
  const allEvents = () => [...rest.eupen!.events, ...rest.seneffe!.events];

  beforeAll(async () => {
    // ical.js is an ES module; the tests compile as CommonJS.
    ical = (await import('ical.js')).default;
    region = await startSeededRegion({ towns: ['eupen', 'seneffe'], scale: 0.15 });
    for (const code of ['eupen', 'seneffe']) {
      const client = createTownHttpClient(region.towns[code]!.api);
      rest[code] = {
        events: await client.all('/communes-agenda/events', 'locale=fr'),
        meetings: await client.all('/communes-council/meetings', 'locale=fr'),
      };
    }
    for (const field of ['events', 'meetings']) {
      for (let after: string | null = null; ; ) {
        const response = await fetch(`${region.origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `query($after: String) { ${field}(first: 100, after: $after) { nodes { id documentId } pageInfo { hasNextPage endCursor } } }`,
            variables: { after },
          }),
        });
        const page = (
          (await response.json()) as Gql<
            Record<string, { nodes: { id: string; documentId: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } }>
          >
        ).data![field]!;
        // Keyed as feeds and calendars name an entry: by its id without locale.
        for (const node of page.nodes) documentIds.set(toLocaleFreeId(node.id), node.documentId);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
    }
  });
  afterAll(async () => {
    await region?.stop();
  });

  it("has every published event of a town once, at the town's instants, in Europe/Brussels", async () => {
    const { vevents } = await calendar('/calendar/events.ics?town=eupen&from=2000-01-01&limit=2000&locale=fr');
    const events = byDocumentId(vevents);
    expect(vevents.length).toBeGreaterThan(20);
    expect([...events.keys()].sort()).toEqual(rest.eupen!.events.map((e) => e.documentId).sort());
    for (const entry of rest.eupen!.events) {
      const vevent = events.get(entry.documentId)!;
      expect(vevent.summary).toBe(entry.name);
      if (entry.allDay) {
        expect(vevent.startDate.isDate).toBe(true);
        expect(vevent.startDate.toString()).toBe(
          new Date(entry.start as string).toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' }),
        );
      } else {
        expect(vevent.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Brussels');
        expect(vevent.startDate.toJSDate().toISOString()).toBe(entry.start);
        if (entry.end) expect(vevent.endDate.toJSDate().toISOString()).toBe(entry.end);
      }
    }
  });

  it("expands each recurring event to its RRULE's occurrences less its EXDATEs", async () => {
    const events = byDocumentId((await calendar('/calendar/events.ics?group=wallonia&from=2000-01-01&limit=2000')).vevents);
    const recurring = allEvents().filter((e) => e.recurrenceRule);
    expect(recurring.length).toBeGreaterThan(0);
    expect(recurring.some((e) => Array.isArray(e.recurrenceExceptions) && e.recurrenceExceptions.length)).toBe(true);
    const brusselsDate = (instant: string) => new Date(instant).toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' });
    for (const entry of recurring) {
      const vevent = events.get(entry.documentId)!;
      expect(vevent.isRecurring()).toBe(true);
      const iterator = vevent.iterator();
      // The Brussels day of each occurrence (all-day ones are floating dates).
      const days: string[] = [];
      for (let next = iterator.next(); next && days.length < 100; next = iterator.next())
        days.push(next.isDate ? next.toString() : brusselsDate(next.toJSDate().toISOString()));
      const count = Number(/COUNT=(\d+)/.exec(entry.recurrenceRule as string)![1]);
      const excluded = ((entry.recurrenceExceptions as string[] | null) ?? []).map(brusselsDate);
      expect(days[0]).toBe(brusselsDate(entry.start as string));
      expect(days.length).toBe(count - excluded.length);
      for (const day of excluded) expect(days).not.toContain(day);
      if (!entry.allDay) expect(vevent.startDate.toJSDate().toISOString()).toBe(entry.start);
    }
  });

  it('marks exactly the cancelled events STATUS:CANCELLED', async () => {
    const events = byDocumentId((await calendar('/calendar/events.ics?group=wallonia&from=2000-01-01&limit=2000')).vevents);
    const cancelled = allEvents()
      .filter((e) => e.eventStatus === 'cancelled')
      .map((e) => e.documentId)
      .sort();
    expect(cancelled.length).toBeGreaterThan(0);
    expect(
      [...events]
        .filter(([, v]) => v.component.getFirstPropertyValue('status') === 'CANCELLED')
        .map(([id]) => id)
        .sort(),
    ).toEqual(cancelled);
  });

  it('keeps UIDs stable across requests', async () => {
    const uids = async () => (await calendar('/calendar/events.ics?town=seneffe&from=2000-01-01')).vevents.map((e) => e.uid);
    const first = await uids();
    expect(first.length).toBeGreaterThan(0);
    expect(await uids()).toEqual(first);
  });

  it('filters by category and by dates', async () => {
    const markets = (await calendar('/calendar/events.ics?group=wallonia&from=2000-01-01&category=market')).vevents;
    const expected = allEvents().filter((e) => (e.categories as string[]).includes('market'));
    expect(expected.length).toBeGreaterThan(0);
    expect(markets.map((e) => documentIds.get(e.uid)).sort()).toEqual(expected.map((e) => e.documentId).sort());
    const [from, to] = [new Date('2026-04-01T00:00:00+02:00'), new Date('2026-07-01T00:00:00+02:00')];
    const window = (await calendar('/calendar/events.ics?group=wallonia&from=2026-04-01&to=2026-06-30')).vevents;
    const inWindow = allEvents().filter(
      (e) =>
        new Date(e.start as string) < to &&
        (new Date(e.start as string) >= from || (e.end && new Date(e.end as string) >= from) || e.recurrenceRule),
    );
    expect(inWindow.length).toBeGreaterThan(0);
    expect(window.map((e) => documentIds.get(e.uid)).sort()).toEqual(inWindow.map((e) => e.documentId).sort());
  });

  it('serves council meetings, with their times and status', async () => {
    const { vevents } = await calendar('/calendar/meetings.ics?town=seneffe&from=2000-01-01&limit=2000');
    const meetings = byDocumentId(vevents);
    expect([...meetings.keys()].sort()).toEqual(rest.seneffe!.meetings.map((m) => m.documentId).sort());
    for (const entry of rest.seneffe!.meetings) {
      const vevent = meetings.get(entry.documentId)!;
      expect(vevent.startDate.toJSDate().toISOString()).toBe(entry.start);
      expect(vevent.component.getFirstPropertyValue('status')).toBe(entry.cancelled ? 'CANCELLED' : 'CONFIRMED');
    }
    const councils = (await calendar('/calendar/meetings.ics?group=wallonia&from=2026-01-01&to=2026-12-31&category=council')).vevents;
    const expected = [...rest.eupen!.meetings, ...rest.seneffe!.meetings].filter(
      (m) =>
        m.meetingType === 'council' &&
        (m.start as string) >= '2025-12-31T23:00:00.000Z' &&
        (m.start as string) < '2026-12-31T23:00:00.000Z',
    );
    expect(councils.map((e) => documentIds.get(e.uid)).sort()).toEqual(expected.map((m) => m.documentId).sort());
  });

  it('answers 404 for an unknown town and 400 for a bad date, as JSON with a code', async () => {
    const unknown = await get('/calendar/events.ics?town=atlantis');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'UNKNOWN_TOWN' } });
    const bad = await get('/calendar/meetings.ics?town=eupen&from=31/12/2026');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_PARAMETER' } });
  });
});

import { startFakeTown, type FakeTown } from '@communes/fake-town';
import type ICAL from 'ical.js' with { 'resolution-mode': 'import' };
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayOver } from '../../testing/gateway-harness';
import { toLocaleFreeId } from '../../towns/node-id';

const doc = (i: number) => `evt${String(i).padStart(21, '0')}`;
const LONG = 'Fête de la musique; concerts, ateliers et buvette — «\u00a0Eupen\u00a0» 😀 '.repeat(4);

/** Events that exercise what a calendar file must get right, as a town's REST API returns them. */
const EVENTS = [
  {
    documentId: doc(1),
    name: LONG,
    summary: 'Line one\nLine two, with; separators\\',
    start: '2026-06-21T16:00:00.000Z',
    end: '2026-06-21T20:00:00.000Z',
    allDay: false,
    eventStatus: 'scheduled',
    categories: ['concert', 'festival'],
    geoLatitude: 50.63,
    geoLongitude: 6.03,
    locationName: 'Place, "centrale"',
    organizer: { name: 'Culture; Eupen', email: 'culture@eupen.example.org' },
  },
  {
    documentId: doc(2),
    name: 'Weekly market',
    start: '2026-01-02T23:00:00.000Z',
    end: '2026-01-03T22:59:00.000Z',
    allDay: true,
    recurrenceRule: 'FREQ=WEEKLY;COUNT=6',
    recurrenceExceptions: ['2026-01-16T23:00:00.000Z'],
    eventStatus: 'scheduled',
    categories: ['market'],
  },
  {
    documentId: doc(3),
    name: 'Cancelled talk',
    start: '2026-02-10T18:00:00.000Z',
    end: null,
    allDay: false,
    eventStatus: 'cancelled',
    categories: ['conference'],
  },
  {
    documentId: doc(4),
    name: 'Broken rule',
    start: '2026-03-29T08:00:00.000Z',
    allDay: false,
    recurrenceRule: 'EVERY SATURDAY',
    eventStatus: 'postponed',
    categories: [],
  },
  {
    documentId: doc(5),
    name: 'Timed weekly with UNTIL',
    start: '2026-03-20T17:00:00.000Z',
    end: '2026-03-20T18:00:00.000Z',
    allDay: false,
    recurrenceRule: 'FREQ=WEEKLY;UNTIL=20260410',
    recurrenceExceptions: ['2026-03-27T17:00:00.000Z'],
    eventStatus: 'scheduled',
    categories: ['sport'],
  },
  // The exception stored as start + 14 days of 24 h: an hour off the occurrence once summer time began.
  {
    documentId: doc(6),
    name: 'Across the change',
    start: '2026-03-20T17:00:00.000Z',
    allDay: false,
    recurrenceRule: 'FREQ=WEEKLY;COUNT=4',
    recurrenceExceptions: ['2026-04-03T17:00:00.000Z'],
    eventStatus: 'scheduled',
    categories: [],
  },
].map((e) => ({ locale: 'fr', topics: [], ...e }));

const MEETINGS = [
  {
    documentId: 'mtg000000000000000000001',
    name: 'Conseil communal',
    start: '2026-05-12T17:30:00.000Z',
    meetingType: 'council',
    meetingState: 'scheduled',
    cancelled: true,
    locale: 'fr',
    organizations: [],
  },
  {
    documentId: 'mtg000000000000000000002',
    name: 'Collège',
    start: '2026-12-01T17:30:00.000Z',
    end: '2026-12-01T20:00:00.000Z',
    meetingType: 'college',
    meetingState: 'scheduled',
    cancelled: false,
    locale: 'fr',
    organizations: [],
  },
];

describe('iCalendar over a town (parsed back by ical.js)', () => {
  let ical: typeof ICAL;
  let town: FakeTown;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  const get = (path: string, init?: RequestInit) => fetch(`${new URL(gateway.url).origin}${path}`, init);
  const parse = (text: string) => {
    const calendar = new ical.Component(ical.parse(text));
    for (const tz of calendar.getAllSubcomponents('vtimezone')) ical.TimezoneService.register(tz);
    return calendar;
  };
  const events = (calendar: ICAL.Component) =>
    new Map(calendar.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), new ical.Event(v)]));

  beforeAll(async () => {
    // ical.js is an ES module; the tests compile as CommonJS.
    ical = (await import('ical.js')).default;
    town = await startFakeTown({ code: 'eupen', entries: { event: EVENTS, meeting: MEETINGS, organization: [] } });
    gateway = await startGatewayOver([{ code: 'eupen', url: town.url, groups: { region: 'wallonia' } }], { cacheTtlMs: 0 });
  });
  afterAll(async () => {
    await gateway?.stop();
    await town?.stop();
  });

  it('says a calendar cut by its limit goes on (Link rel=next), and its pages hold every event once', async () => {
    const all = await get('/calendar/events.ics?town=eupen&from=2000-01-01');
    expect(all.headers.get('link')).toBeNull();
    const expected = [...events(parse(await all.text())).keys()];
    expect(expected.length).toBeGreaterThan(2);
    const seen: string[] = [];
    let path: string | null = '/calendar/events.ics?town=eupen&from=2000-01-01&limit=2';
    while (path) {
      const page = await get(path);
      const uids = [...events(parse(await page.text())).keys()];
      expect(uids.length).toBeLessThanOrEqual(2);
      seen.push(...uids);
      const link = /^<([^>]+)>; rel="next"$/.exec(page.headers.get('link') ?? '');
      path = link ? `${new URL(link[1]!).pathname}${new URL(link[1]!).search}` : null;
    }
    expect(seen).toEqual(expected);
  });

  it('pages a calendar without `from` too: the next page asks for the same window, not a later "30 days ago"', async () => {
    const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const upcoming = [1, 2, 3].map((days) => ({
      ...EVENTS[0]!,
      documentId: `soon${days}`.padEnd(24, '0'),
      start: soon(days),
      end: soon(days + 0.1),
    }));
    const near = await startFakeTown({ code: 'near', entries: { event: upcoming, meeting: [], organization: [] } });
    const over = await startGatewayOver([{ code: 'near', url: near.url }], { cacheTtlMs: 0 });
    try {
      const seen: string[] = [];
      let url: string | null = `${new URL(over.url).origin}/calendar/events.ics?town=near&limit=1`;
      while (url) {
        const page = await fetch(url);
        expect(page.status).toBe(200);
        seen.push(...events(parse(await page.text())).keys());
        url = /^<([^>]+)>; rel="next"$/.exec(page.headers.get('link') ?? '')?.[1] ?? null;
      }
      expect(seen).toHaveLength(3);
    } finally {
      await over.stop();
      await near.stop();
    }
  });

  it('writes CRLF lines of at most 75 octets that ical.js reads back, text unchanged', async () => {
    const response = await get('/calendar/events.ics?town=eupen&from=2000-01-01');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const all = events(parse(text));
    expect(all.size).toBe(6);
    const festival = [...all.values()].find((e) => e.summary === LONG.trim() || e.summary === LONG)!;
    expect(festival.summary).toBe(LONG);
    expect(festival.description).toBe('Line one\nLine two, with; separators\\');
    expect(festival.location).toContain('Place, "centrale"');
    expect(festival.component.getFirstProperty('categories')!.getValues()).toEqual(['concert', 'festival']);
    expect(festival.organizer).toBe('mailto:culture@eupen.example.org');
  });

  it('gives times in Europe/Brussels with a VTIMEZONE, the same instants as the town', async () => {
    const calendar = parse(await (await get('/calendar/events.ics?town=eupen&from=2000-01-01')).text());
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/Brussels');
    const festival = [...events(calendar).values()].find((e) => e.summary === LONG)!;
    expect(festival.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Brussels');
    expect(festival.startDate.zone!.tzid).toBe('Europe/Brussels');
    expect(festival.startDate.toString()).toBe('2026-06-21T18:00:00');
    expect(festival.startDate.toJSDate().toISOString()).toBe('2026-06-21T16:00:00.000Z');
    expect(festival.endDate.toJSDate().toISOString()).toBe('2026-06-21T20:00:00.000Z');
  });

  it('writes all-day events as DATE values, with an exclusive end', async () => {
    const market = [...events(parse(await (await get('/calendar/events.ics?town=eupen&from=2000-01-01')).text())).values()].find(
      (e) => e.summary === 'Weekly market',
    )!;
    expect(market.startDate.isDate).toBe(true);
    expect(market.startDate.toString()).toBe('2026-01-03');
    expect(market.endDate.toString()).toBe('2026-01-04');
  });

  it('expands RRULE and EXDATE into the occurrences the town meant', async () => {
    const all = [...events(parse(await (await get('/calendar/events.ics?town=eupen&from=2000-01-01')).text())).values()];
    const occurrences = (event: ICAL.Event) => {
      const out: string[] = [];
      const it = event.iterator();
      for (let next = it.next(); next && out.length < 50; next = it.next()) out.push(next.toString());
      return out;
    };
    const market = all.find((e) => e.summary === 'Weekly market')!;
    expect(market.isRecurring()).toBe(true);
    expect(occurrences(market)).toEqual(['2026-01-03', '2026-01-10', '2026-01-24', '2026-01-31', '2026-02-07']);
    const weekly = all.find((e) => e.summary === 'Timed weekly with UNTIL')!;
    // Wall-clock recurrence: 18:00 in Brussels on both sides of the change to summer time.
    expect(occurrences(weekly)).toEqual(['2026-03-20T18:00:00', '2026-04-03T18:00:00', '2026-04-10T18:00:00']);
    const it = weekly.iterator();
    const instants = [it.next(), it.next()].map((t) => t!.toJSDate().toISOString());
    expect(instants).toEqual(['2026-03-20T17:00:00.000Z', '2026-04-03T16:00:00.000Z']);
    expect(occurrences(all.find((e) => e.summary === 'Across the change')!)).toEqual([
      '2026-03-20T18:00:00',
      '2026-03-27T18:00:00',
      '2026-04-10T18:00:00',
    ]);
    expect(all.find((e) => e.summary === 'Broken rule')!.isRecurring()).toBe(false);
  });

  it('marks cancelled events and meetings STATUS:CANCELLED, postponed ones TENTATIVE', async () => {
    const all = [...events(parse(await (await get('/calendar/events.ics?town=eupen&from=2000-01-01')).text())).values()];
    const status = (summary: string) => all.find((e) => e.summary === summary)!.component.getFirstPropertyValue('status');
    expect(status('Cancelled talk')).toBe('CANCELLED');
    expect(status('Broken rule')).toBe('TENTATIVE');
    expect(status('Weekly market')).toBe('CONFIRMED');
    const meetings = [...events(parse(await (await get('/calendar/meetings.ics?group=wallonia&from=2000-01-01')).text())).values()];
    expect(meetings.map((m) => [m.summary, m.component.getFirstPropertyValue('status')])).toEqual([
      ['Conseil communal', 'CANCELLED'],
      ['Collège', 'CONFIRMED'],
    ]);
  });

  it('keeps UIDs and DTSTAMPs stable across requests: the gateway global ids, without locale', async () => {
    const uids = async () => [...events(parse(await (await get('/calendar/events.ics?town=eupen&from=2000-01-01')).text())).keys()];
    const first = await uids();
    expect(await uids()).toEqual(first);
    const { data } = await gateway.query<{ events: { nodes: { id: string }[] } }>('{ events(first: 100) { nodes { id } } }');
    expect(first.sort()).toEqual(data!.events.nodes.map((n) => toLocaleFreeId(n.id)).sort());
  });

  describe('abuse', () => {
    const expectError = async (path: string, status: number, code: string, init?: RequestInit) => {
      const response = await get(path, init);
      expect(response.status).toBe(status);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      return body.error.message;
    };
    it('answers 404 for an unknown town or group', async () => {
      expect(await expectError('/calendar/events.ics?town=atlantis', 404, 'UNKNOWN_TOWN')).toContain('atlantis');
      await expectError('/calendar/meetings.ics?group=narnia', 404, 'UNKNOWN_TOWN');
    });
    it('answers 400 for bad parameters, saying what was expected', async () => {
      expect(await expectError('/calendar/events.ics?from=2026-02-30', 400, 'BAD_PARAMETER')).toContain('from: expected a date');
      await expectError('/calendar/events.ics?from=yesterday', 400, 'BAD_PARAMETER');
      await expectError('/calendar/events.ics?to=2026-01-01T10:00', 400, 'BAD_PARAMETER');
      await expectError('/calendar/events.ics?from=2026-02-01&to=2026-01-01', 400, 'BAD_PARAMETER');
      expect(await expectError('/calendar/events.ics?category=rave', 400, 'BAD_PARAMETER')).toContain('concert');
      await expectError('/calendar/meetings.ics?category=concert', 400, 'BAD_PARAMETER');
      await expectError('/calendar/events.ics?limit=0', 400, 'BAD_PARAMETER');
      await expectError('/calendar/events.ics?limit=1e3', 400, 'BAD_PARAMETER');
      await expectError('/calendar/events.ics?town=EUPEN%0D%0A', 400, 'BAD_PARAMETER');
      await expectError('/calendar/events.ics?town=eupen&group=wallonia', 400, 'BAD_PARAMETER');
      expect(
        await expectError(`/calendar/events.ics?town=${Array.from({ length: 51 }, (_, i) => `t${i}`).join(',')}`, 400, 'BAD_PARAMETER'),
      ).toContain('at most 50');
      await expectError('/calendar/events.ics?locale=german', 400, 'BAD_PARAMETER');
    });
    it('answers HEAD with the headers alone', async () => {
      const head = await get('/calendar/meetings.ics?town=eupen', { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(await head.text()).toBe('');
    });
    it('answers 405 to other methods', async () => {
      await expectError('/calendar/events.ics', 405, 'METHOD_NOT_ALLOWED', { method: 'POST', body: 'x' });
    });
    it('answers 502 when the town answers with an error, and says which', async () => {
      town.setFault('error500');
      try {
        expect(await expectError('/calendar/events.ics?town=eupen&from=2000-01-01', 502, 'TOWN_BAD_RESPONSE')).toContain('eupen');
      } finally {
        town.setFault('none');
      }
    });
  });
});

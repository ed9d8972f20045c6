import { buildCouncilFixture, buildNewsFixture } from './council-fixture';

/** 24 characters, unique per kind across a region of up to 1,000 towns. */
const id = (prefix: string, town: number, i: number) =>
  `${prefix}${String(town).padStart(3, '0')}${String(i).padStart(21 - prefix.length, '0')}`;
const TYPES = ['buildingPermit', 'urbanCertificate1', 'environmentPermitClass2', 'singlePermit'];
const STATUSES = ['submitted', 'underReview', 'publicInquiry', 'decided'];
const CATEGORIES = ['roads', 'lighting', 'cleanliness', 'waste'];
const EVENT_CATEGORIES = ['concert', 'market', 'sport'];

/** A Brussels-time instant in a month `offset` months from `now`'s, on a given day. */
function inMonth(now: Date, offset: number, day: number): string {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, day, 10, 0, 0));
  return first.toISOString();
}

/**
 * One town's data for every question of a regional analyst (issue 15), different per town (`t`,
 * its place in the region) so that a number counted for the wrong town shows: planning
 * applications, service requests of the town's own service types mapped to shared categories,
 * a council, events next month, news, public services. `scale` multiplies every count (1: about
 * 130 entries for the first town; the benchmarks' towns take more).
 */
export function buildRegionFixture(code: string, t: number, now: Date, scale = 1) {
  const year = now.getUTCFullYear();
  const n = (count: number) => Math.round(count * scale);
  const council = buildCouncilFixture(n(6 + (t % 5) * 3));
  council.meeting = council.meeting.map((meeting, i) => ({
    ...meeting,
    start: `${year}-${String(((i * 2 + t) % 12) + 1).padStart(2, '0')}-1${i % 9}T18:30:00.000Z`,
    cancelled: false,
  }));
  const results = ['accepted', 'refused', 'postponed'];
  council['agenda-item'] = council['agenda-item'].map((item, i) => {
    const heardInPublic = (i + t) % 3 !== 0;
    return { ...item, public: heardInPublic, ...(heardInPublic ? { result: results[(i + t) % 3] } : {}) };
  });
  const applications = Array.from({ length: n(8 + (t % 5) * 5) }, (_, i) => ({
    documentId: id('pa', t, i),
    reference: `${code.toUpperCase()}/${year}/${i}`,
    title: `Application ${i}`,
    applicationType: TYPES[(i + t) % TYPES.length],
    applicationStatus: STATUSES[(i * 3 + t) % STATUSES.length],
    submissionDate: `${year}-${String((i % 11) + 1).padStart(2, '0')}-0${(i % 8) + 1}`,
  }));
  const types = CATEGORIES.map((category, i) => ({
    documentId: id('st', t, i),
    serviceCode: `${code}-${i}`,
    name: `${code} service ${i}`,
    serviceKind: 'realtime',
    category,
  }));
  const requests = Array.from({ length: n(10 + (t % 5) * 6) }, (_, i) => {
    const closed = (i + t) % 3 !== 0;
    const requestedAt = new Date(Date.UTC(year, i % 10, 3, 8, 0, 0));
    return {
      documentId: id('sr', t, i),
      requestStatus: closed ? 'closed' : 'open',
      requestedAt: requestedAt.toISOString(),
      ...(closed ? { statusChangedAt: new Date(requestedAt.getTime() + ((i % 5) + t + 1) * 86_400_000).toISOString() } : {}),
      serviceType: { documentId: types[(i * 7 + t) % types.length]!.documentId },
    };
  });
  const events: Record<string, unknown>[] = Array.from({ length: n(4 + (t % 5) * 2) }, (_, i) => ({
    documentId: id('ev', t, i),
    name: `${code} event ${i}`,
    start: inMonth(now, 1, (i % 25) + 2),
    allDay: false,
    eventStatus: 'scheduled',
    attendanceMode: 'offline',
    categories: [EVENT_CATEGORIES[(i + t) % EVENT_CATEGORIES.length]],
    topics: [],
  }));
  // A weekly market that began two months ago: only its occurrences fall next month, but one.
  const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const secondSaturday = new Date(nextMonth.getTime() + (((6 - nextMonth.getUTCDay() + 7) % 7) + 7) * 86_400_000);
  events.push({
    documentId: id('ev', t, 999),
    name: `${code} weekly market`,
    start: inMonth(now, -2, 3),
    end: new Date(Date.parse(inMonth(now, -2, 3)) + 3 * 3_600_000).toISOString(),
    allDay: false,
    eventStatus: 'scheduled',
    attendanceMode: 'offline',
    categories: ['market'],
    topics: [],
    recurrenceRule: 'FREQ=WEEKLY;BYDAY=SA',
    recurrenceExceptions: [secondSaturday.toISOString().slice(0, 10)],
  });
  const news = buildNewsFixture(code, n(30 + (t % 5) * 40)).map((item, i) => ({
    ...item,
    datePublished: new Date(Date.UTC(year, 0, 1) + i * 5 * 86_400_000).toISOString(),
  }));
  const services = Array.from({ length: n(3 + (t % 5)) }, (_, i) => ({
    documentId: id('ps', t, i),
    code: `${code}-service-${i}`,
    name: i === 0 ? '=HYPERLINK("http://evil.example","click")' : `${code} public service ${i}`,
    audiences: [],
    lifeEvents: [],
    topics: [],
  }));
  return {
    ...council,
    'planning-application': applications,
    'service-type': types,
    'service-request': requests,
    event: events,
    'news-item': news,
    'public-service': services,
  };
}

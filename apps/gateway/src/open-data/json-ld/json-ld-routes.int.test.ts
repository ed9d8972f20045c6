import { startFakeTown, type FakeTown } from '@communes/fake-town';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayOver } from '../../testing/gateway-harness';

/**
 * schema.org's context reduced to what expansion needs here: its vocabulary mapping. Served
 * locally, since nothing may be fetched; a term outside the vocabulary still expands, which
 * the e2e suite covers by type-checking real output against schema-dts.
 */
const SCHEMA_ORG_CONTEXT = { '@context': { '@vocab': 'https://schema.org/' } };
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`No network in tests: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG_CONTEXT };
};
const S = (term: string) => `https://schema.org/${term}`;

const ENTRIES = {
  event: [
    {
      documentId: 'evt000000000000000000001',
      name: 'Concert',
      summary: 'Au parc',
      start: '2026-06-21T16:00:00.000Z',
      end: '2026-06-21T18:00:00.000Z',
      allDay: false,
      eventStatus: 'cancelled',
      attendanceMode: 'mixed',
      locationName: 'Parc',
      streetAddress: 'Rue Haute 1',
      postalCode: '4700',
      locality: 'Eupen',
      geoLatitude: 50.63,
      geoLongitude: 6.03,
      onlineUrl: 'https://live.example.org',
      price: 8,
      isAccessibleForFree: false,
      registrationUrl: 'https://tickets.example.org/1',
      recurrenceRule: 'FREQ=WEEKLY;COUNT=4;BYDAY=SA',
      categories: ['concert'],
      topics: ['culture'],
      organizer: { name: 'Culture', email: 'c@example.org' },
      locale: 'fr',
    },
  ],
  place: [
    {
      documentId: 'plc000000000000000000001',
      name: 'Hôtel de ville',
      placeType: 'department',
      streetAddress: 'Place 1',
      postalCode: '4700',
      locality: 'Eupen',
      country: 'BE',
      phones: [{ label: 'Accueil', number: '+32 87 00 00 00' }],
      emails: [],
      openingHours: [{ dayOfWeek: ['monday', 'tuesday'], opens: '08:30:00.000', closes: '12:00:00.000', closed: false }],
      topics: [],
      locale: 'fr',
    },
  ],
  'public-service': [
    {
      documentId: 'svc000000000000000000001',
      code: 'identity-card',
      name: "Carte d'identité",
      summary: 'Demander une carte',
      audiences: ['youngPerson'],
      topics: [],
      lifeEvents: [],
      cost: { amount: 25, currency: 'EUR' },
      channels: [{ channelType: 'inPerson', description: 'Au guichet' }],
      documentsToBring: [],
      legalBasis: [],
      onlineUrl: 'https://example.org/eid',
      locale: 'fr',
    },
  ],
  'news-item': [
    {
      documentId: 'nws000000000000000000001',
      headline: 'Travaux',
      summary: 'Rue fermée',
      body: 'Longtemps',
      datePublished: '2026-03-01T09:00:00.000Z',
      topics: ['mobility'],
      relatedLinks: [],
      locale: 'fr',
    },
  ],
};

describe('schema.org JSON-LD (expanded by jsonld.js)', () => {
  let town: FakeTown;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  let origin: string;
  const get = (path: string) => fetch(`${origin}${path}`);
  const expand = async (path: string) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const doc = (await response.json()) as Record<string, unknown>;
    expect(doc['@context']).toBe('https://schema.org');
    return { doc, expanded: (await jsonld.expand(doc, { documentLoader })) as Record<string, unknown[]>[] };
  };
  const listItem = async (kind: string) => {
    const { doc } = await expand(`/json-ld/${kind}?town=eupen`);
    expect(doc['@type']).toBe('ItemList');
    const element = (doc.itemListElement as { '@type': string; position: number; item: Record<string, unknown> }[])[0]!;
    expect(element).toMatchObject({ '@type': 'ListItem', position: 1 });
    return element.item;
  };

  beforeAll(async () => {
    town = await startFakeTown({ code: 'eupen', entries: ENTRIES });
    const eupen = { code: 'eupen', url: town.url, name: 'Eupen', groups: { region: 'wallonia' } };
    gateway = await startGatewayOver([eupen], { cacheTtlMs: 0 });
    origin = new URL(gateway.url).origin;
  });
  afterAll(async () => {
    await gateway?.stop();
    await town?.stop();
  });

  it('writes an Event with its status, attendance mode, places, offer and schedule', async () => {
    const event = await listItem('events');
    expect(event).toMatchObject({
      '@type': 'Event',
      name: 'Concert',
      startDate: '2026-06-21T18:00:00+02:00',
      endDate: '2026-06-21T20:00:00+02:00',
      eventStatus: S('EventCancelled'),
      eventAttendanceMode: S('MixedEventAttendanceMode'),
      offers: { '@type': 'Offer', price: 8, priceCurrency: 'EUR', url: 'https://tickets.example.org/1' },
      eventSchedule: { '@type': 'Schedule', repeatFrequency: 'P1W', repeatCount: 4, byDay: [S('Saturday')] },
    });
    expect(event.location).toEqual([
      {
        '@type': 'Place',
        name: 'Parc',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Rue Haute 1',
          postalCode: '4700',
          addressLocality: 'Eupen',
          addressCountry: 'BE',
        },
        geo: { '@type': 'GeoCoordinates', latitude: 50.63, longitude: 6.03 },
      },
      { '@type': 'VirtualLocation', url: 'https://live.example.org' },
    ]);
  });

  it('expands to schema.org IRIs, one node per object, with the global id as @id', async () => {
    const id = ((await listItem('events'))['@id'] as string).split('/').pop()!;
    const { expanded } = await expand(`/json-ld/events/${id}?locale=fr`);
    expect(expanded).toHaveLength(1);
    expect(expanded[0]!['@type']).toEqual([S('Event')]);
    expect(expanded[0]!['@id']).toBe(`${origin}/json-ld/events/${id}`);
    expect(expanded[0]![S('eventStatus')]).toEqual([{ '@value': S('EventCancelled') }]);
    const quads = (await jsonld.toRDF(expanded as never, { format: 'application/n-quads' })) as unknown as string;
    expect(quads).toContain(
      `<${origin}/json-ld/events/${id}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Event>`,
    );
  });

  it('writes Place, GovernmentService and NewsArticle', async () => {
    expect(await listItem('places')).toMatchObject({
      '@type': 'Place',
      name: 'Hôtel de ville',
      telephone: '+32 87 00 00 00',
      openingHoursSpecification: [
        { '@type': 'OpeningHoursSpecification', dayOfWeek: [S('Monday'), S('Tuesday')], opens: '08:30', closes: '12:00' },
      ],
    });
    expect(await listItem('public-services')).toMatchObject({
      '@type': 'GovernmentService',
      identifier: 'identity-card',
      provider: { '@type': 'GovernmentOrganization', name: 'Eupen' },
      offers: { price: 25, priceCurrency: 'EUR' },
      audience: [{ '@type': 'Audience', audienceType: 'youngPerson' }],
    });
    expect(await listItem('news')).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Travaux',
      datePublished: '2026-03-01T09:00:00.000Z',
      publisher: { name: 'Eupen' },
    });
  });

  describe('abuse', () => {
    const expectError = async (path: string, status: number, code: string) => {
      const response = await get(path);
      expect(response.status).toBe(status);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
    };
    it('answers 404 for unknown kinds, ids, towns, and ids of another kind', async () => {
      const placeId = ((await listItem('places'))['@id'] as string).split('/').pop()!;
      await expectError('/json-ld/meetings?town=eupen', 404, 'NOT_FOUND');
      await expectError('/json-ld/events/not-an-id', 404, 'NOT_FOUND');
      await expectError('/json-ld/events/%E0%A4%A', 404, 'NOT_FOUND');
      await expectError(`/json-ld/events/${placeId}`, 404, 'NOT_FOUND');
      await expectError('/json-ld/news?town=atlantis', 404, 'UNKNOWN_TOWN');
    });
    it('answers 502 when the town of the id answers with an error, not 404', async () => {
      const id = ((await listItem('news'))['@id'] as string).split('/').pop()!;
      town.setFault('error500');
      try {
        await expectError(`/json-ld/news/${id}`, 502, 'TOWN_BAD_RESPONSE');
        await expectError('/json-ld/news?town=eupen', 502, 'TOWN_BAD_RESPONSE');
      } finally {
        town.setFault('none');
      }
    });
    it('answers 400 for bad limits, locales and cursors', async () => {
      await expectError('/json-ld/places?limit=abc', 400, 'BAD_PARAMETER');
      await expectError('/json-ld/places?locale=%3Cx%3E', 400, 'BAD_PARAMETER');
      await expectError('/json-ld/places?after=%3Cx%3E', 400, 'BAD_PARAMETER');
      // Base64 of "not-a-cursor": well formed, and no cursor of the gateway.
      await expectError('/json-ld/places?after=bm90LWEtY3Vyc29y', 400, 'BAD_PARAMETER');
    });
  });
});

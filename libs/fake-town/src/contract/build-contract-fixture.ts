import type { FixtureEntry, TownFixture } from './town-fixture';

/** A documentId of the fixture: a prefix naming the kind, then a number, 24 characters in all. */
export const fixtureId = (prefix: string, n: number): string => `${prefix}${String(n).padStart(24 - prefix.length, '0')}`;

const event = (n: number, fr: string, de: string | undefined, shared: Record<string, unknown>): FixtureEntry => ({
  documentId: fixtureId('evt', n),
  shared: { eventStatus: 'scheduled', ...shared },
  localized: { fr: { name: fr }, ...(de ? { de: { name: de } } : {}) },
});

/**
 * The documents both towns of the contract hold. Chosen for what tells implementations apart:
 * numbers that sort differently as text (2.5, 12.5, 100; orders 2, 10, 11), ties on the sort
 * key (two events at one instant), names with accents and mixed case, `%` and `_` in text,
 * entries missing a value, a document in one locale only, drafts (one linked to a published
 * meeting), private fields, an agenda item heard in closed session, relations in every
 * cardinality, a file, and an empty kind.
 */
export function buildContractFixture(): TownFixture {
  const meetings = [1, 2, 3].map((n) => fixtureId('mtg', n));
  const organizations = [1, 2, 3].map((n) => fixtureId('org', n));
  const serviceTypes = [1, 2].map((n) => fixtureId('stp', n));
  const item = (n: number, meeting: number, order: number, number: string, fr: string, de?: string, draft?: boolean): FixtureEntry => ({
    documentId: fixtureId('itm', n),
    ...(draft ? { draft } : {}),
    shared: { meeting: meetings[meeting - 1], order, number, public: true },
    localized: { fr: { name: fr }, ...(de ? { de: { name: de } } : {}) },
  });
  return {
    town: { code: 'contract', name: 'Contrat-sur-Sambre', locales: ['fr', 'de'] },
    entries: {
      event: [
        event(1, 'Apéro du marché', 'Marktaperitif', {
          start: '2026-03-14T18:00:00.000Z',
          end: '2026-03-14T21:00:00.000Z',
          allDay: false,
          price: 5,
          isAccessibleForFree: false,
          wheelchairAccessible: true,
          categories: ['market', 'festival'],
          geoLatitude: 50.4717,
          geoLongitude: 4.2625,
          postalCode: '7180',
          locality: 'Seneffe',
          streetAddress: 'Grand-Place 1',
        }),
        event(2, 'apéro des voisins', undefined, {
          start: '2026-03-14T18:00:00.000Z',
          allDay: false,
          isAccessibleForFree: true,
          categories: ['other'],
          postalCode: '7180',
          locality: 'Seneffe',
        }),
        event(3, 'Zumba au parc', 'Zumba im Park', {
          start: '2026-01-05T09:00:00.000Z',
          end: '2026-01-05T10:00:00.000Z',
          eventStatus: 'cancelled',
          price: 12.5,
          isAccessibleForFree: false,
          wheelchairAccessible: false,
          categories: ['sport'],
          geoLatitude: 50.4146,
          geoLongitude: 4.6056,
          postalCode: '5060',
          locality: 'Sambreville',
        }),
        event(4, 'Église ouverte', 'Offene Kirche', {
          start: '2026-06-21T00:00:00.000Z',
          allDay: true,
          price: 0,
          isAccessibleForFree: true,
          wheelchairAccessible: true,
          categories: ['guidedTour'],
          geoLatitude: 50.6275,
          geoLongitude: 6.0364,
          postalCode: '4700',
          locality: 'Eupen',
        }),
        event(5, 'eglise romane : visite', undefined, {
          start: '2025-12-31T23:30:00.000Z',
          eventStatus: 'postponed',
          price: 100,
          categories: ['guidedTour', 'childrenActivity'],
          postalCode: '4700',
          locality: 'Eupen',
        }),
        event(6, 'Marché de Liège', 'Lütticher Markt', {
          start: '2026-02-01T08:00:00.000Z',
          price: 2.5,
          categories: ['market'],
          postalCode: '4000',
          locality: 'Liège',
          streetAddress: 'Place du Marché',
        }),
        event(7, 'LIÈGE EN FÊTE', undefined, {
          start: '2026-02-01T08:00:00.000Z',
          eventStatus: 'rescheduled',
          price: 9.99,
          categories: ['festival', 'concert'],
          postalCode: '4000',
          locality: 'Liège',
        }),
        event(8, 'Soirée 100% jazz', undefined, {
          start: '2026-04-02T19:30:00.000Z',
          eventStatus: 'movedOnline',
          attendanceMode: 'online',
          price: 15,
          categories: ['concert'],
          postalCode: '1000',
          locality: 'Bruxelles',
          streetAddress: 'Rue Neuve 5',
        }),
        event(9, 'Jazz_club des aînés', undefined, {
          start: '2026-04-03T19:30:00.000Z',
          price: 15,
          categories: ['concert'],
          postalCode: '1000',
          locality: 'Bruxelles',
        }),
        event(10, 'zèbre et compagnie', 'Zebra und Co.', {
          start: '2026-05-01T10:00:00.000Z',
          price: 7,
          categories: ['childrenActivity'],
          postalCode: '6000',
          locality: 'Charleroi',
        }),
        event(11, 'Ébénisterie ouverte', undefined, {
          start: '2026-05-01T10:00:00.000Z',
          price: 3,
          categories: [],
          postalCode: '6000',
          locality: 'Charleroi',
        }),
        event(12, 'Œuvres d’art', undefined, { start: '2026-09-19T09:00:00.000Z', postalCode: '7000', locality: 'Mons' }),
        {
          ...event(13, 'Brouillon jamais publié', 'Nie veröffentlicht', {
            start: '2026-03-14T18:00:00.000Z',
            price: 5,
            categories: ['market'],
          }),
          draft: true,
        },
      ],
      organization: [
        {
          documentId: organizations[0]!,
          shared: { organizationType: 'council', startDate: '1977-01-01' },
          localized: { fr: { name: 'Conseil communal' }, de: { name: 'Gemeinderat' } },
        },
        {
          documentId: organizations[1]!,
          shared: { organizationType: 'college', startDate: '2024-12-02' },
          localized: { fr: { name: 'Collège communal' }, de: { name: 'Gemeindekollegium' } },
        },
        {
          documentId: organizations[2]!,
          shared: { organizationType: 'committee' },
          localized: { fr: { name: 'Commission des finances' } },
        },
      ],
      meeting: [
        {
          documentId: meetings[0]!,
          shared: {
            start: '2026-01-26T19:00:00.000Z',
            meetingType: 'council',
            meetingState: 'held',
            organizations: [organizations[0], organizations[1]],
          },
          localized: { fr: { name: 'Conseil communal de janvier' }, de: { name: 'Gemeinderat Januar' } },
          files: { invitation: [{ name: 'invitation-janvier.txt', text: 'Convocation du conseil communal de janvier.\n' }] },
        },
        {
          documentId: meetings[1]!,
          shared: { start: '2026-02-03T08:30:00.000Z', meetingType: 'college', meetingState: 'held', organizations: [organizations[1]] },
          localized: { fr: { name: 'Collège du 3 février' }, de: { name: 'Kollegium vom 3. Februar' } },
        },
        {
          documentId: meetings[2]!,
          shared: { start: '2026-02-10T18:00:00.000Z', meetingType: 'committee', meetingState: 'scheduled', organizations: [] },
          localized: { fr: { name: 'Commission des finances' } },
        },
      ],
      'agenda-item': [
        item(1, 1, 0, '1', 'Approbation du procès-verbal', 'Genehmigung des Protokolls'),
        {
          ...item(2, 1, 2, '2', 'Budget 2026', 'Haushalt 2026'),
          shared: { meeting: meetings[0], order: 2, number: '2', public: true, result: 'accepted' },
        },
        item(3, 1, 10, '10', 'Règlement-taxe'),
        item(4, 1, 1, '1bis', 'Point urgent'),
        item(5, 2, 0, '1', 'Marchés publics', 'Öffentliche Aufträge'),
        // Edited since it was published: the public sees its published title only, populated too.
        { ...item(6, 2, 11, '11', 'Divers'), edit: { name: 'Divers (brouillon)' } },
        item(7, 1, 3, '3', 'Point en préparation', undefined, true),
        // Heard in closed session: it leaves the town with its title, number, order, meeting and flag only.
        {
          documentId: fixtureId('itm', 8),
          shared: { meeting: meetings[1], order: 5, number: '5', public: false, result: 'accepted', start: '2026-02-03T09:00:00.000Z' },
          localized: { fr: { name: 'Personnel : nomination', resolutionText: 'Le collège nomme la directrice générale.' } },
        },
      ],
      'service-type': [
        {
          documentId: serviceTypes[0]!,
          shared: { serviceCode: 'pothole', serviceKind: 'realtime' },
          localized: { fr: { name: 'Nid-de-poule' }, de: { name: 'Schlagloch' } },
        },
        {
          documentId: serviceTypes[1]!,
          shared: { serviceCode: 'streetlight', serviceKind: 'batch' },
          localized: { fr: { name: 'Éclairage public' }, de: { name: 'Straßenbeleuchtung' } },
        },
      ],
      'service-request': [
        {
          documentId: fixtureId('srq', 1),
          shared: {
            serviceType: serviceTypes[0],
            requestStatus: 'open',
            description: 'Trou rue Neuve',
            requestedAt: '2026-03-01T10:00:00.000Z',
            requesterFirstName: 'Ana',
            requesterEmail: 'ana@example.org',
            deviceId: 'device-1',
          },
        },
        {
          documentId: fixtureId('srq', 2),
          shared: {
            serviceType: serviceTypes[1],
            requestStatus: 'closed',
            description: 'Lampe éteinte',
            requestedAt: '2026-03-02T21:15:00.000Z',
            requesterEmail: 'bob@example.org',
          },
        },
        {
          documentId: fixtureId('srq', 3),
          shared: {
            serviceType: serviceTypes[0],
            requestStatus: 'open',
            description: 'Nid-de-poule place du Marché',
            requestedAt: '2026-03-05T07:45:00.000Z',
          },
        },
      ],
    },
  };
}

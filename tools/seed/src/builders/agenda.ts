import { brusselsInstant, SEED_YEAR, type SeedContext } from '../seed-context';
import { textIn, type SeedRecord, type Text } from '../seed-record';
import { fill } from './fill';
import { sharedMembersOf, sharingChannelsOf } from './sharing-channels';

type EventKind = [category: string, topic: string, title: Text, free: boolean];

const KINDS: EventKind[] = [
  [
    'concert',
    'culture',
    {
      en: 'Concert by the town brass band',
      fr: "Concert de l'harmonie communale",
      de: 'Konzert des Musikvereins',
      nl: 'Concert van de harmonie',
    },
    true,
  ],
  [
    'exhibition',
    'culture',
    {
      en: 'Painting exhibition: artists of {locality}',
      fr: 'Exposition de peinture : les artistes de {locality}',
      de: 'Gemäldeausstellung: Künstler aus {locality}',
      nl: 'Schilderijententoonstelling: kunstenaars uit {locality}',
    },
    true,
  ],
  ['market', 'economics', { en: 'Christmas market', fr: 'Marché de Noël', de: 'Weihnachtsmarkt', nl: 'Kerstmarkt' }, true],
  [
    'market',
    'economics',
    { en: 'Flea market in {locality}', fr: 'Brocante de {locality}', de: 'Trödelmarkt in {locality}', nl: 'Rommelmarkt in {locality}' },
    true,
  ],
  [
    'guidedTour',
    'tourism',
    {
      en: 'Guided walk through {locality}',
      fr: 'Balade guidée à travers {locality}',
      de: 'Geführte Wanderung durch {locality}',
      nl: 'Geleide wandeling door {locality}',
    },
    false,
  ],
  [
    'conference',
    'environment',
    {
      en: 'Talk: insulating your home',
      fr: 'Conférence : isoler sa maison',
      de: 'Vortrag: das eigene Haus dämmen',
      nl: 'Lezing: je huis isoleren',
    },
    true,
  ],
  [
    'workshop',
    'education',
    {
      en: 'Pottery workshop for children',
      fr: 'Atelier poterie pour enfants',
      de: 'Töpferworkshop für Kinder',
      nl: 'Pottenbakworkshop voor kinderen',
    },
    false,
  ],
  [
    'theatre',
    'culture',
    {
      en: 'Theatre evening at the cultural centre',
      fr: 'Soirée théâtre au centre culturel',
      de: 'Theaterabend im Kulturzentrum',
      nl: 'Theateravond in het cultureel centrum',
    },
    false,
  ],
  [
    'sport',
    'sports',
    { en: 'Fun run of {locality}', fr: 'Jogging de {locality}', de: 'Volkslauf in {locality}', nl: 'Stratenloop van {locality}' },
    false,
  ],
  ['festival', 'entertainment', { en: 'Summer festival', fr: "Fête de l'été", de: 'Sommerfest', nl: 'Zomerfeest' }, true],
  [
    'ceremony',
    'citizenship',
    { en: 'Armistice ceremony', fr: "Cérémonie de l'Armistice", de: 'Gedenkfeier zum Waffenstillstand', nl: 'Wapenstilstandsherdenking' },
    true,
  ],
  ['cinema', 'culture', { en: 'Open-air cinema', fr: 'Cinéma en plein air', de: 'Freiluftkino', nl: 'Openluchtcinema' }, false],
  [
    'childrenActivity',
    'entertainment',
    {
      en: 'Story hour at the library',
      fr: 'Heure du conte à la bibliothèque',
      de: 'Vorlesestunde in der Bibliothek',
      nl: 'Voorleesuur in de bibliotheek',
    },
    true,
  ],
];

const DESCRIPTION: Text = {
  en: 'Organised by the town of {town}. Everyone is welcome.',
  fr: 'Organisé par la commune de {town}. Bienvenue à toutes et à tous.',
  de: 'Veranstaltet von der Gemeinde {town}. Alle sind herzlich willkommen.',
  nl: 'Georganiseerd door de gemeente {town}. Iedereen is welkom.',
};
const PRICE: Text = {
  en: '{n} €, reduced price {m} €',
  fr: '{n} €, tarif réduit {m} €',
  de: '{n} €, ermäßigt {m} €',
  nl: '{n} €, verminderd tarief {m} €',
};
const ACCESS: Text = {
  en: 'Accessible to wheelchair users; ask for a hearing loop at the entrance.',
  fr: "Accessible aux personnes en chaise roulante ; boucle magnétique disponible à l'accueil.",
  de: 'Rollstuhlgerecht; Induktionsschleife am Empfang erhältlich.',
  nl: 'Toegankelijk voor rolstoelgebruikers; ringleiding verkrijgbaar aan het onthaal.',
};
const VENUES: Text[] = [
  { en: 'Cultural centre', fr: 'Centre culturel', de: 'Kulturzentrum', nl: 'Cultureel centrum' },
  { en: 'Town square', fr: 'Place communale', de: 'Marktplatz', nl: 'Marktplein' },
  { en: 'Sports hall', fr: 'Hall omnisports', de: 'Sporthalle', nl: 'Sporthal' },
  { en: 'Town library', fr: 'Bibliothèque communale', de: 'Stadtbibliothek', nl: 'Gemeentelijke bibliotheek' },
];

/** About 300 events a town-year, from January of the seed year to mid next year. */
export function buildEvents(ctx: SeedContext): SeedRecord[] {
  const { town } = ctx;
  const count = ctx.count(300);
  const records: SeedRecord[] = [];
  for (let i = 0; i < count; i++) {
    const rng = ctx.rng('event', i);
    const [category, topic, title, free] = rng.pick(KINDS);
    const year = SEED_YEAR - Math.floor(i / 300) + (i % 300 >= 200 ? 1 : 0);
    const month = i % 300 >= 200 ? rng.int(1, 6) : rng.int(1, 12);
    const day = rng.int(1, 28);
    const allDay = category === 'market' || category === 'festival';
    const start = allDay
      ? brusselsInstant(year, month, day, 0)
      : brusselsInstant(year, month, day, rng.pick([10, 14, 18, 20]), rng.pick([0, 30]));
    const address = ctx.address(rng);
    const status = rng.chance(0.9) ? 'scheduled' : rng.pick(['cancelled', 'postponed', 'rescheduled']);
    const weekly = category === 'childrenActivity' || (category === 'market' && rng.chance(0.3));
    const price = free ? null : rng.pick([5, 8, 10, 12, 15]);
    const venue = rng.pick(VENUES);
    records.push({
      type: 'event',
      key: `event-${i}`,
      shared: {
        start,
        end: allDay
          ? brusselsInstant(year, month, day, 23, 59)
          : rng.chance(0.9)
            ? new Date(Date.parse(start) + rng.int(1, 4) * 3600_000).toISOString()
            : null,
        allDay,
        recurrenceRule: weekly ? `FREQ=WEEKLY;COUNT=${rng.int(4, 12)}` : null,
        recurrenceExceptions: weekly && rng.chance(0.3) ? [new Date(Date.parse(start) + 14 * 86400_000).toISOString()] : null,
        eventStatus: status,
        attendanceMode: 'offline',
        streetAddress: address.streetAddress,
        postalCode: address.postalCode,
        locality: address.locality,
        geoLatitude: address.geoLatitude,
        geoLongitude: address.geoLongitude,
        organizer: { name: town.name, email: `culture@${town.code}.example.org`, url: `https://www.${town.code}.example.org` },
        isAccessibleForFree: free,
        price,
        registrationUrl: free ? null : `https://tickets.${town.code}.example.org/event-${i}`,
        wheelchairAccessible: rng.chance(0.7),
        categories: [category],
        topics: [topic],
        channels: sharingChannelsOf(town, i),
        sharedWithMembers: sharedMembersOf(town, i),
      },
      localized: (locale) => ({
        name: fill(title, locale, { locality: address.locality }),
        summary: fill(DESCRIPTION, locale, { town: town.name }),
        description: `${fill(title, locale, { locality: address.locality })}\n\n${fill(DESCRIPTION, locale, { town: town.name })}`,
        locationName: textIn(venue, locale),
        priceDescription: price === null ? null : fill(PRICE, locale, { n: price, m: Math.round(price / 2) }),
        accessibility: textIn(ACCESS, locale),
      }),
      draft: i % 40 === 5,
    });
  }
  return records;
}

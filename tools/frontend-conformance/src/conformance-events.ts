/** The documentId of the nth event of a town: Strapi's 24 lowercase letters and digits. */
const documentId = (town: string, n: number) => `${town}evt${String(n).padStart(21 - town.length, '0')}`;

const CATEGORIES = ['concert', 'market', 'sport'] as const;

const event = (town: string, n: number, locale: string, name: string) => ({
  documentId: documentId(town, n),
  locale,
  name,
  start: `2026-06-${String(n + 1).padStart(2, '0')}T18:00:00.000Z`,
  allDay: false,
  eventStatus: 'scheduled',
  categories: [CATEGORIES[n % CATEGORIES.length]],
  topics: [],
});

/**
 * Events as the towns' REST APIs return them: Eupen publishes 6 in German and in French (same
 * documentIds, names differing by locale), Seneffe 9 in French: 15 in French over the region,
 * three pages of 5.
 */
export const CONFORMANCE_EVENTS = {
  eupen: Array.from({ length: 6 }, (_, n) => [
    event('eupen', n, 'de', `Veranstaltung ${n}`),
    event('eupen', n, 'fr', `Événement ${n}`),
  ]).flat(),
  seneffe: Array.from({ length: 9 }, (_, n) => event('seneffe', n, 'fr', `Seneffe événement ${n}`)),
};

/** The one event whose French and German versions the locale tests read side by side. */
export const BILINGUAL_EVENT = { documentId: documentId('eupen', 0), fr: 'Événement 0', de: 'Veranstaltung 0' };

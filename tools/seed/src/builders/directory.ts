import type { SeedContext } from '../seed-context';
import { textIn, type SeedRecord, type Text } from '../seed-record';
import { fill } from './fill';

type PlaceKind = [key: string, placeType: string, topic: string, name: Text];

const DEPARTMENTS: PlaceKind[] = [
  [
    'town-hall',
    'organisation',
    'citizenship',
    { en: 'Town hall of {town}', fr: 'Administration communale de {town}', de: 'Gemeindeverwaltung {town}', nl: 'Gemeentebestuur {town}' },
  ],
  [
    'population',
    'department',
    'citizenship',
    {
      en: 'Population and civil status department',
      fr: 'Service Population – État civil',
      de: 'Einwohnermeldeamt – Standesamt',
      nl: 'Dienst Bevolking – Burgerlijke stand',
    },
  ],
  [
    'urbanism',
    'department',
    'habitatAndTownPlanning',
    { en: 'Planning department', fr: 'Service Urbanisme', de: 'Städtebaudienst', nl: 'Dienst Stedenbouw' },
  ],
  [
    'works',
    'department',
    'territoryAndPublicSpace',
    { en: 'Public works department', fr: 'Service Travaux', de: 'Bauhof', nl: 'Technische dienst' },
  ],
  [
    'welfare',
    'organisation',
    'social',
    { en: 'Social welfare centre', fr: "Centre public d'action sociale (CPAS)", de: 'Öffentliches Sozialhilfezentrum (ÖSHZ)', nl: 'OCMW' },
  ],
];

const FACILITIES: [placeType: string, topic: string, name: Text][] = [
  [
    'facility',
    'culture',
    { en: 'Library of {locality}', fr: 'Bibliothèque de {locality}', de: 'Bibliothek {locality}', nl: 'Bibliotheek {locality}' },
  ],
  [
    'facility',
    'education',
    {
      en: 'Town school of {locality}',
      fr: 'École communale de {locality}',
      de: 'Gemeindeschule {locality}',
      nl: 'Gemeenteschool {locality}',
    },
  ],
  [
    'facility',
    'sports',
    { en: 'Sports hall of {locality}', fr: 'Hall omnisports de {locality}', de: 'Sporthalle {locality}', nl: 'Sporthal {locality}' },
  ],
  [
    'facility',
    'environment',
    { en: 'Recycling centre of {locality}', fr: 'Recyparc de {locality}', de: 'Containerpark {locality}', nl: 'Recyclagepark {locality}' },
  ],
  [
    'facility',
    'entertainment',
    { en: 'Village hall of {locality}', fr: 'Maison de village de {locality}', de: 'Dorfhaus {locality}', nl: 'Dorpshuis {locality}' },
  ],
  [
    'facility',
    'health',
    {
      en: 'Health centre of {locality}',
      fr: 'Maison médicale de {locality}',
      de: 'Gesundheitszentrum {locality}',
      nl: 'Wijkgezondheidscentrum {locality}',
    },
  ],
];

const RECEPTION: Text = { en: 'Reception', fr: 'Accueil', de: 'Empfang', nl: 'Onthaal' };
const DESCRIPTION: Text = {
  en: '{name}, in the service of the residents of {town}.',
  fr: '{name}, au service des habitants de {town}.',
  de: '{name}, im Dienst der Bürgerinnen und Bürger von {town}.',
  nl: '{name}, ten dienste van de inwoners van {town}.',
};

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/** The town's departments, then about 120 facilities a town-year, with structured opening hours. */
export function buildPlaces(ctx: SeedContext): SeedRecord[] {
  const { town } = ctx;
  const records: SeedRecord[] = [];
  const place = (key: string, index: number, placeType: string, topic: string, name: Text, parent?: string) => {
    const rng = ctx.rng('place', index);
    const address = ctx.address(rng);
    const values = { town: town.name, locality: address.locality };
    records.push({
      type: 'place',
      key,
      shared: {
        placeType,
        ...address,
        country: 'BE',
        topics: [topic],
        openingHours: [
          { dayOfWeek: WEEKDAYS, opens: '08:30:00', closes: '12:00:00' },
          { dayOfWeek: rng.some(WEEKDAYS, 2), opens: '13:30:00', closes: rng.pick(['16:00:00', '18:30:00']) },
          { dayOfWeek: [...WEEKDAYS, 'saturday', 'sunday'], closed: true, validFrom: '2026-12-24', validThrough: '2026-12-26' },
        ],
      },
      localized: (locale) => {
        const localName = fill(name, locale, values);
        return {
          name: localName,
          description: fill(DESCRIPTION, locale, { name: localName, town: town.name }),
          phones: [
            { label: textIn(RECEPTION, locale), number: `+32 ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}` },
          ],
          emails: [{ label: textIn(RECEPTION, locale), address: `${key}@${town.code}.example.org` }],
          website: `https://www.${town.code}.example.org/${locale}/${key}`,
        };
      },
      relations: parent ? { parent } : {},
    });
  };
  for (const [i, [key, placeType, topic, name]] of DEPARTMENTS.entries())
    place(key, i, placeType, topic, name, i === 0 ? undefined : 'town-hall');
  const facilities = ctx.count(120);
  for (let i = 0; i < facilities; i++) {
    const [placeType, topic, name] = FACILITIES[i % FACILITIES.length]!;
    place(`facility-${i}`, DEPARTMENTS.length + i, placeType, topic, name);
  }
  return records;
}

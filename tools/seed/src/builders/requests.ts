import { brusselsInstant, SEED_YEAR, type SeedContext } from '../seed-context';
import { textIn, type SeedRecord, type Text } from '../seed-record';
import { FAMILY_NAMES, GIVEN_NAMES, namesFor } from '../texts/people-names';

type ServiceTypeSeed = [code: string, group: Text, name: Text, description: string];

const GROUPS = {
  roads: { en: 'Roads', fr: 'Voirie', de: 'Straßen', nl: 'Wegen' },
  cleanliness: { en: 'Cleanliness', fr: 'Propreté', de: 'Sauberkeit', nl: 'Netheid' },
  lighting: { en: 'Lighting', fr: 'Éclairage', de: 'Beleuchtung', nl: 'Verlichting' },
  green: { en: 'Green spaces', fr: 'Espaces verts', de: 'Grünflächen', nl: 'Groen' },
} satisfies Record<string, Text>;

const SERVICE_TYPES: ServiceTypeSeed[] = [
  ['pothole', GROUPS.roads, { en: 'Pothole', fr: 'Nid-de-poule', de: 'Schlagloch', nl: 'Put in de weg' }, 'A hole in the road surface'],
  [
    'damaged-pavement',
    GROUPS.roads,
    { en: 'Damaged pavement', fr: 'Trottoir abîmé', de: 'Beschädigter Gehweg', nl: 'Beschadigd voetpad' },
    'Loose or broken paving',
  ],
  [
    'road-sign',
    GROUPS.roads,
    { en: 'Damaged road sign', fr: 'Signalisation endommagée', de: 'Beschädigtes Verkehrsschild', nl: 'Beschadigd verkeersbord' },
    'A sign bent, missing or unreadable',
  ],
  [
    'blocked-drain',
    GROUPS.roads,
    { en: 'Blocked drain', fr: 'Avaloir bouché', de: 'Verstopfter Gully', nl: 'Verstopte straatkolk' },
    'Water does not drain',
  ],
  [
    'illegal-dumping',
    GROUPS.cleanliness,
    { en: 'Illegal dumping', fr: 'Dépôt clandestin', de: 'Illegale Müllablagerung', nl: 'Sluikstort' },
    'Waste left in public space',
  ],
  ['graffiti', GROUPS.cleanliness, { en: 'Graffiti', fr: 'Graffiti', de: 'Graffiti', nl: 'Graffiti' }, 'Tags on public property'],
  [
    'dead-animal',
    GROUPS.cleanliness,
    { en: 'Dead animal', fr: 'Animal mort', de: 'Totes Tier', nl: 'Dood dier' },
    'A dead animal on the road',
  ],
  [
    'street-light',
    GROUPS.lighting,
    { en: 'Street light out', fr: 'Éclairage public défectueux', de: 'Defekte Straßenlaterne', nl: 'Defecte straatverlichting' },
    'A street light that does not work',
  ],
  [
    'dangerous-tree',
    GROUPS.green,
    { en: 'Dangerous tree', fr: 'Arbre dangereux', de: 'Gefährlicher Baum', nl: 'Gevaarlijke boom' },
    'A tree or branch that may fall',
  ],
  [
    'overgrown-hedge',
    GROUPS.green,
    { en: 'Overgrown hedge', fr: 'Haie débordante', de: 'Überwucherte Hecke', nl: 'Overwoekerde haag' },
    'A hedge blocking the pavement',
  ],
  [
    'playground',
    GROUPS.green,
    { en: 'Broken playground equipment', fr: 'Jeu pour enfants cassé', de: 'Defektes Spielgerät', nl: 'Kapot speeltoestel' },
    'Unsafe playground equipment',
  ],
  [
    'snow',
    GROUPS.roads,
    { en: 'Snow or ice on the road', fr: 'Neige ou verglas', de: 'Schnee oder Glatteis', nl: 'Sneeuw of ijzel' },
    'A road or pavement not cleared',
  ],
];

/** The category every town shares (the model's ServiceCategory) of each seeded service type. */
const CATEGORY_OF: Record<string, string> = {
  pothole: 'roads',
  'damaged-pavement': 'roads',
  'road-sign': 'signage',
  'blocked-drain': 'water',
  'illegal-dumping': 'cleanliness',
  graffiti: 'cleanliness',
  'dead-animal': 'cleanliness',
  'street-light': 'lighting',
  'dangerous-tree': 'greenSpaces',
  'overgrown-hedge': 'greenSpaces',
  playground: 'streetFurniture',
  snow: 'roads',
};

const SIZE_QUESTION: Text = { en: 'How large is it?', fr: 'Quelle est sa taille ?', de: 'Wie groß ist es?', nl: 'Hoe groot is het?' };
const SIZES: Record<string, Text> = {
  small: { en: 'Smaller than a shoe', fr: "Plus petit qu'une chaussure", de: 'Kleiner als ein Schuh', nl: 'Kleiner dan een schoen' },
  large: { en: 'Larger than a shoe', fr: "Plus grand qu'une chaussure", de: 'Größer als ein Schuh', nl: 'Groter dan een schoen' },
};
const NOTES = ['Team informed.', 'Repair planned next week.', 'Repaired.', 'Duplicate of an earlier report.'];

/** Twelve Open311 service types, and about 200 service requests a town-year. */
export function buildRequests(ctx: SeedContext): SeedRecord[] {
  const { town } = ctx;
  const records: SeedRecord[] = SERVICE_TYPES.map(([code, group, name, description]) => ({
    type: 'service-type',
    key: `service-type-${code}`,
    shared: { serviceCode: code, category: CATEGORY_OF[code], serviceKind: 'realtime' },
    localized: (locale) => ({
      name: textIn(name, locale),
      description,
      group: textIn(group, locale),
      keywords: `${code}, ${textIn(group, locale).toLowerCase()}`,
      attributes: [
        {
          code: 'size',
          variable: true,
          datatype: 'singlevaluelist',
          required: code === 'pothole',
          order: 1,
          description: textIn(SIZE_QUESTION, locale),
          values: Object.entries(SIZES).map(([key, label]) => ({ key, name: textIn(label, locale) })),
        },
      ],
    }),
  }));

  const names = namesFor(town.locales[0]!);
  const count = ctx.count(200);
  for (let i = 0; i < count; i++) {
    const rng = ctx.rng('service-request', i);
    const [code, , , description] = rng.pick(SERVICE_TYPES);
    const year = SEED_YEAR - Math.floor(i / 200);
    const requestedAt = brusselsInstant(year, rng.int(1, 11), rng.int(1, 28), rng.int(7, 21), rng.int(0, 59));
    const closed = rng.chance(0.6);
    const address = ctx.address(rng);
    const given = rng.pick(GIVEN_NAMES[names]);
    const family = rng.pick(FAMILY_NAMES[names]);
    records.push({
      type: 'service-request',
      key: `service-request-${i}`,
      shared: {
        requestStatus: closed ? 'closed' : 'open',
        statusNotes: closed ? rng.pick(NOTES) : null,
        description: `${description} near ${address.streetAddress}.`,
        agencyResponsible: 'Public works department',
        address: `${address.streetAddress}, ${address.postalCode} ${address.locality}`,
        zipcode: address.postalCode,
        geoLatitude: address.geoLatitude,
        geoLongitude: address.geoLongitude,
        attributeValues: code === 'pothole' ? { size: rng.pick(['small', 'large']) } : null,
        requestedAt,
        statusChangedAt: closed ? new Date(Date.parse(requestedAt) + rng.int(1, 20) * 86400_000).toISOString() : null,
        expectedAt: closed ? null : new Date(Date.parse(requestedAt) + 14 * 86400_000).toISOString(),
        // Fictional: names drawn at random, addresses on the reserved example.org domain.
        requesterFirstName: given,
        requesterLastName: family,
        requesterEmail: `resident.${i}@example.org`,
        requesterPhone: `+32 470 ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
      },
      localized: () => ({}),
      relations: { serviceType: `service-type-${code}` },
    });
  }
  return records;
}

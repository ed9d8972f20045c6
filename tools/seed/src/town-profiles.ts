import type { Domain, MemberKindCode } from '@communes/domain';

/** What the seeder needs to know of a town (or another member) to make plausible content for it. */
export interface TownProfile {
  code: string;
  name: string;
  /** What public body it is; a town when unset. */
  kind?: MemberKindCode;
  /** The domains whose plugins it runs, and so the only content it gets; every one when unset. */
  domains?: readonly Domain[];
  /** Default first. */
  locales: string[];
  center: { latitude: number; longitude: number };
  /** Villages of the town, with their postal codes. */
  localities: { name: string; postalCode: string }[];
  streets: string[];
  /** The groups a region's gateway lists the town under. */
  groups: { province: string; region: string; community?: string };
  /** What its listings include beside its own entries when a reader asks (TOWN_SUBSCRIPTIONS): channels and `member:<code>`. */
  subscriptions?: readonly string[];
  /** Members it shares some of its events and news items with by name (`sharedWithMembers`). */
  sharesWith?: readonly string[];
}

/** The demo region: Seneffe and Sambreville (French), Eupen (German and French). */
export const DEMO_TOWNS: readonly TownProfile[] = [
  {
    code: 'seneffe',
    name: 'Seneffe',
    locales: ['fr'],
    center: { latitude: 50.5311, longitude: 4.2613 },
    localities: [
      { name: 'Seneffe', postalCode: '7180' },
      { name: 'Arquennes', postalCode: '7181' },
      { name: 'Familleureux', postalCode: '7181' },
      { name: 'Feluy', postalCode: '7181' },
      { name: 'Petit-Roeulx-lez-Nivelles', postalCode: '7181' },
    ],
    streets: [
      'Rue de la Station',
      'Rue de Bruxelles',
      'Grand-Place',
      'Rue du Château',
      'Rue des Écoles',
      'Chaussée de Marche',
      'Rue du Canal',
      'Allée des Peupliers',
      'Rue de la Tour',
      'Place de Feluy',
      'Rue Saint-Martin',
      'Rue des Combattants',
    ],
    groups: { province: 'hainaut', region: 'wallonia', community: 'french' },
    // Its listings with what it follows: the province's channel and its CPAS's news.
    subscriptions: ['hainaut', 'member:cpas-seneffe'],
    // Its neighbour, by name: a few of its events and news items show in Sambreville's listings too.
    sharesWith: ['sambreville'],
  },
  {
    code: 'sambreville',
    name: 'Sambreville',
    locales: ['fr'],
    center: { latitude: 50.4378, longitude: 4.6167 },
    localities: [
      { name: 'Auvelais', postalCode: '5060' },
      { name: 'Tamines', postalCode: '5060' },
      { name: 'Velaine-sur-Sambre', postalCode: '5060' },
      { name: 'Falisolle', postalCode: '5060' },
      { name: 'Keumiée', postalCode: '5060' },
      { name: 'Moignelée', postalCode: '5060' },
      { name: 'Arsimont', postalCode: '5060' },
    ],
    streets: [
      'Rue de la Gare',
      'Place de la Ville',
      'Rue de Falisolle',
      'Rue du Pont',
      'Chaussée de Charleroi',
      'Rue des Tilleuls',
      'Rue de la Sambre',
      'Avenue des Combattants',
      'Rue du Moulin',
      'Rue de la Paix',
      'Place Saint-Martin',
      'Rue des Verreries',
    ],
    groups: { province: 'namur', region: 'wallonia', community: 'french' },
    // The region's channel, and the police zone it shares with Sombreffe (its news and alerts).
    subscriptions: ['wallonia', 'member:zp-sambreville-sombreffe'],
  },
  {
    code: 'eupen',
    name: 'Eupen',
    locales: ['de', 'fr'],
    center: { latitude: 50.6305, longitude: 6.0361 },
    localities: [
      { name: 'Eupen', postalCode: '4700' },
      { name: 'Kettenis', postalCode: '4701' },
    ],
    streets: [
      'Klosterstraße',
      'Rathausplatz',
      'Gospertstraße',
      'Aachener Straße',
      'Hookstraße',
      'Bergstraße',
      'Kirchstraße',
      'Haasstraße',
      'Herbesthaler Straße',
      'Bahnhofstraße',
      'Marktplatz',
      'Neustraße',
    ],
    groups: { province: 'liege', region: 'wallonia', community: 'german' },
    subscriptions: ['liege'],
  },
];

/**
 * The demo's members that are not towns, beside them: Seneffe's public social welfare centre
 * and the police zone Sambreville shares with Sombreffe, each with the few plugins it runs.
 */
export const DEMO_MEMBERS: readonly TownProfile[] = [
  {
    ...DEMO_TOWNS[0]!,
    code: 'cpas-seneffe',
    name: 'CPAS de Seneffe',
    kind: 'social-welfare-centre',
    domains: ['services', 'news'],
    subscriptions: [],
  },
  {
    ...DEMO_TOWNS[1]!,
    code: 'zp-sambreville-sombreffe',
    name: 'Zone de police Sambreville/Sombreffe',
    kind: 'police-zone',
    domains: ['news', 'alerts'],
    subscriptions: [],
    localities: [...DEMO_TOWNS[1]!.localities, { name: 'Sombreffe', postalCode: '5140' }],
  },
];

/** A profile for a town the seeder has no knowledge of: still plausible, still deterministic. */
export function genericProfile(
  code: string,
  name: string,
  locales: string[],
  /** The domains it runs (every one when unset) and its groups (`province: 'hainaut'`: where its entries are shared). */
  more: { domains?: readonly Domain[]; groups?: Record<string, string> } = {},
): TownProfile {
  const de = locales[0] === 'de';
  return {
    code,
    name,
    locales,
    ...(more.domains ? { domains: more.domains } : {}),
    center: { latitude: 50.5, longitude: 4.5 },
    localities: [{ name, postalCode: '5000' }],
    streets: de
      ? ['Hauptstraße', 'Kirchstraße', 'Bahnhofstraße', 'Marktplatz']
      : ['Rue de la Gare', 'Grand-Place', "Rue de l'Église", 'Rue du Moulin'],
    groups: { province: 'unknown', region: 'unknown', ...more.groups },
  };
}

/** A demo member's profile by its code, else undefined. */
export const demoProfile = (code: string): TownProfile | undefined => [...DEMO_TOWNS, ...DEMO_MEMBERS].find((t) => t.code === code);

/**
 * The text search configuration of each locale the towns publish in: PostgreSQL's stemmer for
 * the language, with accents folded first (unaccent), so "liege" finds "Liège" and "hotels"
 * finds "Hôtel". Any other locale is folded but not stemmed.
 */
export const SEARCH_CONFIGURATIONS: Readonly<Record<string, { name: string; stemmer: string }>> = {
  fr: { name: 'communes_fr', stemmer: 'french_stem' },
  nl: { name: 'communes_nl', stemmer: 'dutch_stem' },
  de: { name: 'communes_de', stemmer: 'german_stem' },
  en: { name: 'communes_en', stemmer: 'english_stem' },
};

export const SIMPLE_SEARCH = { name: 'communes_simple', stemmer: 'simple' };

/** The configuration a locale's text is indexed and searched with. */
export const searchConfigurationOf = (locale: string): string => (SEARCH_CONFIGURATIONS[locale.slice(0, 2)] ?? SIMPLE_SEARCH).name;

import type { Field, Locale, LocalizedText } from './field';

/** The domains Communes ships, one Strapi plugin each. */
export const DOMAINS = ['council', 'services', 'agenda', 'news', 'directory', 'urbanism', 'requests', 'alerts'] as const;
export type Domain = (typeof DOMAINS)[number];

/** Each domain's name for editors: the Content Manager groups types under it. */
export const DOMAIN_EDITOR_NAMES: Readonly<Record<Domain, LocalizedText>> = {
  council: { fr: 'Conseil', nl: 'Raad', de: 'Rat', en: 'Council' },
  services: { fr: 'Services', nl: 'Diensten', de: 'Dienstleistungen', en: 'Services' },
  agenda: { fr: 'Agenda', nl: 'Agenda', de: 'Veranstaltungen', en: 'Events' },
  news: { fr: 'Actualités', nl: 'Nieuws', de: 'Nachrichten', en: 'News' },
  directory: { fr: 'Annuaire', nl: 'Adresboek', de: 'Verzeichnis', en: 'Directory' },
  urbanism: { fr: 'Urbanisme', nl: 'Stedenbouw', de: 'Städtebau', en: 'Planning' },
  requests: { fr: 'Signalements', nl: 'Meldingen', de: 'Meldungen', en: 'Reports' },
  alerts: { fr: 'Alertes', nl: 'Waarschuwingen', de: 'Warnungen', en: 'Alerts' },
};

export interface OrderTerm {
  field: string;
  direction: 'asc' | 'desc';
}

/**
 * When some entries of a type must not leave the town whole, though the type is public: an
 * agenda item heard in closed session is published by its title, and nothing of what was
 * decided on it. An entry is confidential when its boolean `when.field` holds `when.equals`;
 * it is then served with its `visible` fields and its system fields (documentId, locale,
 * createdAt, updatedAt, publishedAt) only. Every other field is withheld: its value, its
 * files, its relations, and the link to the entry from the other side of a withheld relation
 * (a paper does not list the closed items it was heard under). A withheld field never lets
 * a confidential entry match a filter, and nothing can be ordered by it.
 *
 * Unlike `private` (a field never served, whatever the entry), this depends on the entry. An
 * entry whose flag is missing or null counts as confidential: the rule fails closed.
 */
export interface Confidentiality {
  /** The boolean field that says an entry is confidential, and the value that says so. */
  when: { field: string; equals: boolean };
  /** The model fields a confidential entry keeps, the flag among them. */
  visible: readonly string[];
}

export interface ContentTypeNames {
  /** kebab-case; every other name (uid, table, GraphQL type, root field) derives from these. */
  singular: string;
  /** kebab-case; declared because plurals cannot be derived (person, people). */
  plural: string;
  /** For editors, in the Content Manager. */
  display: string;
}

export interface ContentType {
  domain: Domain;
  names: ContentTypeNames;
  description: string;
  fields: Readonly<Record<string, Field>>;
  /** The order of a list when the client asks for none; ties are broken by documentId. */
  defaultOrder: readonly OrderTerm[];
  /**
   * Field sets that identify an entry within one town (a paper's reference, a service code).
   * The seeder upserts on them; single-field keys are also enforced by Strapi as `unique`.
   */
  uniqueKeys: readonly (readonly string[])[];
  /** Field sets that list queries filter or sort on: each becomes a database index. */
  indexes: readonly (readonly string[])[];
  /** Entries served with some fields only; see `Confidentiality`. */
  confidentiality?: Confidentiality;
  /**
   * The field that names an entry in lists and relation pickers (a string or text field);
   * without it, `name`, then `title`, then the first public string field.
   */
  titleField?: string;
  /** What editors call the type, in every language. */
  editor?: { name: LocalizedText };
  /**
   * Relation fields (the inverse side of a relation included: a meeting's `agendaItems`) whose
   * entries go live with this one: publishing an entry also publishes, in the same locale, the
   * linked entries that have never been published, so that none of its links is dropped.
   */
  publishWith?: readonly string[];
}

/**
 * The type's name in the admin panel, after its domain's ("Conseil · Séance"): Strapi's
 * Content Manager sorts its menu by name, so a type's domain groups it with its neighbours.
 */
export function editorTypeName(type: Pick<ContentType, 'domain' | 'names' | 'editor'>, locale: Locale): string {
  return `${DOMAIN_EDITOR_NAMES[type.domain][locale]} · ${type.editor?.name[locale] ?? type.names.display}`;
}

/**
 * Declares a content type. It only fixes the type for the compiler; `resolveModel` checks
 * the whole model, because most mistakes (an unknown relation target) need the other types.
 */
export function defineContentType<const T extends ContentType>(contentType: T): T {
  return contentType;
}

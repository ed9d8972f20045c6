import type { Field } from './field';

/** The domains Communes ships, one Strapi plugin each. */
export const DOMAINS = ['council', 'services', 'agenda', 'news', 'directory', 'urbanism', 'requests', 'alerts'] as const;
export type Domain = (typeof DOMAINS)[number];

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
}

/**
 * Declares a content type. It only fixes the type for the compiler; `resolveModel` checks
 * the whole model, because most mistakes (an unknown relation target) need the other types.
 */
export function defineContentType<const T extends ContentType>(contentType: T): T {
  return contentType;
}

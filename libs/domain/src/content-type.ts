import type { Field } from './field';

/** The domains Communes ships, one Strapi plugin each. */
export const DOMAINS = [
  'council',
  'services',
  'agenda',
  'news',
  'directory',
  'urbanism',
  'requests',
  'alerts',
] as const;
export type Domain = (typeof DOMAINS)[number];

export interface OrderTerm {
  field: string;
  direction: 'asc' | 'desc';
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
}

/**
 * Declares a content type. It only fixes the type for the compiler; `resolveModel` checks
 * the whole model, because most mistakes (an unknown relation target) need the other types.
 */
export function defineContentType<const T extends ContentType>(contentType: T): T {
  return contentType;
}

/**
 * The inputs every domain plugin ships, by name, with the Strapi type each one is stored as.
 * Codegen writes `plugin::<plugin>.<name>` into the schemas; `@communes/strapi-admin-kit`
 * registers the admin side under the same names. Stored types are Strapi's own, so the
 * columns and the JSON the API serves are what they were before these inputs existed.
 */
export const COMMUNES_CUSTOM_FIELDS = {
  /** One code of a vocabulary, picked by its label. */
  vocabulary: 'enumeration',
  /** Several codes of a vocabulary. */
  'vocabulary-list': 'json',
  /** Members of the network, by code, typed one by one. */
  'member-list': 'json',
  /** A structured value, or a list of them, as sub-forms. */
  struct: 'json',
  /** Opening hours: days, periods, exceptional closures, validity. */
  'opening-hours': 'json',
  /** An RFC 5545 RRULE written from plain choices. */
  'recurrence-rule': 'string',
  /** A list of instants (a recurrence's exception dates). */
  'date-time-list': 'json',
  /** A service request's answers to its type's questions, each by the question's own input. */
  'attribute-answers': 'json',
} as const;

export type CommunesCustomFieldName = keyof typeof COMMUNES_CUSTOM_FIELDS;

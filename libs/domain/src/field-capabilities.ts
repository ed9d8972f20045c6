import type { Field, FieldKind } from './field';

/** Kinds whose content is words for readers, and so may differ per locale. */
const LOCALIZABLE_KINDS: ReadonlySet<FieldKind> = new Set(['string', 'text', 'richText', 'url', 'media', 'struct', 'json']);

/** Kinds a list can be ordered by: single comparable values. */
const SORTABLE_KINDS: ReadonlySet<FieldKind> = new Set([
  'string',
  'text',
  'integer',
  'decimal',
  'boolean',
  'date',
  'dateTime',
  'time',
  'email',
  'url',
  'enumeration',
]);

/** Kinds a list can be filtered on with Strapi's operators. */
const FILTERABLE_KINDS: ReadonlySet<FieldKind> = new Set([...SORTABLE_KINDS, 'geoPoint', 'relation']);

export const isLocalizableKind = (kind: FieldKind): boolean => LOCALIZABLE_KINDS.has(kind);
export const isSortable = (field: Field): boolean => SORTABLE_KINDS.has(field.kind) && !field.private;
export const isFilterable = (field: Field): boolean => FILTERABLE_KINDS.has(field.kind) && !field.private;
/** Kinds stored in one column of the entry's table, which a database index can cover. */
export const isIndexable = (field: Field): boolean => SORTABLE_KINDS.has(field.kind) || field.kind === 'geoPoint';
/**
 * Whether the field holds a list of codes, stored as a JSON list (`["concert"]`) and filtered
 * with contains, containsAll and containsAny: a vocabulary's, or members'.
 */
export const isCodeList = (field: Field): boolean => field.kind === 'enumerationList' || field.kind === 'memberList';
/** Whether the field is served to the public (and so appears in the GraphQL schema). */
export const isPublic = (field: Field): boolean => !field.private;

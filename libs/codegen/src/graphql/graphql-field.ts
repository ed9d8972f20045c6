import { isFilterable, type Field, type Model } from '@communes/domain';
import { scalarFilterName, type FilteredScalar } from './scalar-filters';

const TO_ONE = new Set(['oneToOne', 'manyToOne']);

/** The target's GraphQL type name, given a relation target's singular name. */
export type TypeNameOf = (singular: string) => string;

/** The GraphQL output type of a field. Nullable throughout: a town on an older model lacks fields. */
export function toGraphqlOutputType(field: Field, typeNameOf: TypeNameOf): string {
  switch (field.kind) {
    case 'string':
    case 'text':
    case 'email':
    case 'url':
    case 'richText':
      return 'String';
    case 'integer':
      return 'Int';
    case 'decimal':
      return 'Float';
    case 'boolean':
      return 'Boolean';
    case 'date':
      return 'Date';
    case 'dateTime':
      return 'DateTime';
    case 'time':
      return 'Time';
    case 'enumeration':
      return field.vocabulary.name;
    case 'enumerationList':
      return `[${field.vocabulary.name}!]!`;
    case 'geoPoint':
      return 'GeoPoint';
    case 'media':
      return field.multiple ? '[MediaFile!]!' : 'MediaFile';
    case 'struct':
      return field.list ? `[${field.valueType.name}!]!` : field.valueType.name;
    case 'json':
      return 'JSON';
    case 'relation':
      return TO_ONE.has(field.cardinality) ? typeNameOf(field.target) : `[${typeNameOf(field.target)}!]!`;
  }
}

const SCALAR_FILTER: Partial<Record<Field['kind'], FilteredScalar>> = {
  string: 'String',
  text: 'String',
  email: 'String',
  url: 'String',
  // Strapi's GraphQL plugin filters enumerations with the String operators.
  enumeration: 'String',
  integer: 'Int',
  decimal: 'Float',
  boolean: 'Boolean',
  date: 'Date',
  dateTime: 'DateTime',
  time: 'Time',
};

/** The filter input type of a field, or undefined when the field cannot be filtered on. */
export function toGraphqlFilterType(field: Field, typeNameOf: TypeNameOf): string | undefined {
  if (!isFilterable(field) && field.kind !== 'enumerationList') return undefined;
  if (field.kind === 'relation') return `${typeNameOf(field.target)}FiltersInput`;
  if (field.kind === 'geoPoint') return 'GeoPointFilterInput';
  if (field.kind === 'enumerationList') return field.private ? undefined : `${field.vocabulary.name}ListFilterInput`;
  const scalar = SCALAR_FILTER[field.kind];
  return scalar && scalarFilterName(scalar);
}

/** Vocabularies used as lists somewhere in the public schema: each gets a list filter input. */
export function listFilteredVocabularies(model: Model): string[] {
  const names = new Set<string>();
  for (const type of model.contentTypes) {
    for (const field of Object.values(type.fields)) {
      if (field.kind === 'enumerationList' && !field.private) names.add(field.vocabulary.name);
    }
  }
  return [...names].sort();
}

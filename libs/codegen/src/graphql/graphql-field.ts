import { isFilterable, type Field } from '@communes/domain';
import { scalarFilterName, type FilteredScalar } from './scalar-filters';
import { vocabularyFilterName, vocabularyListFilterName } from './vocabulary-filters';

const TO_ONE = new Set(['oneToOne', 'manyToOne']);

/** The target's GraphQL type name, given a relation target's singular name. */
export type TypeNameOf = (singular: string) => string;

function baseOutputType(field: Field, typeNameOf: TypeNameOf): string {
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
    case 'memberList':
      return '[String!]!';
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

/**
 * The GraphQL output type of a field. Lists are non-null (empty when there is nothing);
 * a single value is non-null when `nonNull` says so (see `isNonNullOutput`), else nullable:
 * a town on an older model may lack an optional field.
 */
export function toGraphqlOutputType(field: Field, typeNameOf: TypeNameOf, nonNull = false): string {
  const type = baseOutputType(field, typeNameOf);
  return nonNull && !type.endsWith('!') ? `${type}!` : type;
}

const SCALAR_FILTER: Partial<Record<Field['kind'], FilteredScalar>> = {
  string: 'String',
  text: 'String',
  email: 'String',
  url: 'String',
  integer: 'Int',
  decimal: 'Float',
  boolean: 'Boolean',
  date: 'Date',
  dateTime: 'DateTime',
  time: 'Time',
};

/** The filter input type of a field, or undefined when the field cannot be filtered on. */
export function toGraphqlFilterType(field: Field, typeNameOf: TypeNameOf): string | undefined {
  if (field.kind === 'memberList') return field.private ? undefined : 'MemberListFilterInput';
  if (!isFilterable(field) && field.kind !== 'enumerationList') return undefined;
  if (field.kind === 'relation') return `${typeNameOf(field.target)}FiltersInput`;
  if (field.kind === 'geoPoint') return 'GeoPointFilterInput';
  // A vocabulary's own inputs, not String's: a misspelt code is refused, not matched against nothing.
  if (field.kind === 'enumeration') return vocabularyFilterName(field.vocabulary.name);
  if (field.kind === 'enumerationList') return field.private ? undefined : vocabularyListFilterName(field.vocabulary.name);
  const scalar = SCALAR_FILTER[field.kind];
  return scalar && scalarFilterName(scalar);
}

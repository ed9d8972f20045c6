import {
  contentTypeNamed,
  findContentType,
  isPublic,
  isSortable,
  isWithheldField,
  isWithheldLink,
  namingOf,
  type Field,
  type Model,
  type ResolvedContentType,
  type ValueType,
  type Vocabulary,
} from '@communes/domain';
import { parse, print } from 'graphql';
import { listFilteredVocabularies, toGraphqlFilterType, toGraphqlOutputType, type TypeNameOf } from './graphql-field';
import { FILTERED_SCALARS, toScalarFilterSdl } from './scalar-filters';
import { withheldNote } from '../withheld-note';

const description = (text: string | undefined, indent = ''): string => (text ? `${indent}"""${text.replace(/"""/g, '\\"""')}"""\n` : '');

/** Fields every node carries besides its model fields. */
const SYSTEM_FIELDS = `
  """Globally unique and stable: encodes the town, the kind and the documentId."""
  id: ID!
  """The entry's documentId in its town's Strapi."""
  documentId: ID!
  """The locale the localized fields were taken from (after fallback)."""
  locale: String
  createdAt: DateTime
  updatedAt: DateTime
  publishedAt: DateTime`;

const SHARED = `
"""An ISO 8601 instant, e.g. 2026-03-14T19:30:00.000Z."""
scalar DateTime
"""An ISO 8601 calendar date, e.g. 2026-03-14."""
scalar Date
"""A wall-clock time, HH:mm:ss.SSS."""
scalar Time
"""Arbitrary JSON."""
scalar JSON

"""An object with a globally unique id (Relay)."""
interface Node {
  id: ID!
}

"""Relay pagination state of a connection."""
type PageInfo {
  hasNextPage: Boolean!
  hasPreviousPage: Boolean!
  startCursor: String
  endCursor: String
}

enum OrderDirection {
  ASC
  DESC
}

"""A WGS 84 position."""
type GeoPoint {
  latitude: Float!
  longitude: Float!
}

input GeoPointFilterInput {
  latitude: FloatFilterInput
  longitude: FloatFilterInput
}

"""A file or image uploaded to a town's media library."""
type MediaFile {
  url: String!
  name: String
  alternativeText: String
  caption: String
  mime: String
  """Size in kilobytes, as Strapi reports it."""
  size: Float
  width: Int
  height: Int
}
`;

function vocabularySdl(vocabulary: Vocabulary): string {
  const values = vocabulary.codes.map((c) => `${description(c.labels.en, '  ')}  ${c.code}`).join('\n');
  return `${description(vocabulary.description)}enum ${vocabulary.name} {\n${values}\n}`;
}

function listFilterSdl(vocabularyName: string): string {
  return (
    `"""Filters a list of ${vocabularyName} codes."""\n` +
    `input ${vocabularyName}ListFilterInput {\n` +
    `  """The list holds this code."""\n  contains: ${vocabularyName}\n` +
    `  """The list holds every one of these codes."""\n  containsAll: [${vocabularyName}!]\n` +
    `  """The list holds at least one of these codes."""\n  containsAny: [${vocabularyName}!]\n}`
  );
}

function valueTypeSdl(valueType: ValueType, typeNameOf: TypeNameOf): string {
  const fields = Object.entries(valueType.fields)
    .map(([name, field]) => `${description(field.description, '  ')}  ${name}: ${toGraphqlOutputType(field, typeNameOf)}`)
    .join('\n');
  return `${description(valueType.description)}type ${valueType.name} {\n${fields}\n}`;
}

/** On the far side of a withheld relation (a paper's agenda items), the entries it leaves out. */
function linkNote(type: ResolvedContentType, fieldName: string, field: Field, model: Model): string | undefined {
  const typeNamed = (singular: string) => findContentType(singular, model);
  if (field.kind !== 'relation' || !isWithheldLink(type, fieldName, typeNamed)) return undefined;
  const { when } = contentTypeNamed(field.target, model).confidentiality!;
  return `Leaves out the entries whose ${when.field} is ${when.equals}.`;
}

function contentTypeSdl(type: ResolvedContentType, typeNameOf: TypeNameOf, model: Model): string {
  const name = namingOf(type).graphqlType;
  const publicFields = Object.entries(type.fields).filter(([, field]) => isPublic(field));
  const withheld = (fieldName: string) => isWithheldField(type, fieldName);
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');

  const outputFields = publicFields
    .map(([fieldName, field]) => {
      const text = withheld(fieldName)
        ? join(field.description, withheldNote(type, field))
        : join(field.description, linkNote(type, fieldName, field, model));
      return `${description(text, '  ')}  ${fieldName}: ${toGraphqlOutputType(field, typeNameOf)}`;
    })
    .join('\n');

  const filterFields = [
    '  documentId: IDFilterInput',
    '  createdAt: DateTimeFilterInput',
    '  updatedAt: DateTimeFilterInput',
    '  publishedAt: DateTimeFilterInput',
    ...publicFields.flatMap(([fieldName, field]) => {
      const filterType = toGraphqlFilterType(field, typeNameOf);
      const note = withheld(fieldName)
        ? description(`Never matches an entry whose ${type.confidentiality!.when.field} is ${type.confidentiality!.when.equals}.`, '  ')
        : '';
      return filterType ? [`${note}  ${fieldName}: ${filterType}`] : [];
    }),
    `  and: [${name}FiltersInput]`,
    `  or: [${name}FiltersInput]`,
    `  not: ${name}FiltersInput`,
  ].join('\n');

  const orderFields = [
    // A withheld field would order confidential entries by what they withhold.
    ...publicFields.filter(([fieldName, field]) => isSortable(field) && !withheld(fieldName)).map(([fieldName]) => fieldName),
    'createdAt',
    'updatedAt',
    'publishedAt',
  ]
    .map((fieldName) => `  ${fieldName}`)
    .join('\n');

  const rule = type.confidentiality;
  const typeText = rule
    ? `${type.description} When ${rule.when.field} is ${rule.when.equals}, only ${rule.visible.join(', ')} and the system fields are served.`
    : type.description;
  return [
    `${description(typeText)}type ${name} implements Node {${SYSTEM_FIELDS}\n${outputFields}\n}`,
    `"""Filters on ${name}, with Strapi's operators."""\ninput ${name}FiltersInput {\n${filterFields}\n}`,
    `"""Fields a list of ${name} can be ordered by."""\nenum ${name}OrderField {\n${orderFields}\n}`,
    `input ${name}Order {\n  field: ${name}OrderField!\n  direction: OrderDirection = ASC\n}`,
    `type ${name}Edge {\n  cursor: String!\n  node: ${name}!\n}`,
    `"""A page of ${name} entries (Relay connection)."""\ntype ${name}Connection {\n  edges: [${name}Edge!]!\n  nodes: [${name}!]!\n  pageInfo: PageInfo!\n  """Entries matching the filters, over every town asked."""\n  totalCount: Int!\n}`,
  ].join('\n\n');
}

export const SDL_HEADER = '# Generated from libs/domain by `npm run generate`. Do not edit: change the model instead.\n';

/**
 * The GraphQL SDL of the content model, for the gateway: no root types (the gateway owns
 * `Query`), no private field anywhere.
 */
export function toGraphqlSdl(model: Model): string {
  const typeNameOf: TypeNameOf = (singular) => namingOf(contentTypeNamed(singular, model)).graphqlType;
  const parts = [
    SHARED,
    ...FILTERED_SCALARS.map(toScalarFilterSdl),
    ...model.vocabularies.map(vocabularySdl),
    ...listFilteredVocabularies(model).map(listFilterSdl),
    ...model.valueTypes.map((valueType) => valueTypeSdl(valueType, typeNameOf)),
    ...model.contentTypes.map((type) => contentTypeSdl(type, typeNameOf, model)),
  ];
  return `${SDL_HEADER}${print(parse(parts.join('\n\n')))}\n`;
}

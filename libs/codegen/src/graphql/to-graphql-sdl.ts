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
} from '@communes/domain';
import { parse, print } from 'graphql';
import { describeField, toWords } from './describe-field';
import { toGraphqlFilterType, toGraphqlOutputType, type TypeNameOf } from './graphql-field';
import { isNonNullOutput } from '@communes/domain';
import { FILTERED_SCALARS, toScalarFilterSdl } from './scalar-filters';
import { description } from './sdl-description';
import { SHARED_SDL, SYSTEM_FIELDS_SDL } from './shared-sdl';
import { filteredVocabularies, toVocabularyFilterSdl, toVocabularyListFilterSdl } from './vocabulary-filters';
import { toVocabularySdl } from './vocabulary-sdl';
import { withheldNote } from '../withheld-note';

function valueTypeSdl(valueType: ValueType, typeNameOf: TypeNameOf): string {
  const owner = toWords(valueType.name);
  const fields = Object.entries(valueType.fields)
    .map(
      ([name, field]) =>
        `${description(describeField(owner, name, field, typeNameOf), '  ')}  ${name}: ${toGraphqlOutputType(field, typeNameOf, isNonNullOutput(valueType, name))}`,
    )
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

const SYSTEM_FILTERS = `
  """Conditions on the documentId."""
  documentId: IDFilterInput
  """Conditions on when the entry was created."""
  createdAt: DateTimeFilterInput
  """Conditions on when the entry was last changed."""
  updatedAt: DateTimeFilterInput
  """Conditions on when the entry was last published."""
  publishedAt: DateTimeFilterInput`;

function contentTypeSdl(type: ResolvedContentType, typeNameOf: TypeNameOf, model: Model): string {
  const name = namingOf(type).graphqlType;
  const owner = type.names.display.toLowerCase();
  const publicFields = Object.entries(type.fields).filter(([, field]) => isPublic(field));
  const withheld = (fieldName: string) => isWithheldField(type, fieldName);
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');

  const outputFields = publicFields
    .map(([fieldName, field]) => {
      const text = join(
        describeField(owner, fieldName, field, typeNameOf),
        withheld(fieldName) ? withheldNote(type, field) : linkNote(type, fieldName, field, model),
      );
      return `${description(text, '  ')}  ${fieldName}: ${toGraphqlOutputType(field, typeNameOf, isNonNullOutput(type, fieldName))}`;
    })
    .join('\n');

  const filterFields = [
    SYSTEM_FILTERS,
    ...publicFields.flatMap(([fieldName, field]) => {
      const filterType = toGraphqlFilterType(field, typeNameOf);
      if (!filterType) return [];
      const on =
        field.kind === 'relation'
          ? `Conditions on the ${typeNameOf(field.target)} entries of ${fieldName}.`
          : `Conditions on ${fieldName}.`;
      const note = withheld(fieldName)
        ? ` Never matches an entry whose ${type.confidentiality!.when.field} is ${type.confidentiality!.when.equals}.`
        : '';
      return [`${description(on + note, '  ')}  ${fieldName}: ${filterType}`];
    }),
    `  """Every one of these filters matches."""\n  and: [${name}FiltersInput]`,
    `  """At least one of these filters matches."""\n  or: [${name}FiltersInput]`,
    `  """This filter does not match."""\n  not: ${name}FiltersInput`,
  ].join('\n');

  const orderFields = [
    // A withheld field would order confidential entries by what they withhold.
    ...publicFields.filter(([fieldName, field]) => isSortable(field) && !withheld(fieldName)).map(([fieldName]) => fieldName),
    'createdAt',
    'updatedAt',
    'publishedAt',
  ]
    .map((fieldName) => `  """By ${fieldName}."""\n  ${fieldName}`)
    .join('\n');

  const rule = type.confidentiality;
  const typeText = rule
    ? `${type.description} When ${rule.when.field} is ${rule.when.equals}, only ${rule.visible.join(', ')} and the system fields are served.`
    : type.description;
  return [
    `${description(typeText)}type ${name} implements Node {${SYSTEM_FIELDS_SDL}\n${outputFields}\n}`,
    `"""Filters on ${name}, with Strapi's operators."""\ninput ${name}FiltersInput {\n${filterFields}\n}`,
    `"""Fields a list of ${name} can be ordered by."""\nenum ${name}OrderField {\n${orderFields}\n}`,
    `"""One term of the order of a list of ${name}; ties are broken by documentId."""\ninput ${name}Order {\n  """The field to order by."""\n  field: ${name}OrderField!\n  """ASC (the default) or DESC."""\n  direction: OrderDirection = ASC\n}`,
    `"""A ${name} in a page, with its cursor (Relay edge)."""\ntype ${name}Edge {\n  """Resumes the list after this entry: pass it as after."""\n  cursor: String!\n  """The entry."""\n  node: ${name}!\n}`,
    `"""A page of ${name} entries (Relay connection)."""\ntype ${name}Connection {\n  """The page's entries, each with its cursor."""\n  edges: [${name}Edge!]!\n  """The page's entries."""\n  nodes: [${name}!]!\n  """Where the page stands in the list."""\n  pageInfo: PageInfo!\n  """Entries matching the filters, over every town asked."""\n  totalCount: Int!\n}`,
  ].join('\n\n');
}

export const SDL_HEADER = '# Generated from libs/domain by `npm run generate`. Do not edit: change the model instead.\n';

/**
 * The GraphQL SDL of the content model, for the gateway: no root types (the gateway owns
 * `Query`), no private field anywhere.
 */
export function toGraphqlSdl(model: Model): string {
  const typeNameOf: TypeNameOf = (singular) => namingOf(contentTypeNamed(singular, model)).graphqlType;
  const vocabularies = filteredVocabularies(model);
  const parts = [
    SHARED_SDL,
    ...FILTERED_SCALARS.map(toScalarFilterSdl),
    ...model.vocabularies.map(toVocabularySdl),
    ...vocabularies.single.map(toVocabularyFilterSdl),
    ...vocabularies.list.map(toVocabularyListFilterSdl),
    ...model.valueTypes.map((valueType) => valueTypeSdl(valueType, typeNameOf)),
    ...model.contentTypes.map((type) => contentTypeSdl(type, typeNameOf, model)),
  ];
  return `${SDL_HEADER}${print(parse(parts.join('\n\n')))}\n`;
}

import { contentTypeNamed, isPublic, isSortable, namingOf, type Model } from '@communes/domain';
import { toGraphqlFilterType } from '../graphql/graphql-field';
import { isNonNullOutput } from '@communes/domain';
import { FILTER_OPERATORS, FILTERED_SCALARS, scalarFilterName } from '../graphql/scalar-filters';
import { filteredVocabularies, vocabularyFilterName, vocabularyListFilterName } from '../graphql/vocabulary-filters';
import { GENERATED_TS_HEADER, toTsType, valueTypeInterface, vocabularyUnion } from './ts-field-type';

const SCALAR_TS: Record<(typeof FILTERED_SCALARS)[number], string> = {
  ID: 'string',
  String: 'string',
  Int: 'number',
  Float: 'number',
  Boolean: 'boolean',
  Date: 'string',
  DateTime: 'string',
  Time: 'string',
};

/** TypeScript types of the gateway side: what the generated SDL's types and inputs hold. */
export function toGraphqlTypes(model: Model): string {
  const typeNameOf = (singular: string) => namingOf(contentTypeNamed(singular, model)).graphqlType;
  const out: string[] = [GENERATED_TS_HEADER];

  out.push(
    'export interface Node {\n  id: string;\n}',
    '',
    'export interface PageInfo {\n  hasNextPage: boolean;\n  hasPreviousPage: boolean;\n  startCursor: string | null;\n  endCursor: string | null;\n}',
    '',
    "export type OrderDirection = 'ASC' | 'DESC';",
    '',
    'export interface GeoPoint {\n  latitude: number;\n  longitude: number;\n}',
    '',
    'export interface GeoPointFilterInput {\n  latitude?: FloatFilterInput | null;\n  longitude?: FloatFilterInput | null;\n}',
    '',
    'export interface MemberListFilterInput {\n  contains?: string | null;\n  containsAll?: string[] | null;\n  containsAny?: string[] | null;\n}',
    '',
    'export interface MediaFile {\n  url: string;\n  name?: string | null;\n  alternativeText?: string | null;\n  caption?: string | null;\n  mime?: string | null;\n  size?: number | null;\n  width?: number | null;\n  height?: number | null;\n}',
    '',
    `/** The filter operators, as the SDL names them. */`,
    `export const FILTER_OPERATORS = ${JSON.stringify(FILTER_OPERATORS)} as const;`,
    '',
  );
  for (const scalar of FILTERED_SCALARS) {
    const ts = SCALAR_TS[scalar];
    const self = scalarFilterName(scalar);
    const lines = FILTER_OPERATORS.map((op) => {
      if (op === 'not') return `  not?: ${self} | null;`;
      if (op === 'null' || op === 'notNull') return `  ${op}?: boolean | null;`;
      if (['and', 'or', 'in', 'notIn', 'between'].includes(op)) return `  ${op}?: (${ts} | null)[] | null;`;
      return `  ${op}?: ${ts} | null;`;
    });
    out.push(`export interface ${self} {\n${lines.join('\n')}\n}`, '');
  }
  for (const vocabulary of model.vocabularies) {
    out.push(`/** ${vocabulary.description} */`, `export type ${vocabulary.name} = ${vocabularyUnion(vocabulary)};`, '');
  }
  const vocabularies = filteredVocabularies(model);
  for (const name of vocabularies.single) {
    out.push(
      `export interface ${vocabularyFilterName(name)} {\n  eq?: ${name} | null;\n  ne?: ${name} | null;\n  in?: ${name}[] | null;\n  notIn?: ${name}[] | null;\n  null?: boolean | null;\n  notNull?: boolean | null;\n}`,
      '',
    );
  }
  for (const name of vocabularies.list) {
    out.push(
      `export interface ${vocabularyListFilterName(name)} {\n  contains?: ${name} | null;\n  containsAll?: ${name}[] | null;\n  containsAny?: ${name}[] | null;\n}`,
      '',
    );
  }
  for (const valueType of model.valueTypes) out.push(valueTypeInterface(valueType), '');

  for (const type of model.contentTypes) {
    const name = namingOf(type).graphqlType;
    const publicFields = Object.entries(type.fields).filter(([, field]) => isPublic(field));
    const fields = publicFields.map(([fieldName, field]) => {
      const ts = toTsType(field, 'graphql', typeNameOf);
      const nonNull = ts.endsWith('[]') || isNonNullOutput(type, fieldName);
      return `  ${fieldName}: ${ts}${nonNull ? '' : ' | null'};`;
    });
    const filters = publicFields.flatMap(([fieldName, field]) => {
      const filterType = toGraphqlFilterType(field, typeNameOf);
      return filterType ? [`  ${fieldName}?: ${filterType} | null;`] : [];
    });
    const orderFields = [...publicFields.filter(([, f]) => isSortable(f)).map(([n]) => n), 'createdAt', 'updatedAt', 'publishedAt'];
    out.push(
      `/** ${type.description} */`,
      `export interface ${name} extends Node {\n  __typename?: '${name}';\n  documentId: string;\n  locale: string | null;\n  createdAt: string | null;\n  updatedAt: string | null;\n  publishedAt: string | null;\n${fields.join('\n')}\n}`,
      '',
      `export interface ${name}FiltersInput {\n  documentId?: IDFilterInput | null;\n  createdAt?: DateTimeFilterInput | null;\n  updatedAt?: DateTimeFilterInput | null;\n  publishedAt?: DateTimeFilterInput | null;\n${filters.join('\n')}\n  and?: ${name}FiltersInput[] | null;\n  or?: ${name}FiltersInput[] | null;\n  not?: ${name}FiltersInput | null;\n}`,
      '',
      `export type ${name}OrderField = ${orderFields.map((f) => `'${f}'`).join(' | ')};`,
      '',
      `export interface ${name}Order {\n  field: ${name}OrderField;\n  direction?: OrderDirection | null;\n}`,
      '',
      `export interface ${name}Edge {\n  cursor: string;\n  node: ${name};\n}`,
      '',
      `export interface ${name}Connection {\n  edges: ${name}Edge[];\n  nodes: ${name}[];\n  pageInfo: PageInfo;\n  totalCount: number;\n}`,
      '',
    );
  }
  return out.join('\n');
}

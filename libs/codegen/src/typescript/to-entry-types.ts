import { contentTypeNamed, geoColumns, namingOf, type Model } from '@communes/domain';
import { GENERATED_TS_HEADER, toTsType, valueTypeInterface, vocabularyUnion } from './ts-field-type';

/**
 * TypeScript types of the town side: `<Type>Entry`, what a town's REST API returns, and
 * `<Type>Input`, what is written through Strapi's Document Service (seeders, plugins).
 */
export function toEntryTypes(model: Model): string {
  const typeNameOf = (singular: string) => namingOf(contentTypeNamed(singular, model)).graphqlType;
  const out: string[] = [GENERATED_TS_HEADER];

  out.push(
    '/** A latitude and longitude, as the model sees a geo point (stored as two columns). */',
    'export interface GeoPoint {\n  latitude: number;\n  longitude: number;\n}',
    '',
    '/** A file of the media library, as a populated REST response returns it. */',
    'export interface MediaFile {\n  id: number;\n  documentId: string;\n  url: string;\n  name: string;\n  alternativeText?: string | null;\n  caption?: string | null;\n  mime?: string | null;\n  size?: number | null;\n  width?: number | null;\n  height?: number | null;\n}',
    '',
    '/** The fields Strapi adds to every entry. */',
    'export interface EntrySystemFields {\n  id: number;\n  documentId: string;\n  locale?: string | null;\n  createdAt?: string;\n  updatedAt?: string;\n  publishedAt?: string | null;\n}',
    '',
  );
  for (const vocabulary of model.vocabularies) {
    out.push(`/** ${vocabulary.description} */`, `export type ${vocabulary.name} = ${vocabularyUnion(vocabulary)};`, '');
  }
  for (const valueType of model.valueTypes) out.push(valueTypeInterface(valueType), '');

  for (const type of model.contentTypes) {
    const name = namingOf(type).graphqlType;
    const entryLines: string[] = [];
    const inputLines: string[] = [];
    for (const [fieldName, field] of Object.entries(type.fields)) {
      const geo = field.kind === 'geoPoint' ? geoColumns(fieldName) : undefined;
      if (!field.private) {
        if (geo) entryLines.push(`  ${geo.latitude}?: number | null;`, `  ${geo.longitude}?: number | null;`);
        else entryLines.push(`  ${fieldName}?: ${toTsType(field, 'entry', typeNameOf)} | null;`);
      }
      const hasDefault = 'default' in field && field.default !== undefined;
      const optional = !field.required || hasDefault ? '?' : '';
      if (geo) inputLines.push(`  ${geo.latitude}${optional}: number | null;`, `  ${geo.longitude}${optional}: number | null;`);
      else inputLines.push(`  ${fieldName}${optional}: ${toTsType(field, 'input', typeNameOf)}${optional ? ' | null' : ''};`);
    }
    out.push(
      `/** ${type.description} As a town's REST API returns it; private fields are never returned. */`,
      `export interface ${name}Entry extends EntrySystemFields {\n${entryLines.join('\n')}\n}`,
      '',
      `/** ${type.names.display}, as written through Strapi's Document Service. */`,
      `export interface ${name}Input {\n${inputLines.join('\n')}\n}`,
      '',
    );
  }
  return out.join('\n');
}

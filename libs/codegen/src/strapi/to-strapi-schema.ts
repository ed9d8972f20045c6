import { createHash } from 'node:crypto';
import {
  editorTypeName,
  findContentType,
  geoColumns,
  namingOf,
  toColumnName,
  type Model,
  type RelationField,
  type ResolvedContentType,
} from '@communes/domain';
import type { StrapiAttribute } from './strapi-attribute';
import { toStrapiAttributes } from './to-strapi-attributes';

export interface StrapiIndex {
  name: string;
  columns: string[];
}

export interface StrapiContentTypeSchema {
  kind: 'collectionType';
  collectionName: string;
  info: { singularName: string; pluralName: string; displayName: string; description: string };
  options: { draftAndPublish: true };
  pluginOptions: Record<string, unknown>;
  attributes: Record<string, StrapiAttribute>;
  indexes: StrapiIndex[];
}

/** PostgreSQL truncates identifiers past 63 bytes, which would make index names collide. */
const MAX_IDENTIFIER_LENGTH = 63;

/** A readable index name, shortened with a hash of its full form when too long for PostgreSQL. */
export function toIndexName(collectionName: string, columns: readonly string[]): string {
  const full = `${collectionName}_${columns.join('_')}_idx`;
  if (full.length <= MAX_IDENTIFIER_LENGTH) return full;
  const hash = createHash('sha256').update(full).digest('hex').slice(0, 8);
  return `${full.slice(0, MAX_IDENTIFIER_LENGTH - hash.length - 1)}_${hash}`;
}

/** The Strapi 5 content-type schema (`schema.json`) of one content type. */
export function toStrapiSchema(type: ResolvedContentType, model: Model): StrapiContentTypeSchema {
  const naming = namingOf(type);
  const findInverse = (relation: RelationField): RelationField | undefined => {
    const target = findContentType(relation.target, model);
    const inverse = relation.inverse === undefined ? undefined : target?.fields[relation.inverse];
    return inverse?.kind === 'relation' ? inverse : undefined;
  };

  const attributes: Record<string, StrapiAttribute> = {};
  for (const [name, field] of Object.entries(type.fields)) {
    for (const [attributeName, attribute] of Object.entries(toStrapiAttributes(name, field, type, findInverse))) {
      if (type.localized && attribute.type !== 'relation') {
        attribute.pluginOptions = { i18n: { localized: field.localized === true } };
      }
      attributes[attributeName] = attribute;
    }
  }

  const columnsOf = (fieldName: string): string[] => {
    const field = type.fields[fieldName];
    if (field?.kind !== 'geoPoint') return [toColumnName(fieldName)];
    const { latitude, longitude } = geoColumns(fieldName);
    return [toColumnName(latitude), toColumnName(longitude)];
  };
  const indexes = type.indexes.map((fields): StrapiIndex => {
    const columns = fields.flatMap(columnsOf);
    return { name: toIndexName(naming.collectionName, columns), columns };
  });

  return {
    kind: 'collectionType',
    collectionName: naming.collectionName,
    info: {
      singularName: type.names.singular,
      pluralName: type.names.plural,
      // In English after its domain ("Council · Meeting"): the Content Manager sorts its menu by
      // this name, and the town's admin translations give it in the editor's language.
      displayName: editorTypeName(type, 'en'),
      description: type.description,
    },
    options: { draftAndPublish: true },
    pluginOptions: {
      'content-manager': { visible: true },
      'content-type-builder': { visible: false },
      ...(type.localized ? { i18n: { localized: true } } : {}),
      // Read at run time by @communes/strapi-kit, which withholds the other fields of a
      // confidential entry from every content-API answer; Strapi ignores keys it does not own.
      ...(type.confidentiality
        ? { communes: { confidentiality: { when: { ...type.confidentiality.when }, visible: [...type.confidentiality.visible] } } }
        : {}),
    },
    attributes,
    indexes,
  };
}

import { geoColumns, toPluginName, toUid, type ContentType, type Field, type RelationField } from '@communes/domain';
import { ATTRIBUTE_ANSWERS_SOURCE, FIELD_EDITORS } from './field-editors';
import type { CUSTOM_FIELD_STORAGE } from './stored-type';
import type { StrapiAttribute } from './strapi-attribute';
import { toValueTypeShape, toVocabularyOption } from './to-custom-field-options';

/** The value type the opening-hours editor writes; any other struct gets the generic sub-form. */
const OPENING_HOURS = 'OpeningHoursSpecification';

/** Strapi validates the URL shape on write; the gateway relies on it when it builds links. */
export const URL_REGEX = '^https?://[^\\s]+$';
const URL_MAX_LENGTH = 2048;

const compact = (attribute: StrapiAttribute): StrapiAttribute =>
  Object.fromEntries(Object.entries(attribute).filter(([, value]) => value !== undefined)) as StrapiAttribute;

/**
 * The Strapi attributes for one model field: usually one, two for a geo point (two float
 * columns, so that bounding-box filters and indexes work on both databases).
 */
export function toStrapiAttributes(
  name: string,
  field: Field,
  owner: Pick<ContentType, 'domain' | 'names'>,
  findInverse: (relation: RelationField) => RelationField | undefined,
): Record<string, StrapiAttribute> {
  const common = { required: field.required || undefined, private: field.private || undefined };
  // A custom field is stored as its registered type (same column, same JSON), and tells the
  // admin which input to show; each plugin registers the inputs under its own name.
  const custom = (fieldName: keyof typeof CUSTOM_FIELD_STORAGE, options: Record<string, unknown>) => ({
    type: 'customField',
    customField: `plugin::${toPluginName(owner.domain)}.${fieldName}`,
    options,
  });
  const editor = FIELD_EDITORS[owner.names.singular]?.[name];
  if (editor === 'recurrence-rule' && field.kind === 'string')
    return { [name]: compact({ ...custom(editor, {}), ...common, maxLength: field.maxLength }) };
  if (editor === 'date-time-list' && field.kind === 'json') return { [name]: compact({ ...custom(editor, {}), ...common }) };
  if (editor === 'attribute-answers' && field.kind === 'json')
    return { [name]: compact({ ...custom(editor, { ...ATTRIBUTE_ANSWERS_SOURCE }), ...common }) };
  switch (field.kind) {
    case 'string':
    case 'text':
    case 'email':
      return {
        [name]: compact({
          type: field.kind,
          ...common,
          unique: field.unique || undefined,
          default: field.default,
          minLength: field.minLength,
          maxLength: field.maxLength,
        }),
      };
    case 'url':
      return { [name]: compact({ type: 'string', ...common, default: field.default, maxLength: URL_MAX_LENGTH, regex: URL_REGEX }) };
    case 'richText':
      return { [name]: compact({ type: 'richtext', ...common }) };
    case 'integer':
    case 'decimal':
      return {
        [name]: compact({
          type: field.kind,
          ...common,
          unique: field.unique || undefined,
          default: field.default,
          min: field.min,
          max: field.max,
        }),
      };
    case 'boolean':
      return { [name]: compact({ type: 'boolean', ...common, default: field.default }) };
    case 'date':
      return { [name]: compact({ type: 'date', ...common }) };
    case 'dateTime':
      return { [name]: compact({ type: 'datetime', ...common }) };
    case 'time':
      return { [name]: compact({ type: 'time', ...common }) };
    case 'enumeration':
      // Stored as Strapi's enumeration (the same column and checks); the picker shows labels.
      return {
        [name]: compact({
          ...custom('vocabulary', { vocabulary: toVocabularyOption(field.vocabulary) }),
          ...common,
          enum: field.vocabulary.codes.map((c) => c.code),
          default: field.default,
        }),
      };
    case 'enumerationList':
      // Strapi has no list-of-codes or structured type that a plugin can ship (components
      // live in the app), so these are JSON whose shape the domain declares.
      return { [name]: compact({ ...custom('vocabulary-list', { vocabulary: toVocabularyOption(field.vocabulary) }), ...common }) };
    case 'memberList':
      return { [name]: compact({ ...custom('member-list', {}), ...common }) };
    case 'struct': {
      const options = { list: field.list, valueType: toValueTypeShape(field.valueType) };
      return { [name]: compact({ ...custom(field.valueType.name === OPENING_HOURS ? 'opening-hours' : 'struct', options), ...common }) };
    }
    case 'json':
      return { [name]: compact({ type: 'json', ...common }) };
    case 'geoPoint': {
      const columns = geoColumns(name);
      return {
        [columns.latitude]: compact({ type: 'float', ...common, min: -90, max: 90 }),
        [columns.longitude]: compact({ type: 'float', ...common, min: -180, max: 180 }),
      };
    }
    case 'media':
      return { [name]: compact({ type: 'media', ...common, multiple: field.multiple, allowedTypes: [...field.allowedTypes] }) };
    case 'relation':
      return { [name]: toStrapiRelation(field, owner, findInverse(field), common) };
    default: {
      const unknown: never = field;
      throw new Error(`No Strapi attribute for field kind "${(unknown as Field).kind}".`);
    }
  }
}

/**
 * Strapi wants exactly one owning side (`inversedBy`) per bidirectional relation, and the
 * many side of a one-to-many must own it. Otherwise the declaring side owns it.
 */
function toStrapiRelation(
  field: RelationField,
  owner: Pick<ContentType, 'domain' | 'names'>,
  inverse: RelationField | undefined,
  common: Pick<StrapiAttribute, 'required' | 'private'>,
): StrapiAttribute {
  // Relations stay within a domain (resolveModel checks it), so the target shares the plugin.
  const target = toUid(owner.domain, field.target);
  const attribute: StrapiAttribute = { type: 'relation', relation: field.cardinality, target, ...common };
  if (field.inverse !== undefined && inverse) {
    const owns = field.cardinality === 'manyToOne' || (field.cardinality !== 'oneToMany' && field.inverseOf === undefined);
    if (owns) attribute.inversedBy = field.inverse;
    else attribute.mappedBy = field.inverse;
  }
  return compact(attribute);
}

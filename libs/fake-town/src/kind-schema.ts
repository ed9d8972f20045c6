import { storedTypeOf, toStrapiSchema } from '@communes/codegen';
import { communesModel, contentTypeNamed, geoColumns, namingOf, withheldFields, type ResolvedContentType } from '@communes/domain';

/** One attribute a town serves, as its Strapi schema declares it. */
export interface ServedAttribute {
  /** Strapi's type: string, text, richtext, email, enumeration, integer, decimal, float, boolean, date, datetime, time, json, media, relation. */
  type: string;
  /** A relation's target kind (singular name). */
  target?: string;
  /** A relation to many entries, or a multiple media field: served as a list. */
  many?: boolean;
  /** What Strapi stores when an editor gives no value. */
  default?: unknown;
}

export interface KindSchema {
  type: ResolvedContentType;
  /** Served attributes by name: the public ones this town's version has, and Strapi's system fields. */
  attributes: ReadonlyMap<string, ServedAttribute>;
  /** The field that says whether an entry is confidential (an agenda item's `public`), if the kind has such a rule. */
  flag?: string;
  /** What a confidential entry keeps in the town (attribute names). */
  withheld: ReadonlySet<string>;
}

const kindOfUid = new Map(communesModel.contentTypes.map((type) => [namingOf(type).uid, type.names.singular]));
const schemas = new Map<string, KindSchema>();

/** Every entry has these, whatever its kind; `locale` only when the kind is localized. */
const SYSTEM: [string, ServedAttribute][] = [
  ['id', { type: 'integer' }],
  ['documentId', { type: 'string' }],
  ['createdAt', { type: 'datetime' }],
  ['updatedAt', { type: 'datetime' }],
  ['publishedAt', { type: 'datetime' }],
];

/**
 * What a town serves of a kind, from the same generated Strapi schema a real town installs:
 * its public attributes (geo points as two float columns), minus the fields an older
 * version lacks (`missing`), plus Strapi's system fields.
 */
export function kindSchemaOf(kind: string, missing: readonly string[] = []): KindSchema {
  const key = `${kind}:${missing.join(',')}`;
  const known = schemas.get(key);
  if (known) return known;
  const type = contentTypeNamed(kind);
  const attributes = new Map<string, ServedAttribute>(type.localized ? [...SYSTEM, ['locale', { type: 'string' }]] : SYSTEM);
  for (const [name, attribute] of Object.entries(toStrapiSchema(type, communesModel).attributes)) {
    if (attribute.private || missing.includes(name)) continue;
    const target = attribute.target ? kindOfUid.get(attribute.target) : undefined;
    const many = attribute.type === 'media' ? attribute.multiple === true : /ToMany$/.test(attribute.relation ?? '');
    attributes.set(name, {
      // A custom field (an input in the admin) is served as its stored type, as by Strapi.
      type: storedTypeOf(attribute),
      ...(target ? { target } : {}),
      ...(many ? { many } : {}),
      ...(attribute.default !== undefined ? { default: attribute.default } : {}),
    });
  }
  const withheld = new Set(
    withheldFields(type).flatMap((name) => (type.fields[name]?.kind === 'geoPoint' ? Object.values(geoColumns(name)) : [name])),
  );
  const schema: KindSchema = { type, attributes, withheld, ...(type.confidentiality ? { flag: type.confidentiality.when.field } : {}) };
  schemas.set(key, schema);
  return schema;
}

/** Relations and files: served only when populated. */
export const isLink = (attribute: ServedAttribute): boolean => attribute.type === 'relation' || attribute.type === 'media';

/**
 * The kinds of field a content type can declare. They describe meaning, not storage:
 * codegen maps each kind to a Strapi attribute, a GraphQL type and a TypeScript type.
 */
export const FIELD_KINDS = [
  'string',
  'text',
  'richText',
  'integer',
  'decimal',
  'boolean',
  'date',
  'dateTime',
  'time',
  'email',
  'url',
  'enumeration',
  'enumerationList',
  'memberList',
  'geoPoint',
  'media',
  'struct',
  'json',
  'relation',
] as const;

export type FieldKind = (typeof FIELD_KINDS)[number];

/** What every field may say, whatever its kind. */
interface FieldBase {
  /** One line for readers of the schema (GraphQL descriptions, the Content Manager). */
  description?: string;
  required?: boolean;
  /** Text meant for readers, stored once per locale (fr, nl, de, en). */
  localized?: boolean;
  /** Stored by the town, never served: absent from REST responses and from the GraphQL schema. */
  private?: boolean;
  /**
   * What editors read in the admin panel, in plain words in every language: `description` is
   * for developers (standards, formats), this is for the town's staff.
   */
  editor?: EditorText;
}

/** One text in each language the towns work in. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** A field's words for editors: its label, and a hint under the input where one helps. */
export interface EditorText {
  label: LocalizedText;
  /** Plain words: no codes, formats, standards or regular expressions. */
  help?: LocalizedText;
}

export interface StringField extends FieldBase {
  kind: 'string' | 'text' | 'email';
  default?: string;
  minLength?: number;
  maxLength?: number;
  /** Unique within one town (and one locale). */
  unique?: boolean;
}

export interface RichTextField extends FieldBase {
  /** Markdown. */
  kind: 'richText';
}

export interface UrlField extends FieldBase {
  kind: 'url';
  default?: string;
}

export interface NumberField extends FieldBase {
  kind: 'integer' | 'decimal';
  default?: number;
  min?: number;
  max?: number;
  unique?: boolean;
}

export interface BooleanField extends FieldBase {
  kind: 'boolean';
  default?: boolean;
}

export interface TemporalField extends FieldBase {
  /** `date` is a calendar day, `dateTime` an instant (ISO 8601, UTC), `time` a wall-clock time. */
  kind: 'date' | 'dateTime' | 'time';
}

export interface EnumerationField extends FieldBase {
  kind: 'enumeration';
  vocabulary: Vocabulary;
  default?: string;
}

/** Several codes of one vocabulary (topics, audiences, ...). */
export interface EnumerationListField extends FieldBase {
  kind: 'enumerationList';
  vocabulary: Vocabulary;
}

/**
 * Members of the network, by code (`sambreville`): open, unlike a vocabulary, since members
 * join without a model change. Stored as a vocabulary list is, a JSON list of codes.
 */
export interface MemberListField extends FieldBase {
  kind: 'memberList';
}

/** WGS 84 latitude and longitude. */
export interface GeoPointField extends FieldBase {
  kind: 'geoPoint';
}

export interface MediaField extends FieldBase {
  kind: 'media';
  multiple: boolean;
  allowedTypes: readonly MediaType[];
}

export type MediaType = 'images' | 'files' | 'videos' | 'audios';

/** A structured value (or a list of them) kept inside the entry, such as opening hours. */
export interface StructField extends FieldBase {
  kind: 'struct';
  valueType: ValueType;
  list: boolean;
}

/** Free-form JSON; use a struct whenever the shape is known. */
export interface JsonField extends FieldBase {
  kind: 'json';
}

/**
 * Cardinality as Strapi and relational databases name it, read from the declaring side:
 * `manyToOne` means many entries of this type point to one entry of the target.
 */
export const RELATION_CARDINALITIES = ['oneToOne', 'oneToMany', 'manyToOne', 'manyToMany'] as const;
export type RelationCardinality = (typeof RELATION_CARDINALITIES)[number];

export interface RelationField extends FieldBase {
  kind: 'relation';
  /** The target content type's `singular` name, in the same domain. */
  target: string;
  cardinality: RelationCardinality;
  /**
   * The field that the target gets in return. Required for `manyToOne` and `manyToMany`
   * (as in Strapi's Content-Type Builder); optional otherwise (a one-way relation).
   */
  inverse?: string;
  /** Set by `resolveModel` on the field it derives from another type's `inverse`. */
  inverseOf?: string;
  /** The editors' words for the field the target gets in return (`inverse`). */
  inverseEditor?: EditorText;
}

export type Field =
  | StringField
  | RichTextField
  | UrlField
  | NumberField
  | BooleanField
  | TemporalField
  | EnumerationField
  | EnumerationListField
  | MemberListField
  | GeoPointField
  | MediaField
  | StructField
  | JsonField
  | RelationField;

/** A closed list of codes, with labels per locale. Codes are stable: exports and filters use them. */
export interface Vocabulary {
  /** PascalCase, unique in the model: also the GraphQL enum's name. */
  name: string;
  description: string;
  codes: readonly VocabularyCode[];
}

export interface VocabularyCode {
  /** camelCase: valid as a GraphQL enum value and stable across versions. */
  code: string;
  labels: Readonly<Partial<Record<Locale, string>>> & { en: string };
}

/** The fields a struct field holds. Value types hold scalars, vocabularies and other value types. */
export interface ValueType {
  /** PascalCase, unique in the model: also the GraphQL object type's name. */
  name: string;
  description: string;
  fields: Readonly<Record<string, Field>>;
}

export const LOCALES = ['fr', 'nl', 'de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

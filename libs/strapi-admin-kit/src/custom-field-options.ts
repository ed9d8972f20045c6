/**
 * What codegen writes into a custom field's `options` (see libs/codegen's
 * to-custom-field-options.ts): everything an input shows, so that this library never reads
 * the domain model.
 */
export type Locale = 'fr' | 'nl' | 'de' | 'en';
export type Labels = Partial<Record<Locale, string>> & { en: string };

export interface VocabularyOption {
  name: string;
  codes: { code: string; labels: Labels }[];
}

export interface ValueFieldShape {
  name: string;
  kind: string;
  labels: Labels;
  /** Plain words under the input, where the model gives some. */
  help?: Labels;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  default?: unknown;
  vocabulary?: VocabularyOption;
  list?: boolean;
  valueType?: ValueTypeShape;
}

export interface ValueTypeShape {
  name: string;
  fields: ValueFieldShape[];
}

export interface VocabularyFieldOptions {
  vocabulary: VocabularyOption;
}

export interface StructFieldOptions {
  list: boolean;
  valueType: ValueTypeShape;
}

/** A JSON value as the form holds it: a structured value is a plain object. */
export type Item = Record<string, unknown>;

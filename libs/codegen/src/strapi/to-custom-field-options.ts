import type { Field, Locale, ValueType, Vocabulary } from '@communes/domain';

type Labels = Readonly<Partial<Record<Locale, string>>> & { en: string };

/** A vocabulary as a picker shows it: codes in the model's order, with their labels. */
export interface VocabularyOption {
  name: string;
  codes: { code: string; labels: Labels }[];
}

/** One part of a structured value, as its sub-form input needs it. */
export interface ValueFieldShape {
  name: string;
  kind: Field['kind'];
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

/** A value type as its sub-form needs it: the parts, in the model's order. */
export interface ValueTypeShape {
  name: string;
  fields: ValueFieldShape[];
}

export const toVocabularyOption = (vocabulary: Vocabulary): VocabularyOption => ({
  name: vocabulary.name,
  codes: vocabulary.codes.map(({ code, labels }) => ({ code, labels: { ...labels } })),
});

const compact = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** What the admin's generic sub-form needs of a value type, so it never imports the domain. */
export function toValueTypeShape(valueType: ValueType): ValueTypeShape {
  return {
    name: valueType.name,
    fields: Object.entries(valueType.fields).map(([name, field]) => {
      // Only the kinds with bounds have these keys; the others leave them undefined.
      const bounds = field as Partial<Record<'minLength' | 'maxLength' | 'min' | 'max', number>>;
      return compact<ValueFieldShape>({
        name,
        kind: field.kind,
        // The model's words for editors; the part's name only if the model has none.
        labels: { ...(field.editor?.label ?? { en: name }) },
        help: field.editor?.help ? { ...field.editor.help } : undefined,
        required: field.required || undefined,
        minLength: bounds.minLength,
        maxLength: bounds.maxLength,
        min: bounds.min,
        max: bounds.max,
        default: 'default' in field ? field.default : undefined,
        vocabulary: field.kind === 'enumeration' || field.kind === 'enumerationList' ? toVocabularyOption(field.vocabulary) : undefined,
        list: field.kind === 'struct' ? field.list : undefined,
        valueType: field.kind === 'struct' ? toValueTypeShape(field.valueType) : undefined,
      });
    }),
  };
}

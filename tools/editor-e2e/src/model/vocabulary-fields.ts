import type { EnumerationField, EnumerationListField, Field, Locale, ResolvedContentType, Vocabulary } from '@communes/domain';
import { fieldAtPath } from './field-at-path';

export type VocabularyField = EnumerationField | EnumerationListField;

export const isVocabularyField = (field: Field): field is VocabularyField =>
  field.kind === 'enumeration' || field.kind === 'enumerationList';

/** Whether a field holds a vocabulary, itself or in one of its parts (a channel's kind, opening hours' days). */
export const holdsVocabulary = (field: Field): boolean =>
  isVocabularyField(field) || (field.kind === 'struct' && Object.values(field.valueType.fields).some(holdsVocabulary));

/** Every vocabulary a type uses, in its fields and their parts. */
export function vocabulariesOf(type: ResolvedContentType): Vocabulary[] {
  const found = new Set<Vocabulary>();
  const visit = (field: Field) => {
    if (isVocabularyField(field)) found.add(field.vocabulary);
    if (field.kind === 'struct') Object.values(field.valueType.fields).forEach(visit);
  };
  Object.values(type.fields).forEach(visit);
  return [...found];
}

/** A vocabulary's labels in a language, in the model's order (a missing label shows as undefined). */
export const vocabularyLabels = (vocabulary: Vocabulary, locale: Locale): (string | undefined)[] =>
  vocabulary.codes.map((code) => code.labels[locale]);

/** The codes an editor must never read: every code that is not also its own label in that language. */
export const hiddenCodes = (vocabulary: Vocabulary, locale: Locale): string[] =>
  vocabulary.codes.filter((code) => code.labels[locale] !== code.code).map((code) => code.code);

/** The label of one code, for the scenarios that pick it as an editor does. */
export function codeLabel(vocabulary: Vocabulary, code: string, locale: Locale): string {
  const label = vocabulary.codes.find((entry) => entry.code === code)?.labels[locale];
  if (label === undefined) throw new Error(`The vocabulary ${vocabulary.name} has no ${locale} label for "${code}".`);
  return label;
}

/** The vocabulary of a field or a part (`openingHours.dayOfWeek`), for the scenarios that pick its labels. */
export function vocabularyAt(type: ResolvedContentType, path: string): Vocabulary {
  const field = fieldAtPath(type, path)?.field;
  if (!field || !isVocabularyField(field)) throw new Error(`${type.names.singular}.${path} is not a vocabulary field of the model.`);
  return field.vocabulary;
}

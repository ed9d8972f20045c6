import { contentTypeNamed, type Vocabulary } from '@communes/domain';

/** A code's label in a locale, English when the vocabulary lacks it; undefined for a code it does not have. */
export function codeLabel(vocabulary: Vocabulary, code: string, locale: string | null | undefined): string | undefined {
  const labels: Partial<Record<string, string>> | undefined = vocabulary.codes.find((c) => c.code === code)?.labels;
  // Own keys only: a locale such as "__proto__" is no label.
  return (labels && locale && Object.hasOwn(labels, locale) ? labels[locale] : undefined) ?? labels?.en;
}

/**
 * The label of a code of the model's vocabularies in the node's locale (English when the
 * vocabulary lacks that locale): OParl's paperType or result are text for readers, and so is
 * an aggregate's group.
 */
export function vocabularyLabel(
  kind: string,
  field: string,
  code: string | null | undefined,
  locale: string | null | undefined,
): string | undefined {
  if (!code) return undefined;
  const definition = contentTypeNamed(kind).fields[field];
  if (definition?.kind !== 'enumeration' && definition?.kind !== 'enumerationList') return code;
  return codeLabel(definition.vocabulary, code, locale) ?? code;
}

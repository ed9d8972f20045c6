import { contentTypeNamed, type Locale } from '@communes/domain';

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
  const labels = definition.vocabulary.codes.find((c) => c.code === code)?.labels;
  return labels?.[(locale ?? 'en') as Locale] ?? labels?.en ?? code;
}

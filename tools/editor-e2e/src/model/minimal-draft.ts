import type { Field, Locale, ResolvedContentType } from '@communes/domain';
import { hiddenCodes, isVocabularyField } from './vocabulary-fields';

/** A value of each kind an entry may need, valid for the model's checks. */
function sampleValue(type: ResolvedContentType, field: Field, locale: Locale): unknown {
  switch (field.kind) {
    case 'string':
      return `essai-${type.names.singular}`.slice(0, field.maxLength ?? 80);
    case 'text':
    case 'richText':
      return 'Essai';
    case 'email':
      return 'essai@ville.test';
    case 'url':
      return 'https://www.ville.test/';
    case 'integer':
    case 'decimal':
      return field.min ?? 1;
    case 'boolean':
      return field.default ?? false;
    case 'date':
      return '2026-12-15';
    case 'dateTime':
      return '2026-12-15T18:00:00.000Z';
    case 'enumeration':
    case 'enumerationList': {
      // A code that is not its own label: a list that shows the code, not the label, is seen.
      const code = hiddenCodes(field.vocabulary, locale)[0] ?? field.vocabulary.codes[0]!.code;
      return field.kind === 'enumeration' ? code : [code];
    }
    default:
      return undefined;
  }
}

/**
 * The least an entry of the type needs to be saved as a draft, with every vocabulary field
 * set too; undefined when it needs another entry first (an agenda item, its meeting) or a
 * value of a kind made here for no type yet.
 */
export function minimalDraft(type: ResolvedContentType, locale: Locale): Record<string, unknown> | undefined {
  const draft: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(type.fields)) {
    if (!field.required && !isVocabularyField(field)) continue;
    const value = sampleValue(type, field, locale);
    if (value === undefined) return undefined;
    draft[name] = value;
  }
  return draft;
}

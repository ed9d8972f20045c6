import type { Model } from '@communes/domain';
import { isFilterable } from '@communes/domain';

/** The operators on one code, with Strapi's names (as on the scalars' filter inputs). */
export const VOCABULARY_OPERATORS = ['eq', 'ne', 'in', 'notIn', 'null', 'notNull'] as const;
/** The operators on a list of codes. */
export const VOCABULARY_LIST_OPERATORS = ['contains', 'containsAll', 'containsAny'] as const;

export const vocabularyFilterName = (vocabulary: string): string => `${vocabulary}FilterInput`;
export const vocabularyListFilterName = (vocabulary: string): string => `${vocabulary}ListFilterInput`;

/**
 * Filters one code of a vocabulary: typed by the enum, so that a misspelt code is a
 * validation error naming the codes, not a filter that silently matches nothing.
 */
export function toVocabularyFilterSdl(vocabulary: string): string {
  const self = vocabularyFilterName(vocabulary);
  return [
    `"""Conditions on a ${vocabulary} code."""`,
    `input ${self} {`,
    '  """Is this code."""',
    `  eq: ${vocabulary}`,
    '  """Is not this code."""',
    `  ne: ${vocabulary}`,
    '  """Is one of these codes (at most 100)."""',
    `  in: [${vocabulary}!]`,
    '  """Is none of these codes (at most 100)."""',
    `  notIn: [${vocabulary}!]`,
    '  """With true, has no code."""',
    '  null: Boolean',
    '  """With true, has a code."""',
    '  notNull: Boolean',
    '}',
  ].join('\n');
}

/** Filters a list of codes of a vocabulary. */
export function toVocabularyListFilterSdl(vocabulary: string): string {
  return [
    `"""Conditions on a list of ${vocabulary} codes."""`,
    `input ${vocabularyListFilterName(vocabulary)} {`,
    '  """The list holds this code."""',
    `  contains: ${vocabulary}`,
    '  """The list holds every one of these codes (at most 100)."""',
    `  containsAll: [${vocabulary}!]`,
    '  """The list holds at least one of these codes (at most 100)."""',
    `  containsAny: [${vocabulary}!]`,
    '}',
  ].join('\n');
}

/** The vocabularies the public schema filters on, one code or a list of codes: each gets its filter input. */
export function filteredVocabularies(model: Model): { single: string[]; list: string[] } {
  const single = new Set<string>();
  const list = new Set<string>();
  for (const type of model.contentTypes) {
    for (const field of Object.values(type.fields)) {
      if (field.kind === 'enumeration' && isFilterable(field)) single.add(field.vocabulary.name);
      if (field.kind === 'enumerationList' && !field.private) list.add(field.vocabulary.name);
    }
  }
  return { single: [...single].sort(), list: [...list].sort() };
}

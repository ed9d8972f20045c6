import type { VocabularyOption } from '../custom-field-options';

/** A list view column as Strapi's Content Manager hands it to the `inject-column-in-table` hook. */
export interface ListHeader {
  name: string;
  attribute?: { customField?: string; options?: unknown };
  cellFormatter?: unknown;
}

/** The vocabulary a column holds codes of: one of this plugin's vocabulary fields, else none. */
export function vocabularyColumn(header: ListHeader, pluginId: string): VocabularyOption | undefined {
  const field = header.attribute?.customField;
  if (field !== `plugin::${pluginId}.vocabulary` && field !== `plugin::${pluginId}.vocabulary-list`) return undefined;
  const vocabulary = (header.attribute?.options as { vocabulary?: VocabularyOption } | undefined)?.vocabulary;
  return Array.isArray(vocabulary?.codes) ? vocabulary : undefined;
}

/** The codes a cell holds: one code, or a list of them. */
export const cellCodes = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((code): code is string => typeof code === 'string' && code !== '');

import type { Locale, ResolvedContentType } from '@communes/domain';
import { editorLabelOf } from './editor-text-of';
import { fieldAtPath } from './field-at-path';

/** The model's label of a field or a part (`cost.amount`) in a language: what a scenario finds the input by. */
export function labelAt(type: ResolvedContentType, path: string, locale: Locale): string {
  const found = fieldAtPath(type, path);
  const label = found && editorLabelOf(found.field, locale);
  if (!label) throw new Error(`The model gives ${type.names.singular}.${path} no ${locale} label.`);
  return label;
}

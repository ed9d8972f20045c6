import type { ContentType } from './content-type';
import { type EditorText, type Field, LOCALES, type LocalizedText, type ValueType } from './field';

/** Words that belong in a developer's description, never in an editor's form. */
const DEVELOPER_WORDING = /\b(RFC|regex|regular expression|WGS|ISO \d|JSON|RRULE|EXDATE|Open311|OParl|schema\.org)\b|Inverse of/i;

const gapsInText = (where: string, text: LocalizedText | undefined): string[] => {
  if (!text) return [`${where}: missing`];
  const gaps: string[] = [];
  for (const locale of LOCALES) {
    const words = text[locale];
    if (typeof words !== 'string' || words.trim() === '') gaps.push(`${where}: no ${locale} text`);
    else if (DEVELOPER_WORDING.test(words)) gaps.push(`${where} (${locale}): developer wording in "${words}"`);
  }
  return gaps;
};

const gapsInEditorText = (where: string, editor: EditorText | undefined): string[] => {
  if (!editor) return [`${where}: no editor text`];
  return [...gapsInText(`${where} label`, editor.label), ...(editor.help ? gapsInText(`${where} help`, editor.help) : [])];
};

const gapsInFields = (owner: string, fields: Readonly<Record<string, Field>>, seen: Set<ValueType>): string[] =>
  Object.entries(fields).flatMap(([name, field]) => {
    const where = `${owner}.${name}`;
    const gaps = gapsInEditorText(where, field.editor);
    if (field.kind === 'relation' && field.inverse !== undefined && field.inverseOf === undefined)
      gaps.push(...gapsInEditorText(`${field.target}.${field.inverse} (the inverse of ${where})`, field.inverseEditor));
    if (field.kind === 'struct' && !seen.has(field.valueType)) {
      seen.add(field.valueType);
      gaps.push(...gapsInFields(field.valueType.name, field.valueType.fields, seen));
    }
    return gaps;
  });

/**
 * What editors would see untranslated or in developer words: every type needs a name, and
 * every field (of value types too, and the inverse side of relations) a label, in fr, nl, de
 * and en; a help text, when there is one, in all four as well. Empty when nothing is missing.
 */
export function findEditorTextGaps(contentTypes: readonly ContentType[]): string[] {
  const seen = new Set<ValueType>();
  return contentTypes.flatMap((type) => [
    ...gapsInText(`${type.names.singular} name`, type.editor?.name),
    ...gapsInFields(type.names.singular, type.fields, seen),
  ]);
}

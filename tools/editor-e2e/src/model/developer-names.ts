import type { Field, Locale, ResolvedContentType } from '@communes/domain';
import { editorLabelOf } from './editor-text-of';
import { isVocabularyField } from './vocabulary-fields';

/** How Strapi names a field it has no label for: `requestStatus` becomes "Request status". */
const humanize = (name: string): string => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const fieldsOf = (type: ResolvedContentType): [string, Field][] => {
  const all: [string, Field][] = [];
  const visit = (name: string, field: Field) => {
    all.push([name, field]);
    if (field.kind === 'struct') for (const [part, inner] of Object.entries(field.valueType.fields)) visit(part, inner);
  };
  for (const [name, field] of Object.entries(type.fields)) visit(name, field);
  return all;
};

/**
 * What a label of this type's form must never read in that language: a field's or a part's
 * name as the model spells it (`requestStatus`), as Strapi would show it without a label
 * ("Request status"), or its English label, unless the language's own words say the same
 * ("Description", "Contact").
 */
export function developerNames(type: ResolvedContentType, locale: Locale): Set<string> {
  const fields = fieldsOf(type);
  const own = new Set<string>();
  for (const [, field] of fields) {
    const label = editorLabelOf(field, locale);
    if (label) own.add(label);
    if (isVocabularyField(field)) for (const code of field.vocabulary.codes) if (code.labels[locale]) own.add(code.labels[locale]!);
  }
  const names = new Set<string>();
  for (const [name, field] of fields) {
    for (const wording of [name, humanize(name), editorLabelOf(field, 'en')]) if (wording && !own.has(wording)) names.add(wording);
  }
  return names;
}

import { communesModel, type EditorText, type Field, type Locale, type RelationField } from '@communes/domain';

/**
 * The words the model gives editors for a field: its own, or, for the side of a relation the
 * model derives (a meeting's agenda items), the `inverseEditor` of the side that declares it.
 */
export function editorTextOf(field: Field): EditorText | undefined {
  if (field.kind !== 'relation' || field.inverseOf === undefined) return field.editor;
  const declaring = communesModel.contentTypes.find((type) => type.names.singular === field.target);
  return (declaring?.fields[field.inverseOf] as RelationField | undefined)?.inverseEditor;
}

/** A field's label in a language, or undefined when the model gives it none. */
export const editorLabelOf = (field: Field, locale: Locale): string | undefined => editorTextOf(field)?.label[locale];

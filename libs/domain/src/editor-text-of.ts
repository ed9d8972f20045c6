import type { EditorText, Field, RelationField } from './field';
import type { Model } from './resolve-model';

/**
 * The words the model gives editors for a field: its own, or, for the side of a relation the
 * model derives (a meeting's agenda items), the `inverseEditor` of the side that declares it.
 */
export function editorTextOf(model: Pick<Model, 'contentTypes'>, field: Field): EditorText | undefined {
  if (field.kind !== 'relation' || field.inverseOf === undefined) return field.editor;
  const declaring = model.contentTypes.find((type) => type.names.singular === field.target);
  return (declaring?.fields[field.inverseOf] as RelationField | undefined)?.inverseEditor;
}

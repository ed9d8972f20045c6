import type { ResolvedContentType } from '@communes/domain';

/** A field holding a code (or codes) of a vocabulary, and the field beside it that gives the label. */
export interface LabelledField {
  field: string;
  /** `<field>Label` for one code, `<field>Labels` for a list of codes. */
  labelField: string;
  list: boolean;
}

/** The public vocabulary fields of a kind, each with its label field's name. */
export function labelledFields(type: ResolvedContentType): LabelledField[] {
  const fields: LabelledField[] = [];
  for (const [field, definition] of Object.entries(type.fields)) {
    if (definition.private || (definition.kind !== 'enumeration' && definition.kind !== 'enumerationList')) continue;
    const list = definition.kind === 'enumerationList';
    const labelField = `${field}${list ? 'Labels' : 'Label'}`;
    // A model that already has a field of that name would shadow the label: the schema's build fails.
    if (labelField in type.fields)
      throw new Error(`${type.names.singular}.${labelField}: a field of the model has the label field's name.`);
    fields.push({ field, labelField, list });
  }
  return fields;
}

import type { Field, ValueType } from '../field';
import type { Model } from '../resolve-model';

/** What a field keeps in a town's database: enough to tell whether a change would lose values. */
export interface StoredField {
  kind: Field['kind'];
  /** One value per locale. */
  localized?: true;
  /** An enumeration's or a list's codes: a stored code the model no longer has is lost. */
  codes?: string[];
  /** A relation's target and cardinality. */
  target?: string;
  cardinality?: string;
  /** A struct's value type (its parts' shapes) and whether it is a list; a media field's multiplicity. */
  parts?: Record<string, StoredField>;
  list?: true;
  multiple?: true;
}

export interface StoredType {
  domain: string;
  fields: Record<string, StoredField>;
}

/** Per content type (its singular name), what the towns store: the model as a released version leaves it in their databases. */
export type StoredShape = Record<string, StoredType>;

function storedPart(fields: ValueType['fields']): Record<string, StoredField> {
  return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, storedField(field)]));
}

function storedField(field: Field): StoredField {
  const shape: StoredField = { kind: field.kind };
  if (field.localized) shape.localized = true;
  switch (field.kind) {
    case 'enumeration':
    case 'enumerationList':
      shape.codes = field.vocabulary.codes.map((c) => c.code);
      break;
    case 'relation':
      // A relation's inverse side is the same join, stored once: its declaring side is compared.
      shape.target = field.target;
      shape.cardinality = field.cardinality;
      break;
    case 'struct':
      shape.parts = storedPart(field.valueType.fields);
      if (field.list) shape.list = true;
      break;
    case 'media':
      if (field.multiple) shape.multiple = true;
      break;
  }
  return shape;
}

/** The stored shape of a model. */
export function toStoredShape(model: Model): StoredShape {
  return Object.fromEntries(
    model.contentTypes.map((type) => [
      type.names.singular,
      {
        domain: type.domain,
        fields: Object.fromEntries(
          Object.entries(type.fields)
            .filter(([, field]) => !(field.kind === 'relation' && field.inverseOf !== undefined))
            .map(([name, field]) => [name, storedField(field)]),
        ),
      },
    ]),
  );
}

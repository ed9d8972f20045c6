import type { Field, ValueType } from '../field';
import { isCodeList } from '../field-capabilities';
import { geoColumns } from '../names';
import type { ResolvedContentType } from '../resolve-model';

const TYPE_OF: Partial<Record<Field['kind'], string>> = {
  string: 'string',
  text: 'string',
  richText: 'string',
  email: 'string',
  url: 'string',
  date: 'string',
  dateTime: 'string',
  time: 'string',
  enumeration: 'string',
  memberList: 'string',
  integer: 'number',
  decimal: 'number',
  boolean: 'boolean',
};

/** What reading one field of a town's entry takes, derived once per kind. */
export interface PlannedField {
  name: string;
  field: Field;
  /** The entry's keys for this field: two columns for a geo point. */
  keys: readonly string[];
  /** The JavaScript type its values must have, when it is a scalar. */
  expected?: string;
  /** An enumeration's or an enumerationList's codes. */
  codes?: ReadonlySet<string>;
  /** Its value must be a list. */
  list: boolean;
}

const plans = new WeakMap<object, readonly PlannedField[]>();

function planFields(fields: Readonly<Record<string, Field>>): readonly PlannedField[] {
  let plan = plans.get(fields);
  if (!plan) {
    plan = Object.entries(fields).map(([name, field]) => ({
      name,
      field,
      keys: field.kind === 'geoPoint' ? Object.values(geoColumns(name)) : [name],
      expected: field.kind === 'geoPoint' ? 'number' : TYPE_OF[field.kind],
      codes:
        field.kind === 'enumeration' || field.kind === 'enumerationList' ? new Set(field.vocabulary.codes.map((c) => c.code)) : undefined,
      list: isCodeList(field) || (field.kind === 'struct' && !!field.list) || (field.kind === 'media' && !!field.multiple),
    }));
    plans.set(fields, plan);
  }
  return plan;
}

/** The fields of a struct's value type, planned the same way (on demand: a value type may hold itself). */
export const valueFieldsOf = (valueType: ValueType): readonly PlannedField[] => planFields(valueType.fields);

/**
 * The fields of a kind, ready to check and convert entries: an operation over a hundred towns
 * reads thousands of entries, and deriving column names and code sets per entry showed up
 * as a tenth of the gateway's CPU.
 */
export const fieldPlanOf = (type: ResolvedContentType): readonly PlannedField[] => planFields(type.fields);

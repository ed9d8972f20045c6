import type { Field } from '../field';
import { geoColumns } from '../names';
import { checkValue } from './check-value';
import { FIELD_RULES } from './field-rules';
import type { ValueProblem } from './value-problem';

/** The kinds whose values Strapi stores as JSON or text without knowing the model's rules. */
const CHECKED_KINDS: ReadonlySet<Field['kind']> = new Set(['enumeration', 'enumerationList', 'memberList', 'struct']);

interface TypeFields {
  names: { singular: string };
  fields: Readonly<Record<string, Field>>;
}

function checkGeoColumn(value: unknown, column: string, bound: number): ValueProblem[] {
  if (value === null || value === undefined || value === '') return [];
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number))
    return [{ path: [column], code: 'type', params: { value, expected: 'number' } }];
  if (number < -bound) return [{ path: [column], code: 'tooSmall', params: { value, limit: -bound } }];
  if (number > bound) return [{ path: [column], code: 'tooLarge', params: { value, limit: bound } }];
  return [];
}

/**
 * Checks the data of a create or an update (only the fields it holds: an update may hold a
 * few) against the model: vocabularies, structured values, geo points and the fields with
 * rules of their own. Scalars, required fields and relations are left to the storage.
 * Paths start with the stored attribute's name (a geo point's column).
 */
export function checkEntryData(type: TypeFields, data: Readonly<Record<string, unknown>>): ValueProblem[] {
  const problems: ValueProblem[] = [];
  for (const [name, field] of Object.entries(type.fields)) {
    if (field.kind === 'geoPoint') {
      const { latitude, longitude } = geoColumns(name);
      problems.push(...checkGeoColumn(data[latitude], latitude, 90), ...checkGeoColumn(data[longitude], longitude, 180));
      continue;
    }
    if (!(name in data)) continue;
    const found = CHECKED_KINDS.has(field.kind) ? checkValue(field, data[name], [name]) : [];
    const rule = FIELD_RULES[type.names.singular]?.[name];
    problems.push(...(found.length || !rule || data[name] == null ? found : rule(data[name], [name])));
  }
  return problems;
}

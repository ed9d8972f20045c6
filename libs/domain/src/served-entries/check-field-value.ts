import { checkValue } from '../checks/check-value';
import type { EnumerationField, Vocabulary } from '../field';
import { isIsoDate, isIsoDateTime, isIsoTime } from '../iso-temporal';
import { isMemberCode } from '../sharing/subscription';
import { valueFieldsOf, type PlannedField } from './field-plan';
import { isNonNullOutput } from './is-non-null-output';

const INT32 = 2 ** 31;

/** A town's value in a message: short, on one line, never a whole document. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** "an Audience code", "a Cost". */
const a = (word: string) => `${/^[AEIOU]/i.test(word) ? 'an' : 'a'} ${word}`;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const TEMPORAL: Record<string, [(value: unknown) => boolean, string]> = {
  date: [isIsoDate, 'a date such as 2026-03-14'],
  dateTime: [isIsoDateTime, 'an instant such as 2026-03-14T19:30:00.000Z'],
  time: [isIsoTime, 'a time such as 19:30:00.000'],
};

/** One code of a vocabulary, as a field the domain's checks (the town's, on every save) read. */
const codeFields = new WeakMap<Vocabulary, EnumerationField>();
function isCodeOf(vocabulary: Vocabulary, value: unknown): boolean {
  let field = codeFields.get(vocabulary);
  if (!field) {
    field = { kind: 'enumeration', vocabulary };
    codeFields.set(vocabulary, field);
  }
  return checkValue(field, value, []).length === 0;
}

/** One value of a field (an item, for a list field): what is wrong with it, if anything. */
function checkOne(plan: PlannedField, value: unknown, path: string): string | undefined {
  const { field, expected } = plan;
  const wrong = (what: string) => `${path} is ${describeValue(value)}, expected ${what}`;
  if (expected && typeof value !== expected) return wrong(expected === 'number' ? 'a number' : `a ${expected}`);
  switch (field.kind) {
    case 'integer':
      // GraphQL's Int: anything else fails when the answer is written, after the data is chosen.
      return Number.isInteger(value) && Math.abs(value as number) < INT32 ? undefined : wrong('a 32-bit integer');
    case 'decimal':
      return Number.isFinite(value) ? undefined : wrong('a finite number');
    case 'date':
    case 'dateTime':
    case 'time':
      return TEMPORAL[field.kind]![0](value) ? undefined : wrong(TEMPORAL[field.kind]![1]);
    case 'enumeration':
    case 'enumerationList':
      return isCodeOf(field.vocabulary, value) ? undefined : wrong(`${a(field.vocabulary.name)} code`);
    case 'memberList':
      return isMemberCode(value) ? undefined : wrong("a member's code");
    case 'media':
      if (!isRecord(value) || typeof value.url !== 'string' || value.url === '') return wrong('a file with a url');
      for (const key of ['name', 'alternativeText', 'caption', 'mime'])
        if (value[key] != null && typeof value[key] !== 'string')
          return `${path}.${key} is ${describeValue(value[key])}, expected a string`;
      for (const key of ['width', 'height'])
        if (value[key] != null && !Number.isInteger(value[key]))
          return `${path}.${key} is ${describeValue(value[key])}, expected an integer`;
      return value.size != null && !Number.isFinite(value.size)
        ? `${path}.size is ${describeValue(value.size)}, expected a number`
        : undefined;
    case 'relation':
      return isRecord(value) && typeof value.documentId === 'string' ? undefined : wrong('a related entry with its documentId');
    case 'struct':
      if (!isRecord(value)) return wrong(a(field.valueType.name));
      for (const inner of valueFieldsOf(field.valueType)) {
        // Inside a struct, a missing list is not defaulted, nor a required value: GraphQL declares them non-null.
        const problem =
          inner.list && value[inner.name] == null
            ? `${path}.${inner.name} is missing, expected a list`
            : isNonNullOutput(field.valueType, inner.name) && value[inner.name] == null
              ? `${path}.${inner.name} is missing, expected a value (required)`
              : checkFieldValue(inner, value, `${path}.`);
        if (problem) return problem;
      }
      return undefined;
    default:
      return undefined;
  }
}

/**
 * Checks one field of a town's record (an entry, or a struct's value) deeply against the
 * model: types, vocabularies, list items, structs' own fields. A value that GraphQL could not
 * write (an unknown code in a non-null list, say) must be caught here, before it is chosen
 * for an answer, or it fails the whole list for every town. Returns what is wrong, if anything.
 */
export function checkFieldValue(plan: PlannedField, record: Record<string, unknown>, prefix: string): string | undefined {
  for (const key of plan.keys) {
    const value = record[key];
    const path = `${prefix}${key}`;
    if (value === undefined || value === null) continue;
    if (plan.field.kind === 'json' || plan.field.kind === 'geoPoint') {
      if (plan.expected && typeof value !== plan.expected) return `${path} is ${describeValue(value)}, expected a number`;
      continue;
    }
    // A relation may come as one entry or a list, whatever its cardinality: both are read alike.
    if (plan.list || (plan.field.kind === 'relation' && Array.isArray(value))) {
      if (!Array.isArray(value)) return `${path} is ${describeValue(value)}, expected a list`;
      for (let i = 0; i < value.length; i++) {
        const problem = value[i] === null || value[i] === undefined ? `${path}[${i}] is null` : checkOne(plan, value[i], `${path}[${i}]`);
        if (problem) return problem;
      }
    } else {
      const problem = checkOne(plan, value, path);
      if (problem) return problem;
    }
  }
  return undefined;
}

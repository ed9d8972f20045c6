import type { Field, ValueType } from '../field';
import { isIsoDate, isIsoDateTime, isIsoTime } from '../iso-temporal';
import { isMemberCode } from '../sharing/subscription';
import type { ExpectedType, ValueFormat, ValueProblem } from './value-problem';
import { VALUE_TYPE_RULES } from './value-type-rules';

type Path = readonly (string | number)[];

/** The shapes the town stores and the gateway serves: not every address RFC 5322 allows. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_SHAPE = /^https?:\/\/[^\s]+$/;
const FORMATS: Partial<Record<Field['kind'], [ValueFormat, (value: string) => boolean]>> = {
  date: ['date', isIsoDate],
  dateTime: ['dateTime', isIsoDateTime],
  time: ['time', isIsoTime],
  email: ['email', (value) => EMAIL.test(value)],
  url: ['url', (value) => URL_SHAPE.test(value)],
};

/** At most this many members in one list: a shared entry names a few, not the network. */
export const MAX_MEMBERS = 20;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const wrongType = (path: Path, value: unknown, expected: ExpectedType): ValueProblem[] => [
  { path, code: 'type', params: { value, expected } },
];

/**
 * Checks one value of a model field (null or absent is always fine here: whether a field is
 * required is the caller's rule) and returns what is wrong with it, deeply: the codes of a
 * vocabulary, the items of a list, the parts of a structured value and their own rules.
 * The town refuses such a value on save; the gateway drops what a town serves that fails.
 */
export function checkValue(field: Field, value: unknown, path: Path): ValueProblem[] {
  if (value === null || value === undefined) return [];
  switch (field.kind) {
    case 'string':
    case 'text':
    case 'richText':
    case 'email':
    case 'url': {
      if (typeof value !== 'string') return wrongType(path, value, 'text');
      const format = FORMATS[field.kind];
      if (format && value !== '' && !format[1](value)) return [{ path, code: 'format', params: { value, format: format[0] } }];
      const { minLength, maxLength } = field.kind === 'string' || field.kind === 'text' || field.kind === 'email' ? field : {};
      if (minLength !== undefined && value.length < minLength) return [{ path, code: 'tooShort', params: { value, limit: minLength } }];
      if (maxLength !== undefined && value.length > maxLength) return [{ path, code: 'tooLong', params: { value, limit: maxLength } }];
      return [];
    }
    case 'integer':
    case 'decimal':
      if (field.kind === 'integer' ? !Number.isInteger(value) : !Number.isFinite(value))
        return wrongType(path, value, field.kind === 'integer' ? 'integer' : 'number');
      if (field.min !== undefined && (value as number) < field.min)
        return [{ path, code: 'tooSmall', params: { value, limit: field.min } }];
      if (field.max !== undefined && (value as number) > field.max)
        return [{ path, code: 'tooLarge', params: { value, limit: field.max } }];
      return [];
    case 'boolean':
      return typeof value === 'boolean' ? [] : wrongType(path, value, 'boolean');
    case 'date':
    case 'dateTime':
    case 'time': {
      const [format, accepts] = FORMATS[field.kind]!;
      return typeof value === 'string' && accepts(value) ? [] : [{ path, code: 'format', params: { value, format } }];
    }
    case 'enumeration':
      return field.vocabulary.codes.some((c) => c.code === value)
        ? []
        : [{ path, code: 'unknownCode', params: { value, vocabulary: field.vocabulary } }];
    case 'enumerationList': {
      if (!Array.isArray(value)) return wrongType(path, value, 'list');
      const seen = new Set<unknown>();
      return value.flatMap((item, i): ValueProblem[] => {
        const itemPath = [...path, i];
        if (seen.has(item)) return [{ path: itemPath, code: 'duplicateCode', params: { value: item, vocabulary: field.vocabulary } }];
        seen.add(item);
        return checkValue({ kind: 'enumeration', vocabulary: field.vocabulary }, item, itemPath);
      });
    }
    case 'memberList': {
      if (!Array.isArray(value)) return wrongType(path, value, 'list');
      if (value.length > MAX_MEMBERS) return [{ path, code: 'tooLarge', params: { value: value.length, limit: MAX_MEMBERS } }];
      const seen = new Set<unknown>();
      return value.flatMap((item, i): ValueProblem[] => {
        const itemPath = [...path, i];
        if (typeof item !== 'string') return wrongType(itemPath, item, 'text');
        if (!isMemberCode(item)) return [{ path: itemPath, code: 'format', params: { value: item, format: 'memberCode' } }];
        if (seen.has(item)) return [{ path: itemPath, code: 'duplicateCode', params: { value: item } }];
        seen.add(item);
        return [];
      });
    }
    case 'struct':
      if (!field.list) return checkStruct(field.valueType, value, path);
      if (!Array.isArray(value)) return wrongType(path, value, 'list');
      return value.flatMap((item, i) =>
        item === null ? wrongType([...path, i], item, 'object') : checkStruct(field.valueType, item, [...path, i]),
      );
    default:
      // json, geoPoint (two number columns), media and relations: the storage checks them.
      return [];
  }
}

/** One structured value: only the value type's parts, each one checked, then its own rules. */
function checkStruct(valueType: ValueType, value: unknown, path: Path): ValueProblem[] {
  if (!isRecord(value)) return wrongType(path, value, 'object');
  const problems: ValueProblem[] = Object.keys(value)
    .filter((key) => !Object.hasOwn(valueType.fields, key))
    .map((key) => ({ path: [...path, key], code: 'unknownField', params: { field: key } }));
  for (const [name, inner] of Object.entries(valueType.fields)) {
    if (inner.required && (value[name] === null || value[name] === undefined || value[name] === ''))
      problems.push({ path: [...path, name], code: 'required', params: { field: name } });
    else problems.push(...checkValue(inner, value[name], [...path, name]));
  }
  if (problems.length) return problems;
  return VALUE_TYPE_RULES[valueType.name]?.(value, path) ?? [];
}

import { isWithheldLink } from '@communes/domain';
import { badRequest, notModelled } from './fake-town-error';
import { FIELD_OPERATORS } from './filter-operators';
import type { KindSchema, ServedAttribute } from './kind-schema';
import type { QueryValue } from './parse-query';
import { isText, misfit } from './typed-value';

/** The most values in one list, and the deepest nesting, a real town's query guard accepts. */
const MAX_LIST = 100;
const MAX_DEPTH = 10;
/** Operators that compare text: on a number, a day or a flag they are refused rather than cast. */
const TEXT_OPERATORS = new Set([
  '$eqi',
  '$nei',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
]);

const isRecord = (value: unknown): value is Record<string, QueryValue> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkValue(value: QueryValue, attribute: ServedAttribute, param: string): void {
  if (typeof value !== 'string') throw badRequest(param, `${param} must be one value.`);
  const expected = misfit(attribute.type, value);
  if (expected) throw badRequest(param, `${param} must be ${expected}, got ${JSON.stringify(value.slice(0, 40))}.`);
}

function checkList(value: QueryValue, attribute: ServedAttribute, param: string, length?: number): void {
  const list = typeof value === 'string' && length === undefined ? [value] : value;
  if (!Array.isArray(list)) throw badRequest(param, `${param} must be a list such as ${param}[0]=…&${param}[1]=….`);
  if (list.length > MAX_LIST) throw badRequest(param, `${param} has ${list.length} values; at most ${MAX_LIST} are accepted in one list.`);
  if (length !== undefined && list.length !== length)
    throw badRequest(param, `${param} takes exactly ${length} values; got ${list.length}.`);
  list.forEach((item, i) => {
    checkValue(item, attribute, `${param}[${i}]`);
  });
}

/** A list of codes (JSON) is filtered by one quoted code, as the gateway asks: `[$contains]="concert"`. */
function checkCodeList(value: QueryValue, param: string): void {
  const [operator, operand] = isRecord(value) && Object.keys(value).length === 1 ? Object.entries(value)[0]! : [];
  if (operator === '$null' || operator === '$notNull') {
    checkValue(operand!, { type: 'boolean' }, `${param}[${operator}]`);
    return;
  }
  if (operator !== '$contains' || typeof operand !== 'string' || !/^"[^"\\]+"$/.test(operand)) {
    throw badRequest(
      `${param}${operator ? `[${operator}]` : ''}`,
      `${param}: a list of codes is filtered with [$contains]="code" (with the quotes), [$null] or [$notNull].`,
    );
  }
}

function checkOperators(value: QueryValue, attribute: ServedAttribute, param: string, depth: number): void {
  if (attribute.type === 'json') {
    checkCodeList(value, param);
    return;
  }
  // `filters[field]=value` is Strapi's shorthand for [$eq], and a list of values for [$in].
  if (!isRecord(value)) {
    checkList(value, attribute, param);
    return;
  }
  if (Object.keys(value).length === 0) throw badRequest(param, `${param} has no condition.`);
  for (const [operator, operand] of Object.entries(value)) {
    const at = `${param}[${operator}]`;
    if (!FIELD_OPERATORS.has(operator))
      throw badRequest('filters', `Invalid key ${operator} at ${param}: an operator follows a field, such as ${param}[$eq]=….`);
    if (operator === '$jsonSupersetOf') throw badRequest(at, `${at} is not served; use [$contains].`);
    if (operator === '$not') checkOperators(operand, attribute, at, depth + 1);
    else if (operator === '$null' || operator === '$notNull') checkValue(operand, { type: 'boolean' }, at);
    else if (operator === '$between') checkList(operand, attribute, at, 2);
    else if (operator === '$in' || operator === '$notIn') checkList(operand, attribute, at);
    else if (TEXT_OPERATORS.has(operator) && !isText(attribute.type))
      throw badRequest(at, `${at}: ${operator} compares text, and this is a ${attribute.type} field.`);
    else if (Array.isArray(operand)) checkList(operand, attribute, at);
    else checkValue(operand, attribute, at);
  }
}

/**
 * Checks a `filters` parameter as a real town does (its query guard, then Strapi's own
 * validators): known fields and operators, values of each attribute's type, list sizes and
 * arities, nesting depth; a 400 naming the parameter otherwise. Conditions the fake does not
 * evaluate (on numeric ids, `locale`, files, the far side of a withheld link) are a 501.
 */
export function checkFilters(
  value: QueryValue,
  schema: KindSchema,
  schemaOf: (kind: string) => KindSchema,
  param = 'filters',
  depth = 0,
): void {
  if (!isRecord(value)) throw badRequest(param, `${param} must hold conditions on fields, such as ${param}[name][$eq]=….`);
  if (depth > MAX_DEPTH) throw badRequest(param, `${param} nests filters more than ${MAX_DEPTH} levels deep.`);
  if (Object.keys(value).length === 0) throw badRequest(param, `${param} has no condition.`);
  for (const [key, operand] of Object.entries(value)) {
    const at = `${param}[${key}]`;
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(operand) || operand.length > MAX_LIST)
        throw badRequest(at, `${at} must be a list of at most ${MAX_LIST} conditions.`);
      operand.forEach((item, i) => {
        checkFilters(item, schema, schemaOf, `${at}[${i}]`, depth + 1);
      });
      continue;
    }
    if (key === '$not') {
      checkFilters(operand, schema, schemaOf, at, depth + 1);
      continue;
    }
    const attribute = schema.attributes.get(key);
    // Strapi's own validator: unknown and private fields, and operators where a field belongs.
    if (!attribute || key.startsWith('$')) throw badRequest('filters', `Invalid key ${key}`);
    if (key === 'id' || key === 'locale' || attribute.type === 'media')
      throw notModelled(`filters on ${key === 'id' || key === 'locale' ? key : 'files'}`);
    if (attribute.type !== 'relation') {
      checkOperators(operand, attribute, at, depth);
      continue;
    }
    if (
      !isRecord(operand) ||
      Object.keys(operand).some((name) => name.startsWith('$') && name !== '$and' && name !== '$or' && name !== '$not')
    ) {
      throw notModelled("conditions on a related entry's numeric id (filter on its documentId)");
    }
    if (isWithheldLink(schema.type, key, (kind) => schemaOf(kind).type))
      throw notModelled(`filters through ${key}, the far side of a withheld relation`);
    checkFilters(operand, schemaOf(attribute.target!), schemaOf, at, depth + 1);
  }
}

import { checkAttributeValue } from './check-attribute-value';
import { isMorphRelation, targetUidOf, type AttributeSchema, type ModelLookup, type ModelSchema } from './model-schema';
import { queryProblem, quoted, type QueryProblem } from './query-problem';

/** The most values in one list (`$in`, `$notIn`, `$and`, `$or`): qs's arrayLimit in Strapi. */
export const MAX_LIST_LENGTH = 100;
/** How deep conditions may nest (`$and`, `$or`, `$not`, relations). */
export const MAX_FILTER_DEPTH = 10;

const GROUPS = new Set(['$and', '$or']);
const LISTS = new Set(['$in', '$notIn']);
const NULL_TESTS = new Set(['$null', '$notNull']);
const COMPARISONS = new Set(['$eq', '$ne', '$lt', '$lte', '$gt', '$gte']);
const TEXT_OPERATORS = new Set([
  '$eqi',
  '$nei',
  '$startsWith',
  '$endsWith',
  '$startsWithi',
  '$endsWithi',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
]);
const OPERATORS = new Set([...LISTS, ...NULL_TESTS, ...COMPARISONS, ...TEXT_OPERATORS, '$not', '$between', '$jsonSupersetOf']);
const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'enumeration', 'password']);
/** A code in a JSON list, as `json-code-filters` rewrites it for PostgreSQL. */
const QUOTED_CODE = /^"[^"\\]+"$/;
/** Columns of every content type that its model does not list as attributes. */
const ID: AttributeSchema = { type: 'integer' };
const DOCUMENT_ID_COLUMN: AttributeSchema = { type: 'string' };

type Problem = QueryProblem | undefined;

interface Walk {
  getModel: ModelLookup;
  depth: number;
  /** This level was reached through a relation: it may be one operator on the related id. */
  atRelation: boolean;
  /** Somewhere below a relation or a populate, where the PostgreSQL jsonb rewrite does not reach. */
  underRelation: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown): value is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof value);
/** qs parses a list past its arrayLimit, or with a gap, into an object with numeric keys. */
const isOverflowedList = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => /^\d+$/.test(key));
const noValue = (param: string) => queryProblem(param, `${param} has no value; to find entries without one, use [$null]=true.`);
const tooDeep = (param: string) => queryProblem(param, `${param} nests filters more than ${MAX_FILTER_DEPTH} levels deep.`);

/** The items of a list, or a problem: Strapi would drop an overflowed list and serve unrelated entries. */
function toList(value: unknown, param: string, what: string): unknown[] | QueryProblem {
  const tooLong = (count: number) =>
    queryProblem(param, `${param} has ${count} ${what}; at most ${MAX_LIST_LENGTH} are accepted in one list: split the request.`);
  if (Array.isArray(value)) return value.length > MAX_LIST_LENGTH ? tooLong(value.length) : value;
  if (isOverflowedList(value)) {
    const count = Object.keys(value).length;
    return count > MAX_LIST_LENGTH
      ? tooLong(count)
      : queryProblem(param, `${param} must be a list numbered from 0, such as ${param}[0]=…&${param}[1]=….`);
  }
  return queryProblem(param, `${param} must be a list of ${what}, such as ${param}[0]=…&${param}[1]=….`);
}

function checkValue(value: unknown, attribute: AttributeSchema, param: string): Problem {
  if (value === null || value === undefined) return noValue(param);
  if (!isScalar(value)) return queryProblem(param, `${param} must be one value, got ${Array.isArray(value) ? 'a list' : 'an object'}.`);
  const expected = checkAttributeValue(attribute.type, value);
  return expected ? queryProblem(param, `${param} must be ${expected}, got ${quoted(value)}.`) : undefined;
}

function checkItems(value: unknown, attribute: AttributeSchema, param: string): Problem {
  const list = toList(value, param, 'values');
  if (!Array.isArray(list)) return list;
  for (const [i, item] of list.entries()) {
    const problem = checkValue(item, attribute, `${param}[${i}]`);
    if (problem) return problem;
  }
  return undefined;
}

/** One value, or a list of them: Strapi ORs a list given to an operator that takes one value. */
const checkValues = (value: unknown, attribute: AttributeSchema, param: string): Problem =>
  Array.isArray(value) || isOverflowedList(value) ? checkItems(value, attribute, param) : checkValue(value, attribute, param);

function checkBetween(value: unknown, attribute: AttributeSchema, param: string): Problem {
  const list = toList(value, param, 'two values');
  if (!Array.isArray(list)) return list;
  if (list.length !== 2)
    return queryProblem(param, `${param} takes exactly two values, ${param}[0]=from&${param}[1]=to; got ${list.length}.`);
  return checkValue(list[0], attribute, `${param}[0]`) ?? checkValue(list[1], attribute, `${param}[1]`);
}

/**
 * JSON lists of codes are filtered with `$contains` and one quoted code, which the guard
 * turns into jsonb containment on PostgreSQL, where LIKE on jsonb is an error; only on the
 * listed type itself, where that rewrite applies. Other forms would work on SQLite alone.
 */
function checkJsonOperator(operator: string, value: unknown, param: string, walk: Walk): Problem {
  if (NULL_TESTS.has(operator)) return checkNullTest(value, param);
  if (operator !== '$contains' || walk.underRelation) {
    return queryProblem(
      param,
      `${param}: a list of codes is filtered with [$contains]="code", [$null] or [$notNull] alone, on the listed type itself.`,
    );
  }
  return typeof value === 'string' && QUOTED_CODE.test(value)
    ? undefined
    : queryProblem(param, `${param} must be one code in its JSON form, with the quotes, such as "concert"; got ${quoted(value)}.`);
}

const checkNullTest = (value: unknown, param: string): Problem =>
  [true, false, 'true', 'false'].includes(value as never)
    ? undefined
    : queryProblem(param, `${param} must be true or false, got ${quoted(value)}.`);

function checkOperator(operator: string, operand: unknown, attribute: AttributeSchema, param: string, walk: Walk): Problem {
  if (operator === '$not') return checkOperators(operand, attribute, param, { ...walk, depth: walk.depth + 1 });
  if (operator === '$jsonSupersetOf') return queryProblem(param, `${param}: ${operator} is not served; use [$contains].`);
  if (NULL_TESTS.has(operator)) return checkNullTest(operand, param);
  if (operator === '$between') return checkBetween(operand, attribute, param);
  if (LISTS.has(operator)) {
    if (operand === null || operand === undefined) return noValue(param);
    // Strapi takes one value for a list of one.
    return isScalar(operand) ? checkValue(operand, attribute, param) : checkItems(operand, attribute, param);
  }
  if (TEXT_OPERATORS.has(operator) && !TEXT_TYPES.has(attribute.type)) {
    return queryProblem(param, `${param}: ${operator} compares text, and this is a ${attribute.type} field; use $eq, $lt, $gt or $in.`);
  }
  return checkValues(operand, attribute, param);
}

function checkOperators(value: unknown, attribute: AttributeSchema, param: string, walk: Walk): Problem {
  if (walk.depth > MAX_FILTER_DEPTH) return tooDeep(param);
  const json = attribute.type === 'json';
  // `filters[field]=value` is Strapi's shorthand for [$eq].
  if (!isRecord(value) || isOverflowedList(value))
    return json ? checkJsonOperator('$eq', value, param, walk) : checkValues(value, attribute, param);
  const entries = Object.entries(value);
  if (entries.length === 0) return queryProblem(param, `${param} has no condition.`);
  if (json && entries.length > 1)
    return queryProblem(param, `${param}: one condition per list of codes; combine several with filters[$and].`);
  for (const [operator, operand] of entries) {
    const at = `${param}[${operator}]`;
    if (GROUPS.has(operator))
      return queryProblem(at, `${at}: ${operator} goes before field names, such as filters[${operator}][0][name][$eq]=….`);
    // Strapi refuses most field names here, but not `id` or `documentId` (a 500): none is valid.
    if (!operator.startsWith('$'))
      return queryProblem(at, `${at}: ${param} is a value, not a relation; an operator follows it, such as ${param}[$eq]=….`);
    // An unknown operator, Strapi refuses with its own 400.
    if (!OPERATORS.has(operator)) continue;
    const problem = json ? checkJsonOperator(operator, operand, at, walk) : checkOperator(operator, operand, attribute, at, walk);
    if (problem) return problem;
  }
  return undefined;
}

function checkGroup(value: unknown, model: ModelSchema, param: string, walk: Walk): Problem {
  const list = toList(value, param, 'conditions');
  if (!Array.isArray(list)) return list;
  for (const [i, item] of list.entries()) {
    const problem = checkConditions(item, model, `${param}[${i}]`, { ...walk, atRelation: false });
    if (problem) return problem;
  }
  return undefined;
}

function checkField(value: unknown, attribute: AttributeSchema | undefined, param: string, walk: Walk): Problem {
  // Unknown and private fields, and polymorphic links: Strapi refuses them with its own 400.
  if (!attribute || attribute.private || isMorphRelation(attribute) || attribute.type === 'dynamiczone') return undefined;
  const target = targetUidOf(attribute);
  if (target === undefined) return checkOperators(value, attribute, param, walk);
  const model = walk.getModel(target);
  return model ? checkConditions(value, model, param, { ...walk, atRelation: true, underRelation: true }) : undefined;
}

function checkConditions(value: unknown, model: ModelSchema, param: string, walk: Walk): Problem {
  if (walk.depth > MAX_FILTER_DEPTH) return tooDeep(param);
  if (value === null || value === undefined) return noValue(param);
  // Strapi compares a relation given a bare value, or a list of them, with the related ids.
  if (walk.atRelation && (!isRecord(value) || isOverflowedList(value))) return checkValues(value, ID, param);
  // A list of conditions anywhere else is a 500 in Strapi's query builder.
  if (!isRecord(value))
    return queryProblem(param, `${param} must hold conditions on fields, such as ${param}[name][$eq]=…; several go in $and or $or.`);
  const keys = Object.keys(value);
  if (keys.length === 0) return queryProblem(param, `${param} has no condition.`);
  const operators = keys.filter((key) => key.startsWith('$'));
  if (walk.atRelation && operators.length > 0) {
    if (operators.length !== keys.length || operators.length > 1) {
      return queryProblem(param, `${param} takes either one operator on the related entry's id or conditions on its fields, not both.`);
    }
    // Strapi applies $not there to the related id, and fails on anything but a bare id.
    if (operators[0] === '$not')
      return queryProblem(`${param}[$not]`, `${param}[$not]: put $not before the relation, such as filters[$not][…].`);
    if (!GROUPS.has(operators[0]!)) return checkOperators(value, ID, param, walk);
  }
  const next: Walk = { ...walk, depth: walk.depth + 1, atRelation: false };
  for (const key of keys) {
    const at = `${param}[${key}]`;
    let problem: Problem;
    if (GROUPS.has(key)) problem = checkGroup(value[key], model, at, next);
    else if (key === '$not') problem = checkConditions(value[key], model, at, next);
    else if (key.startsWith('$')) problem = queryProblem(at, `${at}: an operator follows a field name, such as filters[name][$eq]=….`);
    else problem = checkField(value[key], key === 'id' ? ID : key === 'documentId' ? DOCUMENT_ID_COLUMN : model.attributes[key], at, next);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Checks the values of a `filters` parameter against the content type's attributes, where
 * Strapi would answer a bad one with a 500 or silently change the question: operator arity
 * (`$between` two values, lists of at most 100), values of the attribute's type (integers,
 * numbers, booleans, real calendar days and instants), null or empty conditions, text
 * operators on other types, and how deep conditions nest. Relations are followed to their
 * target's attributes. Unknown and private fields and unknown operators are left to Strapi,
 * which refuses them itself. `underRelation`: the filters of a populated relation.
 */
export function checkFilterValues(
  filters: unknown,
  model: ModelSchema,
  getModel: ModelLookup,
  { param = 'filters', underRelation = false } = {},
): Problem {
  if (filters === undefined) return undefined;
  // Refused here rather than left to Strapi, so that no later rewrite of the query sees it.
  if (typeof filters !== 'object' || filters === null)
    return queryProblem(param, `${param} must hold conditions on fields, such as ${param}[name][$eq]=….`);
  return checkConditions(filters, model, param, { getModel, depth: 0, atRelation: false, underRelation });
}

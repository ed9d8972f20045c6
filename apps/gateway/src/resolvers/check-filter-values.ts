import { contentTypeNamed, isMemberCode, type ResolvedContentType } from '@communes/domain';
import { userInputError } from '../errors';
import { SYSTEM_FIELDS, toStrapiWhere, UnsatisfiableFilter, whereDepth } from '../towns/to-strapi-where';

/** Strapi's page ceiling, and its query parser's: a longer list becomes an object and is silently dropped. */
const MAX_FILTER_LIST = 100;
/** Strapi's query parser reads 20 levels of brackets; deeper filters are refused. */
const MAX_BRACKETS = 20;

type Path = (string | number)[];

const refuse = (path: Path, why: string): never => {
  throw userInputError(`${path.join('.')}: ${why}`, { argument: 'filters', argumentPath: path });
};

function checkList(path: Path, value: unknown): unknown[] {
  const list = value as unknown[];
  if (list.length > MAX_FILTER_LIST) refuse(path, `at most ${MAX_FILTER_LIST} values, got ${list.length}.`);
  const nullAt = list.findIndex((item) => item === null || item === undefined);
  if (nullAt !== -1) refuse([...path, nullAt], 'null is not a value to filter on.');
  return list;
}

/** One field's operators: arity and sizes that a town would answer with a 500 or a wrong result. */
function checkOperators(path: Path, filter: Record<string, unknown>) {
  for (const [operator, value] of Object.entries(filter)) {
    const at = [...path, operator];
    if (value === undefined) continue;
    if (operator === 'not') {
      if (value === null) refuse(at, 'not takes operators, got null.');
      checkOperators(at, value as Record<string, unknown>);
      continue;
    }
    // null means "no condition" in Strapi's GraphQL inputs: nothing to check.
    if (value === null) continue;
    if (operator === 'and' || operator === 'or') {
      if ((value as unknown[]).length > 0)
        refuse(
          at,
          `${operator} on a field is not supported by the towns: use ${operator} on the filters, e.g. { ${operator}: [{ ${String(path.at(-1))}: { gte: … } }, { ${String(path.at(-1))}: { lt: … } }] }.`,
        );
    } else if (operator === 'in' || operator === 'notIn') {
      checkList(at, value);
    } else if (operator === 'between') {
      const bounds = checkList(at, value);
      if (bounds.length !== 2) refuse(at, `between takes exactly two values (from, to), got ${bounds.length}.`);
    }
  }
}

function checkFilters(
  path: Path,
  filters: Record<string, unknown>,
  type: ResolvedContentType,
  typeOf: (singular: string) => ResolvedContentType,
) {
  for (const [name, value] of Object.entries(filters)) {
    const at = [...path, name];
    if (value === undefined) continue;
    if (name === 'not') {
      if (value === null) refuse(at, 'not takes filters, got null.');
      checkFilters(at, value as Record<string, unknown>, type, typeOf);
      continue;
    }
    if (value === null) continue;
    if (name === 'and' || name === 'or') {
      for (const [i, sub] of checkList(at, value).entries()) checkFilters([...at, i], sub as Record<string, unknown>, type, typeOf);
    } else if (SYSTEM_FIELDS.has(name)) {
      checkOperators(at, value as Record<string, unknown>);
    } else {
      const field = type.fields[name];
      const filter = value as Record<string, unknown>;
      if (field?.kind === 'relation') {
        checkFilters(at, filter, typeOf(field.target), typeOf);
      } else if (field?.kind === 'enumerationList') {
        for (const operator of ['containsAll', 'containsAny']) if (filter[operator]) checkList([...at, operator], filter[operator]);
      } else if (field?.kind === 'memberList') {
        // Not a vocabulary the schema can type: a code that cannot be a member's is refused here, not matched against nothing.
        const codes: [Path, unknown][] = [];
        if (filter.contains !== undefined && filter.contains !== null) codes.push([[...at, 'contains'], filter.contains]);
        for (const operator of ['containsAll', 'containsAny'])
          if (filter[operator])
            for (const [i, code] of checkList([...at, operator], filter[operator]).entries()) codes.push([[...at, operator, i], code]);
        for (const [path, code] of codes)
          if (!isMemberCode(code))
            refuse(path, `${JSON.stringify(code).slice(0, 80)} is not a member's code (lower case letters, digits and dashes).`);
      } else if (field?.kind === 'geoPoint') {
        for (const axis of ['latitude', 'longitude'])
          if (filter[axis]) checkOperators([...at, axis], filter[axis] as Record<string, unknown>);
      } else {
        checkOperators(at, filter);
      }
    }
  }
}

/**
 * Checks a list's `filters` argument before any town is asked. GraphQL checks the types; this
 * checks what Strapi cannot take: `between` with one value and a null in a list (HTTP 500 in
 * every town), lists over 100 values (silently dropped: 101 ids return unrelated entries),
 * and nesting deeper than its query parser reads. A refusal is the client's error
 * (BAD_USER_INPUT, with the argument's path), never a town's failure.
 */
export function checkFilterValues(
  type: ResolvedContentType,
  filters: Record<string, unknown> | null | undefined,
  typeOf: (singular: string) => ResolvedContentType = contentTypeNamed,
): void {
  if (!filters) return;
  checkFilters(['filters'], filters, type, typeOf);
  try {
    if (whereDepth(toStrapiWhere(filters, type, typeOf)) > MAX_BRACKETS)
      refuse(['filters'], 'nested too deep for the towns; flatten its and/or/not.');
  } catch (error) {
    // A filter no town can satisfy is an empty answer, not an error.
    if (!(error instanceof UnsatisfiableFilter)) throw error;
  }
}

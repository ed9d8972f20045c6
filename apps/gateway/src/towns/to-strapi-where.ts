import { geoColumns, isCodeList, type ResolvedContentType } from '@communes/domain';

/** Strapi's `filters` as a tree: attribute → { $operator: value }, and `$and`, `$or`, `$not`. */
export type StrapiWhere = { [key: string]: unknown };

/** Thrown when a filter cannot match in a town (a field its version lacks, `in: []`): that town has no match. */
export class UnsatisfiableFilter extends Error {
  /** The field the town's version does not serve, when that is why. */
  constructor(
    message: string,
    readonly missingField?: string,
  ) {
    super(message);
  }
}

export const SYSTEM_FIELDS: ReadonlySet<string> = new Set(['documentId', 'createdAt', 'updatedAt', 'publishedAt']);
const LIST_OPERATORS = new Set(['in', 'notIn', 'between']);

/** One field's operators (`{ gt: "2026-01-01" }`) in Strapi's terms (`{ $gt: "2026-01-01" }`). */
function toOperators(filter: Record<string, unknown>): StrapiWhere {
  const where: StrapiWhere = {};
  for (const [operator, value] of Object.entries(filter)) {
    if (value === null || value === undefined) continue;
    if (operator === 'not') {
      where.$not = toOperators(value as Record<string, unknown>);
    } else if (LIST_OPERATORS.has(operator)) {
      const values = (value as unknown[]).filter((v) => v !== null && v !== undefined).map(String);
      // Nothing is in an empty list; a query string cannot say `$in: []`, and leaving it out would match everything.
      if (operator === 'in' && values.length === 0) throw new UnsatisfiableFilter('in: []');
      if (values.length > 0) where[`$${operator}`] = values;
    } else if (operator !== 'and' && operator !== 'or') {
      // A field's and/or lists are refused before any town is asked (check-filter-values): Strapi answers them with a 500.
      where[`$${operator}`] = String(value);
    }
  }
  return where;
}

/** A list of codes (`isCodeList`) is stored as a JSON array: a code is in it when its quoted form is in the text. */
function toListConditions(
  name: string,
  filter: { contains?: string | null; containsAll?: string[] | null; containsAny?: string[] | null },
): StrapiWhere[] {
  const has = (code: string) => ({ [name]: { $contains: `"${code}"` } });
  const all = [...(filter.contains ? [filter.contains] : []), ...(filter.containsAll ?? [])];
  const conditions: StrapiWhere[] = [];
  if (all.length) conditions.push({ $and: all.map(has) });
  if (filter.containsAny?.length) conditions.push({ $or: filter.containsAny.map(has) });
  return conditions;
}

/**
 * Strapi refuses (HTTP 500) a relation's where that mixes attributes with `$and`/`$or`/`$not`,
 * or holds `$not` alone; one `$and` of single-key conditions means the same and is accepted.
 */
function asRelationWhere(where: StrapiWhere): StrapiWhere {
  const keys = Object.keys(where);
  const operators = keys.filter((k) => k.startsWith('$'));
  if (operators.length === 0 || (keys.length === 1 && operators[0] !== '$not')) return where;
  return { $and: keys.map((key) => ({ [key]: where[key] })) };
}

/**
 * A list's `filters` argument as Strapi's where tree. `townFields`, when given, are the
 * attributes the town serves: a filter on another one cannot match there.
 */
export function toStrapiWhere(
  filters: Record<string, unknown>,
  type: ResolvedContentType,
  typeOf: (singular: string) => ResolvedContentType,
  townFields?: ReadonlySet<string>,
): StrapiWhere {
  const where: StrapiWhere = {};
  const extra: StrapiWhere[] = [];
  for (const [name, value] of Object.entries(filters)) {
    if (value === null || value === undefined) continue;
    if (name === 'and') {
      const items = (value as (Record<string, unknown> | null)[]).filter((sub) => sub !== null && sub !== undefined);
      if (items.length) where.$and = items.map((sub) => toStrapiWhere(sub!, type, typeOf, townFields));
    } else if (name === 'or') {
      const items = (value as (Record<string, unknown> | null)[]).filter((sub) => sub !== null && sub !== undefined);
      // A branch that cannot match in this town (a field its version lacks, `in: []`) is false
      // there: the others still can. The `or` cannot match only when none is left.
      const branches: StrapiWhere[] = [];
      let unsatisfiable: unknown;
      for (const sub of items) {
        try {
          branches.push(toStrapiWhere(sub!, type, typeOf, townFields));
        } catch (error) {
          if (!(error instanceof UnsatisfiableFilter)) throw error;
          unsatisfiable ??= error;
        }
      }
      if (items.length && !branches.length) throw unsatisfiable;
      if (branches.length) where.$or = branches;
    } else if (name === 'not') {
      where.$not = toStrapiWhere(value as Record<string, unknown>, type, typeOf, townFields);
    } else if (SYSTEM_FIELDS.has(name)) {
      where[name] = toOperators(value as Record<string, unknown>);
    } else {
      const field = type.fields[name];
      if (!field) throw new UnsatisfiableFilter(name);
      if (field.kind === 'geoPoint') {
        const columns = geoColumns(name);
        if (townFields && !townFields.has(columns.latitude)) throw new UnsatisfiableFilter(name, name);
        const geo = value as { latitude?: Record<string, unknown> | null; longitude?: Record<string, unknown> | null };
        if (geo.latitude) where[columns.latitude] = toOperators(geo.latitude);
        if (geo.longitude) where[columns.longitude] = toOperators(geo.longitude);
        continue;
      }
      if (townFields && !townFields.has(name)) throw new UnsatisfiableFilter(name, name);
      if (field.kind === 'relation')
        where[name] = asRelationWhere(toStrapiWhere(value as Record<string, unknown>, typeOf(field.target), typeOf));
      else if (isCodeList(field)) extra.push(...toListConditions(name, value as Record<string, never>));
      else where[name] = toOperators(value as Record<string, unknown>);
    }
  }
  // Beside the client's own `and` list, not inside it: its indexes must not collide, and it
  // may already hold Strapi's maximum of 100 items.
  if (extra.length) where.$and = where.$and ? [{ $and: where.$and }, ...extra] : extra;
  return where;
}

/** Appends a where tree as Strapi's bracketed query parameters under `prefix`. */
export function appendWhere(params: URLSearchParams, prefix: string, value: unknown): void {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) appendWhere(params, `${prefix}[${i}]`, item);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) appendWhere(params, `${prefix}[${key}]`, item);
  } else {
    params.append(prefix, String(value));
  }
}

/** How many brackets the deepest parameter of a where tree takes (Strapi's parser stops at 20). */
export function whereDepth(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(whereDepth));
  if (typeof value === 'object' && value !== null) return 1 + Math.max(0, ...Object.values(value).map(whereDepth));
  return 0;
}

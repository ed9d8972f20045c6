import { contentTypeNamed, geoColumns, type ResolvedContentType } from '@communes/domain';
import { type FieldExpression, keyExpression, valueTypeOf } from './field-expression';

/**
 * A list's filters as the model's lists take them (the gateway's `filters` argument): a field
 * to its operators (`{ start: { gte: "2026-01-01" } }`), `and`, `or` and `not` of such trees;
 * a relation to a tree on the related kind; a code list to `contains`, `containsAll`,
 * `containsAny`; a point to its `latitude` and `longitude`.
 */
export type ListFilters = { readonly [key: string]: unknown };

/** A filter the index cannot answer as a town would: the caller reads the towns instead. */
export class UnsupportedFilter extends Error {
  override readonly name = 'UnsupportedFilter';
}

const SYSTEM_DATE_TIMES: ReadonlySet<string> = new Set(['createdAt', 'updatedAt', 'publishedAt']);
const COMPARISONS = { eq: '=', ne: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

/** Where a tree's SQL stands: the entry's JSON column and row alias, the query's parameters. */
interface Scope {
  type: ResolvedContentType;
  /** The row alias: `e`, then `r1`, `r2`... for related entries. */
  alias: string;
  params: unknown[];
  aliases: { next: number };
}

const isDateTime = (type: ResolvedContentType, field: string) => SYSTEM_DATE_TIMES.has(field) || type.fields[field]?.kind === 'dateTime';

/**
 * A value as the index compares it: an instant in the UTC form the towns serve
 * ("2026-03-01T09:00:00.000Z"), so that "2026-03-01" or "+01:00" compare as Strapi does.
 */
function normalized(value: unknown, expression: FieldExpression, dateTime: boolean): unknown {
  if (expression.type === 'number') return typeof value === 'number' ? value : Number(value);
  if (expression.type === 'boolean') return value === true || value === 'true';
  const text = String(value);
  if (!dateTime) return text;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? text : instant.toISOString();
}

const castOf = (expression: FieldExpression) => (expression.type === 'number' ? 'numeric' : expression.type);

/** A value as the next parameter, cast: never in the SQL's text. */
const bind = (scope: Scope, value: unknown, cast: string) => {
  scope.params.push(value);
  return `$${scope.params.length}::${cast}`;
};

/** One field's operators (`{ gte: ..., lt: ... }`, `not`) as SQL over `expression`. */
function operatorsSql(operators: Record<string, unknown>, expression: FieldExpression, dateTime: boolean, scope: Scope): string {
  const terms: string[] = [];
  const x = expression.sql;
  const text = expression.type === 'text' ? expression.plain : `(${x})::text`;
  const param = (value: unknown, cast = castOf(expression)) => bind(scope, value, cast);
  const one = (value: unknown) => param(normalized(value, expression, dateTime));
  for (const [operator, value] of Object.entries(operators)) {
    if (value === null || value === undefined) continue;
    switch (operator) {
      case 'eq':
      case 'ne':
      case 'lt':
      case 'lte':
      case 'gt':
      case 'gte':
        terms.push(`${x} ${COMPARISONS[operator]} ${one(value)}`);
        break;
      case 'eqi':
        terms.push(`lower(${text}) = lower(${param(String(value), 'text')})`);
        break;
      case 'nei':
        terms.push(`lower(${text}) <> lower(${param(String(value), 'text')})`);
        break;
      case 'in':
      case 'notIn': {
        const values = (value as unknown[]).filter((v) => v !== null && v !== undefined).map((v) => normalized(v, expression, dateTime));
        if (operator === 'in') terms.push(values.length ? `${x} = any(${param(values, `${castOf(expression)}[]`)})` : 'false');
        else if (values.length) terms.push(`not (${x} = any(${param(values, `${castOf(expression)}[]`)}))`);
        break;
      }
      case 'between': {
        const [from, to] = value as unknown[];
        terms.push(`${x} between ${one(from)} and ${one(to)}`);
        break;
      }
      case 'contains':
        terms.push(`strpos(${text}, ${param(String(value), 'text')}) > 0`);
        break;
      case 'notContains':
        terms.push(`strpos(${text}, ${param(String(value), 'text')}) = 0`);
        break;
      case 'containsi':
        terms.push(`strpos(lower(${text}), lower(${param(String(value), 'text')})) > 0`);
        break;
      case 'notContainsi':
        terms.push(`strpos(lower(${text}), lower(${param(String(value), 'text')})) = 0`);
        break;
      case 'startsWith':
        terms.push(`starts_with(${text}, ${param(String(value), 'text')})`);
        break;
      case 'endsWith': {
        const suffix = param(String(value), 'text');
        terms.push(`right(${text}, length(${suffix})) = ${suffix}`);
        break;
      }
      case 'null':
        terms.push(value === true ? `${x} is null` : `${x} is not null`);
        break;
      case 'notNull':
        terms.push(value === true ? `${x} is not null` : `${x} is null`);
        break;
      case 'not':
        terms.push(`not (${operatorsSql(value as Record<string, unknown>, expression, dateTime, scope)})`);
        break;
      default:
        // A field's and/or: the gateway refuses them before any read; anything else is new to this code.
        throw new UnsupportedFilter(`the operator "${operator}"`);
    }
  }
  return terms.length ? terms.join(' and ') : 'true';
}

/** A code list holds a code, all of some, or any of some: JSON array membership. */
function codeListSql(name: string, filter: Record<string, unknown>, scope: Scope): string {
  const list = `${scope.alias}.data->'${name}'`;
  const terms: string[] = [];
  const push = (value: unknown, cast: string) => bind(scope, value, cast);
  if (typeof filter.contains === 'string') terms.push(`jsonb_exists(${list}, ${push(filter.contains, 'text')})`);
  const all = (filter.containsAll as string[] | null | undefined)?.filter((v) => typeof v === 'string');
  if (all?.length) terms.push(`jsonb_exists_all(${list}, ${push(all, 'text[]')})`);
  const any = (filter.containsAny as string[] | null | undefined)?.filter((v) => typeof v === 'string');
  if (any?.length) terms.push(`jsonb_exists_any(${list}, ${push(any, 'text[]')})`);
  return terms.length ? terms.join(' and ') : 'true';
}

/**
 * A relation's condition: some related entry of the same town matches. The related entries are
 * those the entry links to (its documentIds in its JSON), live, in the entry's locale when both
 * kinds are localized.
 */
function relationSql(type: ResolvedContentType, name: string, filters: ListFilters, scope: Scope): string {
  const field = type.fields[name] as { target: string };
  const target = contentTypeNamed(field.target);
  const alias = `r${++scope.aliases.next}`;
  const kind = bind(scope, target.names.singular, 'text');
  const links = `${scope.alias}.data->'${name}'`;
  const locale = !target.localized ? `${alias}.locale = ''` : type.localized ? `${alias}.locale = ${scope.alias}.locale` : 'true';
  const nested = filtersSql(filters, { ...scope, type: target, alias });
  return `exists (select 1 from index_entries ${alias} where ${alias}.town = ${scope.alias}.town and ${alias}.kind = ${kind} and ${alias}.removed is null and ${locale}
    and ${alias}.document_id in (select link->>'documentId' from jsonb_array_elements(case jsonb_typeof(${links}) when 'array' then ${links} when 'object' then jsonb_build_array(${links}) else '[]'::jsonb end) as link)
    and ${nested})`;
}

function filtersSql(filters: ListFilters, scope: Scope): string {
  const { type, alias } = scope;
  const terms: string[] = [];
  for (const [name, value] of Object.entries(filters)) {
    if (value === null || value === undefined) continue;
    if (name === 'and' || name === 'or') {
      const items = (value as (ListFilters | null)[]).filter((item): item is ListFilters => item !== null && item !== undefined);
      if (items.length) terms.push(`(${items.map((item) => `(${filtersSql(item, scope)})`).join(name === 'and' ? ' and ' : ' or ')})`);
      continue;
    }
    if (name === 'not') {
      terms.push(`not (${filtersSql(value as ListFilters, scope)})`);
      continue;
    }
    const field = type.fields[name];
    if (field?.private) throw new UnsupportedFilter(`the private field "${name}"`);
    if (field?.kind === 'relation') terms.push(relationSql(type, name, value as ListFilters, scope));
    else if (field?.kind === 'enumerationList') terms.push(codeListSql(name, value as Record<string, unknown>, scope));
    else if (field?.kind === 'geoPoint') {
      const point = value as { latitude?: Record<string, unknown> | null; longitude?: Record<string, unknown> | null };
      const columns = geoColumns(name);
      if (point.latitude)
        terms.push(operatorsSql(point.latitude, keyExpression(columns.latitude, 'number', `${alias}.data`), false, scope));
      if (point.longitude)
        terms.push(operatorsSql(point.longitude, keyExpression(columns.longitude, 'number', `${alias}.data`), false, scope));
    } else {
      const valueType = valueTypeOf(type, name);
      if (!valueType) throw new UnsupportedFilter(`the field "${name}"`);
      terms.push(
        operatorsSql(value as Record<string, unknown>, keyExpression(name, valueType, `${alias}.data`), isDateTime(type, name), scope),
      );
    }
  }
  return terms.length ? terms.join(' and ') : 'true';
}

/**
 * A list's filters as one SQL condition on the entries aliased `alias`, its values appended to
 * `params` ($n placeholders, each cast to the field's type): never a value in the SQL's text.
 * Throws `UnsupportedFilter` for what it cannot translate.
 */
export function listFilterSql(type: ResolvedContentType, filters: ListFilters | null | undefined, params: unknown[], alias = 'e'): string {
  if (!filters) return 'true';
  return filtersSql(filters, { type, alias, params, aliases: { next: 0 } });
}

import { contentTypeNamed, geoColumns, isCodeList, type RelationField, type ResolvedContentType } from '@communes/domain';
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
  /** The row alias: `e`, then `r1`, `r2`... for related entries, `s1`, `l1`... for entries linking to many. */
  alias: string;
  params: unknown[];
  aliases: { next: number };
  /** The read's towns: the only towns a relation's entries are looked for in. */
  towns?: readonly string[];
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

/** Only the read's towns: an entry links within its town, so a read of a few towns reads their entries alone. */
const inTowns = (scope: Scope, alias: string) =>
  scope.towns ? ` and ${alias}.town in (select unnest(${bind(scope, scope.towns, 'text[]')}))` : '';

/** The related entries' keys, as a subquery, and whether they hold the locale. */
interface RelatedKeys {
  sql: string;
  withLocale: boolean;
}

/**
 * The keys of the entries a relation's filter accepts: live entries of the target kind matching
 * the nested filters. A link names one by its town and documentId, and by its locale when both
 * kinds are localized; a target without locales is stored under ''; an entry without locales
 * links to every locale version of its target.
 */
function relatedKeysSql(type: ResolvedContentType, target: ResolvedContentType, filters: ListFilters, scope: Scope): RelatedKeys {
  const alias = `r${++scope.aliases.next}`;
  const kind = bind(scope, target.names.singular, 'text');
  const withLocale = target.localized && type.localized;
  const locale = target.localized ? '' : ` and ${alias}.locale = ''`;
  const nested = filtersSql(filters, { ...scope, type: target, alias });
  const columns = [`${alias}.town`, `${alias}.document_id`, ...(withLocale ? [`${alias}.locale`] : [])];
  return {
    sql: `select ${columns.join(', ')} from index_entries ${alias}
      where ${alias}.kind = ${kind} and ${alias}.removed is null${locale}${inTowns(scope, alias)} and ${nested}`,
    withLocale,
  };
}

/** A link's key, in the related keys' columns. */
const linkKey = (keys: RelatedKeys, town: string, documentId: string, locale: string) =>
  `(${[town, documentId, ...(keys.withLocale ? [locale] : [])].join(', ')})`;

/**
 * A link to one entry (`{ documentId }`) names a related key. `in` as a condition, not a join:
 * PostgreSQL hashes the keys once and looks each entry's link up. Left to itself it makes a
 * join of it, ordered by its guess of how many entries the nested filters keep; filters on JSON
 * have no statistics (a guess of 72 meetings for 28,800 made a nested loop of 2.3 s). `is true`
 * keeps it a condition, and makes an entry without a link (a null `in`) no match, so that `not`
 * keeps the entries that link to no match.
 */
function toOneSql(name: string, keys: RelatedKeys, scope: Scope): string {
  const { alias } = scope;
  return `(${linkKey(keys, `${alias}.town`, `${alias}.data->'${name}'->>'documentId'`, `${alias}.locale`)} in (${keys.sql})) is true`;
}

/**
 * Links to many entries (an array of `{ documentId }`): the entry is one of those of its kind
 * with a link to a related key. Those are found once, their links spread as rows and looked up
 * among the keys, then the entry's own key looked up among them, both conditions as in
 * `toOneSql`. A subquery per entry over its links would have PostgreSQL count the keys' hash as
 * made once per entry: a cost in the millions, for which it compiles the query (JIT): 850 ms
 * for a read of 120 ms.
 */
function toManySql(name: string, keys: RelatedKeys, scope: Scope): string {
  const { alias } = scope;
  const n = ++scope.aliases.next;
  const [source, link] = [`s${n}`, `l${n}`];
  const links = `${source}.data->'${name}'`;
  const kind = bind(scope, scope.type.names.singular, 'text');
  // Spread by the select list, not a lateral join, into which PostgreSQL would push the lookup:
  // the keys' hash counted once per entry again.
  const spread = `select ${source}.town, ${source}.document_id, ${source}.locale, jsonb_array_elements(${links})->>'documentId' as id
    from index_entries ${source}
    where ${source}.kind = ${kind} and ${source}.removed is null${inTowns(scope, source)} and jsonb_typeof(${links}) = 'array'`;
  const linking = `select ${link}.town, ${link}.document_id, ${link}.locale from (${spread}) as ${link}
    where (${linkKey(keys, `${link}.town`, `${link}.id`, `${link}.locale`)} in (${keys.sql})) is true`;
  return `((${alias}.town, ${alias}.document_id, ${alias}.locale) in (${linking})) is true`;
}

const linksToMany = (field: RelationField) => field.cardinality === 'oneToMany' || field.cardinality === 'manyToMany';

/**
 * A relation's condition: some entry the entry links to matches, of the same town, live, in the
 * entry's locale when both kinds are localized. The links are documentIds in its JSON, one
 * object or an array as the model's cardinality says; any other JSON links to nothing.
 */
function relationSql(type: ResolvedContentType, name: string, filters: ListFilters, scope: Scope): string {
  const field = type.fields[name] as RelationField;
  const keys = relatedKeysSql(type, contentTypeNamed(field.target), filters, scope);
  return linksToMany(field) ? toManySql(name, keys, scope) : toOneSql(name, keys, scope);
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
    else if (field && isCodeList(field)) terms.push(codeListSql(name, value as Record<string, unknown>, scope));
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
 * `towns`, the read's towns, keeps a relation's lookups to them. Throws `UnsupportedFilter` for
 * what it cannot translate.
 */
export function listFilterSql(
  type: ResolvedContentType,
  filters: ListFilters | null | undefined,
  params: unknown[],
  { alias = 'e', towns }: { alias?: string; towns?: readonly string[] } = {},
): string {
  if (!filters) return 'true';
  return filtersSql(filters, { type, alias, params, aliases: { next: 0 }, towns });
}

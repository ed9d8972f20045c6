import { contentTypeNamed, type ResolvedContentType } from '@communes/domain';
import { keyExpression } from './field-expression';
import type { IndexQueries } from './index-database';
import type { ListFilters } from './list-filter-sql';
import { type TownLocale, townSetScopeSql } from './read-list-page';
import { SYSTEM_INSTANTS } from './valid-times';
import { bucketExpression, type TimeBucket, type TimeKind, timeExpression } from './time-expression';

/** What an aggregate groups by. */
export type Dimension =
  | { by: 'town' }
  /** The towns' group of one kind (province...): `groupOf` maps each town to its group's code. */
  | { by: 'townGroup'; groupOf: Readonly<Record<string, string>> }
  /** A vocabulary code, a yes/no, a to-one link's documentId; a list of codes: each code it holds. */
  | { by: 'field'; field: string }
  /** A date or instant field, bucketed in Brussels time. */
  | { by: 'time'; field: string; bucket: TimeBucket }
  /** A vocabulary code or yes/no of the entry a to-one link names (a service request's type's shared category). */
  | { by: 'linked'; relation: string; field: string };

/** What an aggregate measures in each group (beside the count). */
export type Measure =
  | { of: 'countDistinct'; field: string }
  | { of: 'sum' | 'avg' | 'min' | 'max'; field: string }
  /** `p` between 0 and 1: 0.5 is the median. */
  | { of: 'percentile'; field: string; p: number }
  /** The time from one date field to another, in days (or hours), of the entries having both: a percentile of it, or its average. */
  | { of: 'duration'; from: string; to: string; p: number | 'avg'; unit: 'days' | 'hours' };

export interface AggregateRequest {
  type: ResolvedContentType;
  towns: readonly TownLocale[];
  filters?: ListFilters | null;
  dimensions: readonly Dimension[];
  measures: readonly Measure[];
  /** Keep the `n` values of one dimension most entries have; the others become one group, `other`. */
  top?: { dimension: number; n: number };
  /** At most this many groups (a request for more is the caller's error). */
  maxGroups: number;
}

export interface AggregateGroup {
  /** One value per dimension (null: missing); `other[i]` marks the top's remainder. */
  keys: (string | null)[];
  other: boolean[];
  count: number;
  /** One value per measure, in the request's order; null where no entry of the group has one. */
  measures: (number | null)[];
}

/** The request exceeds what an aggregate answers in one go. */
export class TooManyGroups extends Error {
  override readonly name = 'TooManyGroups';
}

/** A dimension's or measure's field the kind does not have as the request says: a bug of the caller's (the schema's enums name only fields that fit). */
function fieldOf(type: ResolvedContentType, name: string, kinds: readonly string[]): string {
  const system = SYSTEM_INSTANTS.includes(name) ? 'dateTime' : undefined;
  const kind = system ?? type.fields[name]?.kind;
  if (!kind || !kinds.includes(kind) || type.fields[name]?.private)
    throw new Error(`The ${type.names.singular} field "${name}" cannot be aggregated so.`);
  return kind;
}

const timeOf = (type: ResolvedContentType, field: string) => timeExpression(field, fieldOf(type, field, ['date', 'dateTime']) as TimeKind);

const numberOf = (type: ResolvedContentType, field: string) => {
  fieldOf(type, field, ['integer', 'decimal']);
  return keyExpression(field, 'number', 'e.data').sql;
};

/** A dimension's SQL: what entries are grouped by, and how a group's value is named (as text), when not itself. */
interface DimensionSql {
  group: string;
  name?: (group: string) => string;
}

/** The SQL of a dimension's value; a list of codes adds a lateral join over its codes. */
export function dimensionSql(type: ResolvedContentType, dimension: Dimension, i: number, params: unknown[], joins: string[]): DimensionSql {
  if (dimension.by === 'time') return bucketExpression(timeOf(type, dimension.field), dimension.bucket);
  return { group: valueSql(type, dimension, i, params, joins) };
}

function valueSql(
  type: ResolvedContentType,
  dimension: Exclude<Dimension, { by: 'time' }>,
  i: number,
  params: unknown[],
  joins: string[],
): string {
  switch (dimension.by) {
    case 'town':
      return 'e.town';
    case 'townGroup': {
      params.push(Object.keys(dimension.groupOf), Object.values(dimension.groupOf));
      joins.push(`left join unnest($${params.length - 1}::text[], $${params.length}::text[]) as g${i}(town, code) on g${i}.town = e.town`);
      return `g${i}.code`;
    }
    case 'linked':
      return linkedSql(type, dimension, i, params, joins);
    case 'field': {
      const kind = fieldOf(type, dimension.field, ['enumeration', 'enumerationList', 'boolean', 'relation']);
      const value = keyExpression(dimension.field, 'text', 'e.data').plain;
      if (kind === 'enumeration') return `(case when jsonb_typeof(e.data->'${dimension.field}') = 'string' then ${value} end)`;
      if (kind === 'boolean') return `(case when jsonb_typeof(e.data->'${dimension.field}') = 'boolean' then ${value} end)`;
      if (kind === 'relation') {
        const field = type.fields[dimension.field] as { cardinality: string };
        if (field.cardinality !== 'manyToOne' && field.cardinality !== 'oneToOne')
          throw new Error(`The ${type.names.singular} field "${dimension.field}" links to many: it groups nothing.`);
        return `(e.data->'${dimension.field}'->>'documentId')`;
      }
      // Each code of the list is a group (an entry with two codes counts in both); none: a missing value.
      const list = `e.data->'${dimension.field}'`;
      joins.push(
        `left join lateral jsonb_array_elements_text(case when jsonb_typeof(${list}) = 'array' then ${list} else '[]'::jsonb end) as l${i}(code) on true`,
      );
      return `l${i}.code`;
    }
  }
}

/**
 * A field of the entry a to-one link names: looked up by its key in the same town (and locale,
 * where both kinds have locales), live only; a link to nothing is a missing value.
 */
function linkedSql(
  type: ResolvedContentType,
  dimension: { relation: string; field: string },
  i: number,
  params: unknown[],
  joins: string[],
): string {
  const relation = type.fields[dimension.relation];
  if (relation?.kind !== 'relation' || relation.private || (relation.cardinality !== 'manyToOne' && relation.cardinality !== 'oneToOne'))
    throw new Error(`The ${type.names.singular} field "${dimension.relation}" is not a link to one entry.`);
  const target = contentTypeNamed(relation.target);
  fieldOf(target, dimension.field, ['enumeration', 'boolean']);
  params.push(target.names.singular);
  const locale = !target.localized ? "j.locale = ''" : type.localized ? 'j.locale = e.locale' : 'true';
  const value = keyExpression(dimension.field, 'text', 'j.data').plain;
  joins.push(
    `left join lateral (select (case when jsonb_typeof(j.data->'${dimension.field}') in ('string', 'boolean') then ${value} end) as code
      from index_entries j where j.town = e.town and j.kind = $${params.length} and j.removed is null
      and j.document_id = (e.data->'${dimension.relation}'->>'documentId') and ${locale} order by j.locale limit 1) as j${i} on true`,
  );
  return `j${i}.code`;
}

function measureSql(type: ResolvedContentType, measure: Measure, params: unknown[]): string {
  const fraction = (p: number) => {
    if (!(p >= 0 && p <= 1)) throw new Error(`A percentile is between 0 and 1, got ${p}.`);
    params.push(p);
    return `$${params.length}::float8`;
  };
  switch (measure.of) {
    case 'countDistinct': {
      const kind = fieldOf(type, measure.field, ['string', 'enumeration', 'integer', 'decimal', 'boolean', 'date', 'dateTime', 'relation']);
      const value =
        kind === 'relation' ? `(e.data->'${measure.field}'->>'documentId')` : keyExpression(measure.field, 'text', 'e.data').plain;
      return `count(distinct ${value})`;
    }
    case 'sum':
    case 'avg':
    case 'min':
    case 'max':
      return `${measure.of}(${numberOf(type, measure.field)})::float8`;
    case 'percentile':
      return `percentile_cont(${fraction(measure.p)}) within group (order by ${numberOf(type, measure.field)})`;
    case 'duration': {
      const seconds = `extract(epoch from (${timeOf(type, measure.to)} - ${timeOf(type, measure.from)}))::float8 / ${measure.unit === 'hours' ? 3600 : 86400}`;
      return measure.p === 'avg' ? `avg(${seconds})` : `percentile_cont(${fraction(measure.p)}) within group (order by ${seconds})`;
    }
  }
}

/** Groups by their keys in turn: values in code-point order, then the remainder, then missing values. */
function compareGroups(a: AggregateGroup, b: AggregateGroup): number {
  for (let i = 0; i < a.keys.length; i++) {
    const rank = (g: AggregateGroup) => (g.keys[i] !== null ? 0 : g.other[i] ? 1 : 2);
    const order = rank(a) - rank(b);
    if (order !== 0) return order;
    const [x, y] = [a.keys[i] ?? null, b.keys[i] ?? null];
    if (x !== null && y !== null && x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * A region's entries of one kind, grouped and measured in one SQL query over the index: the
 * list's scope (each town in its locale) and filters, `group by` the dimensions, the count and
 * the measures per group, sorted by the keys (missing values last). With `top`, a first query
 * finds the dimension's most frequent values; the rest are counted as one `other` group.
 */
export async function aggregateList(db: IndexQueries, request: AggregateRequest): Promise<AggregateGroup[]> {
  const { type } = request;
  const params: unknown[] = [];
  const joins: string[] = [];
  const where = townSetScopeSql({ type, towns: request.towns, filters: request.filters, order: [] }, params);
  const dimensions = request.dimensions.map((dimension, i) => dimensionSql(type, dimension, i, params, joins));
  const keys = dimensions.map((d) => d.group);
  // With a top, a dimension's value outside it becomes the remainder: a null key, flagged other.
  const others: (string | undefined)[] = keys.map(() => undefined);
  const top = request.top;
  if (top) {
    const key = keys[top.dimension];
    if (!key || dimensions[top.dimension]!.name) throw new Error(`Dimension ${top.dimension} is not one of values to rank.`);
    const ranked = await db.query<{ key: string | null }>(
      `select ${key} as key from index_entries e ${joins.join(' ')} where ${where} and ${key} is not null
       group by 1 order by count(*) desc, 1 asc limit ${Math.max(1, Math.floor(top.n))}`,
      params,
    );
    params.push(ranked.map((row) => row.key).filter((value) => value !== null));
    const kept = `$${params.length}::text[]`;
    keys[top.dimension] = `(case when ${key} is null or ${key} = any(${kept}) then ${key} end)`;
    others[top.dimension] = `(${key} is not null and not (${key} = any(${kept})))`;
  }
  const measures = request.measures.map((measure) => measureSql(type, measure, params));
  const columns = [
    ...keys.map((k, i) => `${dimensions[i]!.name?.(k) ?? k} as k${i}`),
    ...others.map((o, i) => `${o ?? 'false'} as o${i}`),
    'count(*) as count',
    ...measures.map((m, i) => `${m} as m${i}`),
  ];
  const grouped = [...keys, ...others.filter((o): o is string => o !== undefined)];
  const groupBy = grouped.length ? `group by ${grouped.join(', ')}` : '';
  const rows = await db.query<Record<string, unknown>>(
    `select ${columns.join(', ')} from index_entries e ${joins.join(' ')} where ${where} ${groupBy} limit ${request.maxGroups + 1}`,
    params,
  );
  if (rows.length > request.maxGroups)
    throw new TooManyGroups(`More than ${request.maxGroups} groups: filter, group by less, or keep the top values of a dimension.`);
  const groups = rows.map((row) => ({
    keys: keys.map((_, i) => (row[`k${i}`] ?? null) as string | null),
    other: keys.map((_, i) => row[`o${i}`] === true),
    count: Number(row.count),
    measures: measures.map((_, i) => (row[`m${i}`] === null || row[`m${i}`] === undefined ? null : Number(row[`m${i}`]))),
  }));
  return groups.sort(compareGroups);
}

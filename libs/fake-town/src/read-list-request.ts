import { badRequest } from './fake-town-error';
import { checkFilters } from './check-filters';
import type { KindSchema } from './kind-schema';
import type { QueryValue } from './parse-query';
import { readFields } from './read-fields';
import { readPagination, type Pagination } from './read-pagination';
import { readPopulate } from './read-populate';
import { readSort, type SortTerm } from './read-sort';
import type { EntryView } from './to-rest-entry';

/** The query parameters a town's public read API takes: Strapi's REST ones, minus search. */
const PARAMETERS = ['filters', 'sort', 'fields', 'populate', 'pagination', 'locale', 'status'];

export interface ListRequest {
  filters?: Record<string, QueryValue>;
  sort: SortTerm[];
  pagination: Pagination;
  /** A locale of the town, or `*` for every one. */
  locale: string;
  view: EntryView;
}

export interface TownLimits {
  locales: readonly string[];
  maxPageSize: number;
  schemaOf(kind: string): KindSchema;
}

/**
 * A list or entry request checked as a real town checks it, parameter by parameter, with a
 * 400 naming the first bad one: no other parameter (`_q` would search private fields,
 * `publicationFilter` tell drafts apart), published entries only, a locale the town
 * publishes in; then filters, sort, pagination, fields and populate.
 */
export function readListRequest(query: Record<string, QueryValue>, schema: KindSchema, town: TownLimits): ListRequest {
  const unknown = Object.keys(query).find((key) => !PARAMETERS.includes(key));
  if (unknown !== undefined)
    throw badRequest(
      unknown.slice(0, 64),
      `"${unknown.slice(0, 64)}" is not a query parameter of this API (expected ${PARAMETERS.join(', ')}).`,
    );
  if (query.status !== undefined && query.status !== 'published')
    throw badRequest('status', "status: only published entries are served; drafts stay in the town's CMS.");
  const locale = query.locale ?? town.locales[0]!;
  if (typeof locale !== 'string' || (locale !== '*' && !town.locales.includes(locale))) {
    throw badRequest(
      'locale',
      `locale ${JSON.stringify(locale)} is not one of this town's locales (${[...town.locales].sort().join(', ')}).`,
    );
  }
  if (query.filters !== undefined) checkFilters(query.filters, schema, town.schemaOf);
  return {
    ...(query.filters !== undefined ? { filters: query.filters as Record<string, QueryValue> } : {}),
    sort: readSort(query.sort, schema),
    pagination: readPagination(query.pagination, town.maxPageSize),
    locale,
    view: { fields: readFields(query.fields, schema), populate: readPopulate(query.populate, schema, town.schemaOf) },
  };
}

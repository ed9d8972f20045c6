import type { ResolvedContentType } from '@communes/domain';
import { type FieldExpression, fieldExpression } from './field-expression';
import type { IndexQueries } from './index-database';
import { listFilterSql, type ListFilters } from './list-filter-sql';
import { sumLiveCounts } from './live-counts';

/** A town read in a region-wide list, in the locale chosen for it ('' for a kind that is not localized). */
export interface TownLocale {
  town: string;
  locale: string;
}

export interface ListOrderTerm {
  field: string;
  direction: 'asc' | 'desc';
}

/** Where an entry stands in a list: its values of the order's terms, then its documentId, then its town. */
export type ListKey = readonly (string | number | boolean | null)[];

/** One region-wide list: a kind over some towns, filtered, in an order. */
export interface IndexList {
  type: ResolvedContentType;
  towns: readonly TownLocale[];
  filters?: ListFilters | null;
  /** The order's terms (the kind's default order when the client gives none). */
  order: readonly ListOrderTerm[];
  /**
   * A shared listing: of the towns, the whole listings of `wholeTowns`, and of the others
   * only the entries that match `filters` (those shared into a channel followed); none of
   * theirs without `filters`.
   */
  shared?: { wholeTowns: readonly string[]; filters?: ListFilters | null };
}

/** The shared listing's part of a list's scope, 'true' for any other list. */
function sharedScopeSql(list: IndexList, params: unknown[], towns: readonly string[]): string {
  if (!list.shared) return 'true';
  params.push(list.shared.wholeTowns);
  const whole = `e.town = any($${params.length}::text[])`;
  return list.shared.filters ? `(${whole} or ${listFilterSql(list.type, list.shared.filters, params, { towns })})` : whole;
}

export interface ListPageRequest extends IndexList {
  /** At most this many entries. */
  limit: number;
  /** Only entries after this key, in the list's order. */
  after?: ListKey;
  /** Only entries before this key. */
  before?: ListKey;
  /** The last `limit` entries of the window, not the first. */
  fromEnd?: boolean;
}

export interface ListRow {
  town: string;
  documentId: string;
  locale: string;
  data: Record<string, unknown>;
  key: ListKey;
}

interface Term extends FieldExpression {
  direction: 'asc' | 'desc';
}

/**
 * The list's total order: its terms with missing values last either way (as the gateway
 * merges towns' pages), then documentId (as each town breaks ties), then the town code (as the
 * merge breaks ties between towns).
 */
function termsOf(list: IndexList): Term[] {
  const id = { sql: '(e.document_id collate "C")', plain: 'e.document_id', type: 'text' as const };
  const town = { sql: '(e.town collate "C")', plain: 'e.town', type: 'text' as const };
  return [
    ...list.order.map((term) => ({ ...fieldExpression(list.type, term.field, 'e.data'), direction: term.direction })),
    { ...id, direction: 'asc' as const },
    { ...town, direction: 'asc' as const },
  ];
}

const MAX_KEY_TEXT = 2048;
const NUMBER = /^-?\d{1,30}(\.\d{1,30})?([eE][-+]?\d{1,3})?$/;

/** Whether a key (from a client's cursor) fits the list's order: one well-typed value per term. */
export function isListKey(list: IndexList, key: unknown): key is ListKey {
  const terms = termsOf(list);
  if (!Array.isArray(key) || key.length !== terms.length) return false;
  return terms.every((term, i) => {
    const value = key[i];
    if (value === null) return i < terms.length - 2;
    if (term.type === 'number')
      return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && NUMBER.test(value));
    if (term.type === 'boolean') return typeof value === 'boolean';
    return typeof value === 'string' && value.length <= MAX_KEY_TEXT;
  });
}

/** The kind as a literal (a name of the model's): the model's partial indexes name it so, and a parameter would not match them. */
function kindLiteral(list: IndexList): string {
  if (!/^[a-z][a-z0-9-]*$/.test(list.type.names.singular)) throw new Error(`Not a kind: ${list.type.names.singular}.`);
  return list.type.names.singular;
}

/** The scope of a list: its kind's live entries (aliased `e`) of those towns, each in its locale, filtered. */
export function listScopeSql(list: IndexList, params: unknown[]): string {
  const terms = [`e.kind = '${kindLiteral(list)}'`, 'e.removed is null'];
  const towns = list.towns.map((t) => t.town);
  params.push(towns);
  terms.push(`e.town = any($${params.length}::text[])`);
  params.push(JSON.stringify(Object.fromEntries(list.towns.map((t) => [t.town, t.locale]))));
  terms.push(`e.locale = ($${params.length}::jsonb->>e.town)`);
  terms.push(listFilterSql(list.type, list.filters, params, { towns }));
  terms.push(sharedScopeSql(list, params, towns));
  return terms.join(' and ');
}

/** Entries strictly on one side of `key` in the list's order (missing values last): a disjunction over the terms. */
function beyondSql(terms: readonly Term[], key: ListKey, side: 'after' | 'before', params: unknown[]): string {
  const value = (i: number) => {
    params.push(key[i]);
    return `$${params.length}::${terms[i]!.type === 'number' ? 'numeric' : terms[i]!.type}`;
  };
  const equal = (i: number) => (key[i] === null ? `${terms[i]!.sql} is null` : `${terms[i]!.sql} = ${value(i)}`);
  const strictly = (i: number): string | undefined => {
    const { sql, direction } = terms[i]!;
    const later = (direction === 'asc') === (side === 'after') ? '>' : '<';
    if (side === 'after') return key[i] === null ? undefined : `(${sql} ${later} ${value(i)} or ${sql} is null)`;
    return key[i] === null ? `${sql} is not null` : `${sql} ${later} ${value(i)}`;
  };
  const disjuncts: string[] = [];
  for (let i = 0; i < terms.length; i++) {
    const step = strictly(i);
    if (step) disjuncts.push([...terms.slice(0, i).map((_, j) => equal(j)), step].join(' and '));
  }
  return disjuncts.length ? `(${disjuncts.map((d) => `(${d})`).join(' or ')})` : 'false';
}

/**
 * A page of a region-wide list from the index: the first `limit` entries after `after` (or the
 * last before `before`, `fromEnd`), in the list's total order. A walk down the model's index
 * where the order's first term has one. `more` says whether the window holds more than the page.
 */
export async function readListPage(db: IndexQueries, request: ListPageRequest): Promise<{ rows: ListRow[]; more: boolean }> {
  const params: unknown[] = [];
  const terms = termsOf(request);
  const where = [listScopeSql(request, params)];
  if (request.after) where.push(beyondSql(terms, request.after, 'after', params));
  if (request.before) where.push(beyondSql(terms, request.before, 'before', params));
  const flip = (direction: 'asc' | 'desc') => (request.fromEnd ? (direction === 'asc' ? 'desc' : 'asc') : direction);
  const order = terms.map((t) => `${t.sql} ${flip(t.direction)} nulls ${request.fromEnd ? 'first' : 'last'}`).join(', ');
  const limit = Math.max(1, Math.floor(request.limit));
  const rows = await db.query<
    Record<string, unknown> & { town: string; document_id: string; locale: string; data: Record<string, unknown> }
  >(
    `select e.town, e.document_id, e.locale, e.data, ${terms.map((t, i) => `${t.sql} as k${i}`).join(', ')}
     from index_entries e where ${where.join(' and ')} order by ${order} limit ${limit + 1}`,
    params,
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit).map((row) => ({
    town: row.town,
    documentId: row.document_id,
    locale: row.locale,
    data: row.data,
    key: terms.map((_, i) => (row[`k${i}`] ?? null) as string | number | boolean | null),
  }));
  return { rows: request.fromEnd ? page.reverse() : page, more };
}

/**
 * How many entries a region-wide list holds. Unfiltered, a sum of the counts the index keeps
 * per town (as flat at 600 towns as at 6). Filtered, a count of the matches: the towns and
 * their locales are a set the entries are looked up in (a hash, not a test of every entry
 * against every town).
 */
export async function countList(db: IndexQueries, list: IndexList): Promise<number> {
  const params: unknown[] = [];
  const kind = kindLiteral(list);
  const filter = listFilterSql(list.type, list.filters, []);
  if (filter === 'true' && !list.shared) return await sumLiveCounts(db, kind, list.towns);
  const [row] = await db.query<{ count: string | number }>(
    `select count(*) as count from index_entries e where ${townSetScopeSql(list, params)}`,
    params,
  );
  return Number(row?.count ?? 0);
}

/**
 * The scope of a list as `listScopeSql` gives it, for reads of all its entries (counts,
 * aggregates): the towns and their locales are a set the entries are looked up in (a hash),
 * not an array each entry is compared with (600 comparisons an entry at 600 towns: 2.8 s to
 * aggregate 600,000 entries, against under a second).
 */
export function townSetScopeSql(list: IndexList, params: unknown[]): string {
  params.push(
    list.towns.map((t) => t.town),
    list.towns.map((t) => t.locale),
  );
  const towns = `(e.town, e.locale) in (select * from unnest($${params.length - 1}::text[], $${params.length}::text[]))`;
  const codes = list.towns.map((t) => t.town);
  const filter = listFilterSql(list.type, list.filters, params, { towns: codes });
  return `e.kind = '${kindLiteral(list)}' and e.removed is null and ${towns} and ${filter} and ${sharedScopeSql(list, params, codes)}`;
}

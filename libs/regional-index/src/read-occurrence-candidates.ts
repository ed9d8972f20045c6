import type { ResolvedContentType } from '@communes/domain';
import { type Dimension, dimensionSql } from './aggregate-list';
import type { IndexQueries } from './index-database';
import type { ListFilters } from './list-filter-sql';
import { type TownLocale, townSetScopeSql } from './read-list-page';
import { timeExpression } from './time-expression';

export interface OccurrenceCandidatesRequest {
  /** A kind with an instant `start`, an instant `end`, `allDay`, `recurrenceRule` and `recurrenceExceptions` (events). */
  type: ResolvedContentType;
  towns: readonly TownLocale[];
  filters?: ListFilters | null;
  /** The values to read with each entry; null where the caller computes the value itself (the period of an occurrence). */
  dimensions: readonly (Exclude<Dimension, { by: 'time' }> | null)[];
  from: Date;
  to: Date;
  /** At most this many rows (more is the caller's error: TooManyCandidates). */
  maxRows: number;
}

/** An entry that may have an occurrence in the range, as stored, with its dimensions' values. */
export interface OccurrenceCandidate {
  town: string;
  locale: string;
  documentId: string;
  start: string;
  end: string | null;
  allDay: boolean;
  recurrenceRule: string | null;
  recurrenceExceptions: unknown;
  /** One value per dimension (null: missing, or computed by the caller). */
  keys: (string | null)[];
}

/** More entries may have occurrences in the range than a request reads. */
export class TooManyCandidates extends Error {
  override readonly name = 'TooManyCandidates';
}

/**
 * The entries of a list's scope (each town in its locale, the list's filters) that can have an
 * occurrence in [from, to): those starting before `to` that either have a recurrence rule or
 * end (else start) at or after `from`. The caller expands each (`expandOccurrences`): the
 * index keeps rules as text. A list-of-codes dimension gives one row per code, as aggregates
 * count it.
 */
export async function readOccurrenceCandidates(db: IndexQueries, request: OccurrenceCandidatesRequest): Promise<OccurrenceCandidate[]> {
  const { type } = request;
  const params: unknown[] = [];
  const joins: string[] = [];
  const where = townSetScopeSql({ type, towns: request.towns, filters: request.filters, order: [] }, params);
  const keys = request.dimensions.map((dimension, i) => (dimension ? dimensionSql(type, dimension, i, params, joins).group : 'null'));
  const start = timeExpression('start', 'dateTime');
  const end = timeExpression('end', 'dateTime');
  const rule = `(case when jsonb_typeof(e.data->'recurrenceRule') = 'string' then e.data->>'recurrenceRule' end)`;
  params.push(request.from.toISOString(), request.to.toISOString());
  const [from, to] = [`$${params.length - 1}::timestamptz`, `$${params.length}::timestamptz`];
  const rows = await db.query<Record<string, unknown>>(
    `select e.town, e.locale, e.document_id, e.data->>'start' as start,
       (case when jsonb_typeof(e.data->'end') = 'string' then e.data->>'end' end) as end_at,
       (e.data->'allDay') = 'true'::jsonb as all_day, ${rule} as rule, e.data->'recurrenceExceptions' as exceptions
       ${keys.map((k, i) => `, ${k}::text as k${i}`).join('')}
     from index_entries e ${joins.join(' ')}
     where ${where} and jsonb_typeof(e.data->'start') = 'string' and ${start} < ${to}
       and (coalesce(btrim(${rule}), '') <> '' or coalesce(${end}, ${start}) >= ${from})
     limit ${request.maxRows + 1}`,
    params,
  );
  if (rows.length > request.maxRows)
    throw new TooManyCandidates(
      `More than ${request.maxRows} entries may have occurrences in the range: filter, or ask for a shorter range.`,
    );
  return rows.map((row) => ({
    town: String(row.town),
    locale: String(row.locale),
    documentId: String(row.document_id),
    start: String(row.start),
    end: typeof row.end_at === 'string' ? row.end_at : null,
    allDay: row.all_day === true,
    recurrenceRule: typeof row.rule === 'string' ? row.rule : null,
    recurrenceExceptions: typeof row.exceptions === 'string' ? safeJson(row.exceptions) : (row.exceptions ?? null),
    keys: keys.map((_, i) => (row[`k${i}`] ?? null) as string | null),
  }));
}

/** A driver that hands jsonb over as text: its value. */
function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

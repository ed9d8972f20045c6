import type { IndexQueries } from './index-database';

/** Where the harvest of one town stands. */
export interface TownHarvestState {
  town: string;
  /** `feed`: the town's change feed; `sweep`: a town without one, read whole each time. */
  source: 'feed' | 'sweep';
  /** The last line of the town's feed the index holds. */
  lastSequence: number;
  /** The town's last sequence when it was last read: how far behind the index is, in changes. */
  feedLatest: number | null;
  lastAttempt: Date | null;
  lastSuccess: Date | null;
  lastError: string | null;
  /** Failures in a row since the last success. */
  failures: number;
  /** Not asked again before this (backoff after failures). */
  nextAttempt: Date | null;
  /** The locales the town publishes in, and its default, as its manifest said at the last harvest: which locale a region-wide read takes of it. */
  locales: string[] | null;
  defaultLocale: string | null;
  /** Entries the town serves that the index refused (see RefusedEntry), as read; never saved from here. */
  refused?: number;
  /** The latest refusal: the entry and what is wrong with it. */
  lastRefusal?: string | null;
}

type Row = {
  town: string;
  source: string;
  last_sequence: string | number;
  feed_latest: string | number | null;
  last_attempt: Date | string | null;
  last_success: Date | string | null;
  last_error: string | null;
  failures: number;
  next_attempt: Date | string | null;
  locales: unknown;
  default_locale: string | null;
  refused: string | number | null;
  last_refusal: string | null;
};

/** A timestamp as a Date, whichever way the driver gave it. */
const date = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

const toState = (row: Row): TownHarvestState => ({
  town: row.town,
  source: row.source === 'sweep' ? 'sweep' : 'feed',
  lastSequence: Number(row.last_sequence),
  feedLatest: row.feed_latest === null ? null : Number(row.feed_latest),
  lastAttempt: date(row.last_attempt),
  lastSuccess: date(row.last_success),
  lastError: row.last_error,
  failures: row.failures,
  nextAttempt: date(row.next_attempt),
  locales: Array.isArray(row.locales) ? row.locales.filter((l): l is string => typeof l === 'string') : null,
  defaultLocale: row.default_locale,
  refused: Number(row.refused ?? 0),
  lastRefusal: row.last_refusal,
});

/** Every town's harvest state, by code. */
export async function readHarvestStates(db: IndexQueries): Promise<Map<string, TownHarvestState>> {
  const rows = await db.query<Row>(
    `select t.*, r.refused, r.last_refusal from index_towns t
     left join (
       select town, count(*) as refused,
         (array_agg(problem || ' (' || document_id || case when locale <> '' then ', ' || locale else '' end || ')'
           order by refused_at desc, kind, document_id, locale))[1] as last_refusal
       from index_refused group by town
     ) r on r.town = t.town
     order by t.town`,
  );
  return new Map(rows.map((row) => [row.town, toState(row)]));
}

/** Saves a town's state (in the transaction that wrote its entries, so both move together). */
export async function saveHarvestState(db: IndexQueries, state: TownHarvestState): Promise<void> {
  await db.query(
    `insert into index_towns (town, source, last_sequence, feed_latest, last_attempt, last_success, last_error, failures, next_attempt, locales, default_locale)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11)
     on conflict (town) do update set source = excluded.source, last_sequence = excluded.last_sequence,
       feed_latest = excluded.feed_latest, last_attempt = excluded.last_attempt, last_success = excluded.last_success,
       last_error = excluded.last_error, failures = excluded.failures, next_attempt = excluded.next_attempt,
       locales = coalesce(excluded.locales, index_towns.locales), default_locale = coalesce(excluded.default_locale, index_towns.default_locale)`,
    [
      state.town,
      state.source,
      state.lastSequence,
      state.feedLatest,
      state.lastAttempt,
      state.lastSuccess,
      state.lastError,
      state.failures,
      state.nextAttempt,
      state.locales ? JSON.stringify(state.locales) : null,
      state.defaultLocale,
    ],
  );
}

import type { IndexQueries } from './index-database';
import { searchConfigurationOf } from './search-configuration';

/** What a region-wide read of one kind is about: every town, or some; one locale, or all. */
export interface IndexScope {
  kind: string;
  towns?: readonly string[];
  /** '' for a kind that is not localized; every locale when unset. */
  locale?: string;
}

/** The SQL condition of a scope over live entries, its values added to `params`. */
export const scopeSql = (scope: IndexScope, params: unknown[]): string => {
  const terms = ['removed is null'];
  params.push(scope.kind);
  terms.push(`kind = $${params.length}`);
  if (scope.towns) {
    params.push([...scope.towns]);
    // A set joined, not `town = any(...)`: as an index condition on hundreds of towns, that made
    // each batch of an export walk the primary key once per town (800 ms a batch, 7 ms this way).
    terms.push(`town in (select unnest($${params.length}::text[]))`);
  }
  if (scope.locale !== undefined) {
    params.push(scope.locale);
    terms.push(`locale = $${params.length}`);
  }
  return terms.join(' and ');
};

/** How many live locale versions of a kind the index holds. */
export async function countLiveEntries(db: IndexQueries, scope: IndexScope): Promise<number> {
  const params: unknown[] = [];
  const [row] = await db.query<{ count: string | number }>(
    `select count(*) as count from index_entries where ${scopeSql(scope, params)}`,
    params,
  );
  return Number(row?.count ?? 0);
}

/** A live locale version as the index serves it. */
export interface LiveEntry {
  town: string;
  documentId: string;
  locale: string;
  data: Record<string, unknown>;
}

/** The live locale versions of a kind, in a stable order (town, documentId, locale). */
export async function readLiveEntries(db: IndexQueries, scope: IndexScope, limit = 1000): Promise<LiveEntry[]> {
  const params: unknown[] = [];
  const sql = `select town, document_id, locale, data from index_entries where ${scopeSql(scope, params)} order by town, document_id, locale limit ${Math.max(1, Math.floor(limit))}`;
  const rows = await db.query<{ town: string; document_id: string; locale: string; data: Record<string, unknown> }>(sql, params);
  return rows.map((row) => ({ town: row.town, documentId: row.document_id, locale: row.locale, data: row.data }));
}

/** One search hit: the entry and how well it matched. */
export interface SearchHit extends LiveEntry {
  kind: string;
  score: number;
}

/** A search hit's row as the index returns it. */
export interface SearchRow {
  town: string;
  kind: string;
  document_id: string;
  locale: string;
  data: Record<string, unknown>;
  score: number | string;
}

export const toSearchHit = (row: SearchRow): SearchHit => ({
  town: row.town,
  kind: row.kind,
  documentId: row.document_id,
  locale: row.locale,
  data: row.data,
  score: Number(row.score),
});

/**
 * Full-text search over the index in one locale: folded (accents, case) and stemmed as the
 * locale's language is, ranked by PostgreSQL's `ts_rank`, best first.
 */
export async function searchIndex(
  db: IndexQueries,
  {
    text,
    locale,
    kinds,
    towns,
    limit = 50,
  }: { text: string; locale: string; kinds?: readonly string[]; towns?: readonly string[]; limit?: number },
): Promise<SearchHit[]> {
  const params: unknown[] = [searchConfigurationOf(locale), text, locale];
  const terms = ['removed is null', "(locale = $3 or locale = '')", 'search @@ plainto_tsquery($1::regconfig, $2)'];
  if (kinds) {
    params.push([...kinds]);
    terms.push(`kind = any($${params.length}::text[])`);
  }
  if (towns) {
    params.push([...towns]);
    terms.push(`town = any($${params.length}::text[])`);
  }
  const rows = await db.query<SearchRow>(
    `select town, kind, document_id, locale, data, ts_rank(search, plainto_tsquery($1::regconfig, $2)) as score
     from index_entries where ${terms.join(' and ')}
     order by score desc, town, kind, document_id limit ${Math.max(1, Math.floor(limit))}`,
    params,
  );
  return rows.map(toSearchHit);
}

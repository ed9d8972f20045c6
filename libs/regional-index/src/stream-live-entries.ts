import type { IndexQueries } from './index-database';
import { filterSql, type IndexFilter } from './index-filter';
import { type LiveEntry, scopeSql } from './read-index';

export interface StreamScope {
  kind: string;
  towns?: readonly string[];
  /** '' for a kind that is not localized; every locale when unset. */
  locale?: string;
  filters?: readonly IndexFilter[];
}

/**
 * Every live locale version of a kind in the scope, in a stable order (town, documentId,
 * locale), read `batch` at a time by key (never an OFFSET): memory stays flat however many
 * entries the index holds, and a writer committing meanwhile costs no row twice. The order
 * and the key are the primary key's, kind included, so that each batch is a walk down it
 * (a batch sorted from another index reads every row after the key: an export of 600,000
 * entries took 394 s that way, and 85 s this way).
 */
export async function* streamLiveEntries(db: IndexQueries, scope: StreamScope, batch = 1000): AsyncGenerator<LiveEntry> {
  let after: [string, string, string] | undefined;
  for (;;) {
    const params: unknown[] = [];
    const terms = [scopeSql(scope, params)];
    for (const filter of scope.filters ?? []) terms.push(filterSql(filter, params));
    if (after) {
      const [town, documentId, locale] = after;
      params.push(town, scope.kind, documentId, locale);
      const n = params.length;
      terms.push(`(town, kind, document_id, locale) > ($${n - 3}, $${n - 2}, $${n - 1}, $${n})`);
    }
    const rows = await db.query<{ town: string; document_id: string; locale: string; data: Record<string, unknown> }>(
      `select town, document_id, locale, data from index_entries where ${terms.join(' and ')}
       order by town, kind, document_id, locale limit ${Math.max(1, Math.floor(batch))}`,
      params,
    );
    for (const row of rows) yield { town: row.town, documentId: row.document_id, locale: row.locale, data: row.data };
    if (rows.length < batch) return;
    const last = rows[rows.length - 1]!;
    after = [last.town, last.document_id, last.locale];
  }
}

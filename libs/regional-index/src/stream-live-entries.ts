import type { ResolvedContentType } from '@communes/domain';
import type { IndexQueries } from './index-database';
import { type ListFilters, listFilterSql } from './list-filter-sql';
import { type LiveEntry, scopeSql } from './read-index';

export interface StreamScope {
  type: ResolvedContentType;
  towns?: readonly string[];
  /** '' for a kind that is not localized; every locale when unset. */
  locale?: string;
  /** The lists' filters, as the gateway's GraphQL lists take them (relations too). */
  filters?: ListFilters | null;
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
  const kind = scope.type.names.singular;
  let after: [string, string, string] | undefined;
  for (;;) {
    const params: unknown[] = [];
    const terms = [
      scopeSql(
        { kind, ...(scope.towns ? { towns: scope.towns } : {}), ...(scope.locale !== undefined ? { locale: scope.locale } : {}) },
        params,
      ),
    ];
    terms.push(listFilterSql(scope.type, scope.filters, params, { towns: scope.towns }));
    if (after) {
      const [town, documentId, locale] = after;
      params.push(town, kind, documentId, locale);
      const n = params.length;
      terms.push(`(e.town, e.kind, e.document_id, e.locale) > ($${n - 3}, $${n - 2}, $${n - 1}, $${n})`);
    }
    const rows = await db.query<{ town: string; document_id: string; locale: string; data: Record<string, unknown> }>(
      `select e.town, e.document_id, e.locale, e.data from index_entries e where ${terms.join(' and ')}
       order by e.town, e.kind, e.document_id, e.locale limit ${Math.max(1, Math.floor(batch))}`,
      params,
    );
    for (const row of rows) yield { town: row.town, documentId: row.document_id, locale: row.locale, data: row.data };
    if (rows.length < batch) return;
    const last = rows[rows.length - 1]!;
    after = [last.town, last.document_id, last.locale];
  }
}

import type { Core } from '@strapi/strapi';
import type { ChangeAction, ChangeRecord } from './change-record';
import { CHANGE_TABLE, type ChangeRow } from './change-table';
import type { ChangeQuery } from './parse-change-query';

/** A page of the feed, with where to go on from. */
export interface ChangePage {
  data: ChangeRecord[];
  meta: {
    since: number;
    limit: number;
    /** The `since` of the next request: the last line read, or the feed's end when the page is not full. */
    next: number;
    /** The last sequence of the kinds served, when the page was read. */
    latest: number;
  };
}

/**
 * Reads the feed after `since`, for `kinds` only. The feed's end is read first: every sequence
 * up to it is committed (writers commit in sequence order), so nothing is skipped by jumping to it.
 */
export async function readChanges(strapi: Core.Strapi, kinds: readonly string[], { since, limit }: ChangeQuery): Promise<ChangePage> {
  const table = () => strapi.db.getConnection(CHANGE_TABLE).whereIn('kind', [...kinds]);
  const [end] = kinds.length ? ((await table().max({ latest: 'sequence' })) as { latest: number | string | null }[]) : [];
  const latest = Number(end?.latest ?? 0);
  const rows = (
    latest > since
      ? await table()
          .where('sequence', '>', since)
          .andWhere('sequence', '<=', latest)
          .orderBy('sequence', 'asc')
          .limit(limit)
          .select('sequence', 'kind', 'document_id', 'locale', 'action', 'changed_at')
      : []
  ) as ChangeRow[];
  const data = rows.map(
    (row): ChangeRecord => ({
      sequence: Number(row.sequence),
      kind: row.kind,
      documentId: row.document_id,
      locale: row.locale,
      action: row.action as ChangeAction,
      time: new Date(Number(row.changed_at)).toISOString(),
    }),
  );
  const next = data.length === limit ? data[data.length - 1]!.sequence : Math.max(since, latest);
  return { data, meta: { since, limit, next, latest } };
}

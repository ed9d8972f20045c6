import type { IndexQueries } from './index-database';

/**
 * A locale version a town serves that does not fit the model (a code outside its vocabulary,
 * a required value missing): the live gateway refuses it with `TOWN_BAD_RESPONSE`, so the
 * index keeps it out too, or a count would include what no list shows. Kept with why, until
 * the town serves it fixed, or no longer.
 */
export interface RefusedEntry {
  documentId: string;
  locale: string;
  problem: string;
}

export const isRefusedEntry = (entry: object): entry is RefusedEntry => 'problem' in entry;

/** The most of a problem kept: findEntryProblem's messages are one line, a town's value cut short. */
const MAX_PROBLEM = 500;

/**
 * Records what was refused among the documents just read of a town's kind (`read`: their
 * documentIds, or `all` after reading the kind whole), forgetting earlier refusals of them: a
 * document read again and refused no more is settled.
 */
export async function recordRefusals(
  db: IndexQueries,
  town: string,
  kind: string,
  read: readonly string[] | 'all',
  refused: readonly RefusedEntry[],
): Promise<void> {
  if (read === 'all') await db.query('delete from index_refused where town = $1 and kind = $2', [town, kind]);
  else if (read.length)
    await db.query('delete from index_refused where town = $1 and kind = $2 and document_id = any($3::text[])', [town, kind, [...read]]);
  if (!refused.length) return;
  const rows = refused.map((entry) => ({
    document_id: entry.documentId,
    locale: entry.locale,
    problem: entry.problem.slice(0, MAX_PROBLEM),
  }));
  await db.query(
    `insert into index_refused (town, kind, document_id, locale, problem, refused_at)
     select $1, $2, e.document_id, e.locale, e.problem, now()
     from jsonb_to_recordset($3::jsonb) as e(document_id text, locale text, problem text)
     on conflict (town, kind, document_id, locale) do update set problem = excluded.problem, refused_at = excluded.refused_at`,
    [town, kind, JSON.stringify(rows)],
  );
}

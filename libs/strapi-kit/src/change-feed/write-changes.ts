import type { Core } from '@strapi/strapi';
import { CHANGE_TABLE } from './change-table';
import type { NewChange } from './change-record';

/** A Strapi database transaction (Knex's, which strapi-kit does not depend on by name). */
export type Transaction = Parameters<ReturnType<Core.Strapi['db']['getConnection']>['transacting']>[0];

/** PostgreSQL advisory lock key of the feed ("CoFe"): any constant no other code of the town uses. */
const FEED_LOCK = 0x436f4665;
/** Rows per INSERT: SQLite allows 999 bound values by default, six per row. */
const CHUNK = 150;

/**
 * Makes the transaction `trx` the only one writing the feed until it ends. A reader that has
 * seen sequence n must never later find a smaller number committed: on PostgreSQL two
 * transactions could otherwise draw 10 and 11 and commit 11 first. Taken before the
 * transaction's first write, so that no one waits for it while holding a row lock. SQLite has
 * one writer at a time already.
 */
export async function lockChangeFeed(strapi: Core.Strapi, trx: Transaction): Promise<void> {
  if (strapi.db.dialect.client === 'postgres') await trx.raw('select pg_advisory_xact_lock(?)', [FEED_LOCK]);
}

/** Appends changes to the feed, in the transaction `trx` (the write they record commits with them, or neither does). */
export async function writeChanges(strapi: Core.Strapi, trx: Transaction, changes: readonly NewChange[]): Promise<void> {
  for (let start = 0; start < changes.length; start += CHUNK) {
    await strapi.db
      .getConnection(CHANGE_TABLE)
      .transacting(trx)
      .insert(
        changes.slice(start, start + CHUNK).map((change) => ({
          kind: change.kind,
          document_id: change.documentId,
          locale: change.locale,
          action: change.action,
          changed_at: change.at,
        })),
      );
  }
}

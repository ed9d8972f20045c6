import type { Core } from '@strapi/strapi';

/**
 * The feed's table: a log, not content, so not a content type (it would show in the admin
 * panel, the permissions screens and every list of types). Strapi leaves alone a table it did
 * not create.
 */
export const CHANGE_TABLE = 'communes_changes';

/** A row as the table holds it; `changed_at` is epoch milliseconds, the same on every database. */
export interface ChangeRow {
  sequence: number | string;
  kind: string;
  document_id: string;
  locale: string | null;
  action: string;
  changed_at: number | string;
}

/** Creates the feed's table on a town that has none (a fresh town, or one upgrading to a plugin with a feed). */
export async function ensureChangeTable(strapi: Core.Strapi): Promise<void> {
  const schema = strapi.db.getSchemaConnection();
  if (await schema.hasTable(CHANGE_TABLE)) return;
  await schema.createTable(CHANGE_TABLE, (table) => {
    // AUTOINCREMENT on SQLite, a sequence on PostgreSQL: a number is never given twice, even after a delete.
    table.bigIncrements('sequence').primary();
    table.string('kind', 64).notNullable();
    table.string('document_id', 64).notNullable();
    table.string('locale', 16).nullable();
    table.string('action', 16).notNullable();
    table.bigInteger('changed_at').notNullable();
    // The feed is read per kind (the public ones), from a sequence on.
    table.index(['kind', 'sequence'], `${CHANGE_TABLE}_kind_idx`);
  });
}

import type { Core } from '@strapi/strapi';

/**
 * The ledger of what the seeder wrote: one row per seeded entry, from its stable key to its
 * documentId. It is written in the same transaction as the entries, so a run that stops half
 * way leaves no entry without its row, and the next run adds exactly what is missing.
 */
export const LEDGER_TABLE = 'communes_seed_ledger';

type Knex = Core.Strapi['db']['connection'];

export async function ensureLedger(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(LEDGER_TABLE)) return;
  await knex.schema.createTable(LEDGER_TABLE, (table) => {
    table.string('entry_key', 200).primary();
    table.string('document_id', 64).notNullable();
  });
}

export async function readLedger(knex: Knex): Promise<Map<string, string>> {
  const rows = (await knex(LEDGER_TABLE).select('entry_key', 'document_id')) as { entry_key: string; document_id: string }[];
  return new Map(rows.map((row) => [row.entry_key, row.document_id]));
}

export const ledgerKey = (type: string, key: string): string => `${type}:${key}`;

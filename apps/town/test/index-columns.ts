import type { Core } from '@strapi/strapi';

/**
 * The columns of a database index, in index order. Strapi's own schema inspector lists
 * PostgreSQL index columns in table order, which would hide a wrongly ordered index.
 */
export async function indexColumns(strapi: Core.Strapi, indexName: string): Promise<string[]> {
  const knex = strapi.db.connection;
  if (strapi.db.dialect.client === 'postgres') {
    const { rows } = await knex.raw(
      `SELECT a.attname AS name
         FROM pg_index ix
         JOIN pg_class i ON i.oid = ix.indexrelid
         JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
         JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
        WHERE i.relname = ?
        ORDER BY k.ord`,
      [indexName],
    );
    return rows.map((row: { name: string }) => row.name);
  }
  const rows = await knex.raw(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`, [indexName]);
  return rows.map((row: { name: string }) => row.name);
}

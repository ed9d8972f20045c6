import { Pool, types } from 'pg';
import type { IndexDatabase, IndexQueries } from './index-database';
import { ensureIndexSchema } from './index-schema';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const JSON_OIDS = new Set([114, 3802]);

/**
 * JSON as objects, whatever else shares this process: `pg`'s type parsers are global, and
 * Strapi's PostgreSQL client (a town in the same process, in tests) turns them off for JSON.
 */
const getTypeParser = ((oid: number, format?: 'text' | 'binary') =>
  JSON_OIDS.has(oid) && format !== 'binary'
    ? (text: string) => JSON.parse(text)
    : types.getTypeParser(oid, format)) as typeof types.getTypeParser;

/**
 * The production index: a PostgreSQL database, in its own schema (one per region deployment,
 * e.g. `wallonia`), made on first use. The server needs the `unaccent` extension (contrib).
 */
export async function openPostgresIndex({ url, schema = 'communes_index' }: { url: string; schema?: string }): Promise<IndexDatabase> {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`The index schema must be a plain lowercase name, got ${JSON.stringify(schema)}.`);
  const pool = new Pool({ connectionString: url, max: 5, options: `-c search_path=${schema},public`, types: { getTypeParser } });
  // An idle client's error (the server restarted) must not end the process: the next query reconnects.
  pool.on('error', () => {});
  const on = (runner: { query(sql: string, params: unknown[]): Promise<{ rows: unknown[] }> }): IndexQueries => ({
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await runner.query(sql, [...params])).rows as T[],
  });
  await pool.query(`create schema if not exists ${schema}`);
  const db: IndexDatabase = {
    engine: 'postgres',
    ...on(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(on(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
  await ensureIndexSchema(db);
  return db;
}

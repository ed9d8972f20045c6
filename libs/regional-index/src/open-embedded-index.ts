import { PGlite } from '@electric-sql/pglite';
import type { IndexDatabase, IndexQueries } from './index-database';
import { ensureIndexSchema } from './index-schema';

/**
 * The embedded index: PGlite, PostgreSQL compiled to WebAssembly, in this process, in `dataDir`
 * (kept across restarts) or in memory. The same SQL as on PostgreSQL; nothing to install.
 */
export async function openEmbeddedIndex({ dataDir }: { dataDir?: string } = {}): Promise<IndexDatabase> {
  // Its package declares ESM types only: imported at run time.
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const pg = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { unaccent } });
  const on = (runner: Pick<PGlite, 'query'>): IndexQueries => ({
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await runner.query<T>(sql, [...params])).rows,
  });
  const db: IndexDatabase = {
    engine: 'pglite',
    ...on(pg),
    transaction: (work) => pg.transaction((tx) => work(on(tx))),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    close: () => pg.close(),
  };
  await ensureIndexSchema(db);
  return db;
}

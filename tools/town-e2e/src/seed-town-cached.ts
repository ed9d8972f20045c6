import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type SeedProcessOptions, seedTownInChildProcess } from '@communes/seed';
import { restorePostgresDatabase, snapshotPostgresDatabase } from '@communes/town';
import { inject } from 'vitest';

/**
 * Seeds a demo town into `dataDir` (and `databaseUrl`'s database when given), as
 * `seedTownInChildProcess` does; a town seeded before in this run at the same scale on the
 * same kind of database is copied instead. Seeding takes 20 s on SQLite and over a minute on
 * PostgreSQL under CI's load, and several suites seed Eupen and Seneffe alike. Each suite
 * gets its own copy, to change as it likes.
 */
export async function seedTownCached(options: SeedProcessOptions & { town: string; dataDir: string }): Promise<void> {
  const cache = inject('seedCache');
  if (options.args?.length || !cache) {
    await seedTownInChildProcess(options);
    return;
  }
  const key = `${options.town}-${options.scale ?? 1}`;
  if (options.databaseUrl) {
    await seedPostgresTownCached(options as typeof options & { databaseUrl: string }, cache, key);
    return;
  }
  const seeded = join(cache.dir, key);
  if (!existsSync(seeded)) {
    const building = `${seeded}.${process.pid}`;
    await seedTownInChildProcess({ ...options, dataDir: building });
    // Another worker may have seeded it meanwhile: either copy is the same town.
    try {
      renameSync(building, seeded);
    } catch {
      rmSync(building, { recursive: true, force: true });
    }
  }
  cpSync(seeded, options.dataDir, { recursive: true });
}

/**
 * A PostgreSQL town is its database and its data folder (keys, the service-request token),
 * kept together: a template database of the run and a folder, the folder written last, so
 * that a folder found means its template is complete.
 */
async function seedPostgresTownCached(
  options: SeedProcessOptions & { town: string; dataDir: string; databaseUrl: string },
  cache: { dir: string; postgresTemplatePrefix: string },
  key: string,
): Promise<void> {
  const folder = join(cache.dir, `${key}-postgres`);
  const template = `${cache.postgresTemplatePrefix}${key.replace(/[^a-z0-9]/g, '_')}`;
  if (existsSync(folder)) {
    await restorePostgresDatabase(options.databaseUrl, template);
    cpSync(folder, options.dataDir, { recursive: true });
    return;
  }
  await seedTownInChildProcess(options);
  // The seeder has exited, so nothing is connected to the database it filled.
  if (await snapshotPostgresDatabase(options.databaseUrl, template)) {
    const building = `${folder}.${process.pid}`;
    cpSync(options.dataDir, building, { recursive: true });
    renameSync(building, folder);
  }
}

import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type SeedProcessOptions, seedTownInChildProcess } from '@communes/seed';
import { inject } from 'vitest';

/**
 * Seeds a demo town into `dataDir`, as `seedTownInChildProcess` does; a SQLite town seeded
 * before in this run at the same scale is copied instead (seeding takes about 20 seconds, and
 * seven suites seed Eupen and Seneffe alike). Each suite gets its own copy, to change as it
 * likes. A town on PostgreSQL is always seeded: its data is in its database.
 */
export async function seedTownCached(options: SeedProcessOptions & { town: string; dataDir: string }): Promise<void> {
  const cache = inject('seedCache');
  if (options.databaseUrl || options.args?.length || !cache) {
    await seedTownInChildProcess(options);
    return;
  }
  const seeded = join(cache, `${options.town}-${options.scale ?? 1}`);
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

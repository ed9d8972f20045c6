import { loadTown, stopTown } from '@communes/town';
import { planTown } from './plan-town';
import type { TownProfile } from './town-profiles';
import { writeRecords, type WriteResult } from './write-records';

export interface SeedTownOptions {
  town: TownProfile;
  scale: number;
  /** Where the town keeps its SQLite file, uploads and secrets (TOWN_DATA_DIR). */
  dataDir?: string;
  /** PostgreSQL instead of SQLite. */
  databaseUrl?: string;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Loads the town's Strapi in this process, with the town's identity, writes what the plan
 * holds and the town lacks, and stops it. Strapi is one per process: one town per call.
 */
export async function seedTown({ town, scale, dataDir, databaseUrl, onProgress }: SeedTownOptions): Promise<WriteResult> {
  const strapi = await loadTownToSeed({ town, dataDir, databaseUrl });
  try {
    return await writeRecords(strapi, planTown(town, scale), { locales: town.locales, onProgress });
  } finally {
    await stopTown(strapi);
  }
}

/** Loads the town's Strapi in this process with the town's identity (Strapi is one per process). */
export async function loadTownToSeed({ town, dataDir, databaseUrl }: Pick<SeedTownOptions, 'town' | 'dataDir' | 'databaseUrl'>) {
  Object.assign(process.env, {
    TOWN_CODE: town.code,
    TOWN_NAME: town.name,
    TOWN_LOCALES: town.locales.join(','),
    // A member that runs some plugins only is seeded as it runs: the others not loaded.
    TOWN_PLUGINS: town.domains?.join(',') ?? '',
    TOWN_LOG_LEVEL: process.env.TOWN_LOG_LEVEL ?? 'warn',
  });
  if (dataDir) process.env.TOWN_DATA_DIR = dataDir;
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
  return loadTown();
}

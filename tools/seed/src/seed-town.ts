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
  Object.assign(process.env, {
    TOWN_CODE: town.code,
    TOWN_NAME: town.name,
    TOWN_LOCALES: town.locales.join(','),
    TOWN_LOG_LEVEL: process.env.TOWN_LOG_LEVEL ?? 'warn',
  });
  if (dataDir) process.env.TOWN_DATA_DIR = dataDir;
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
  const strapi = await loadTown();
  try {
    return await writeRecords(strapi, planTown(town, scale), { locales: town.locales, onProgress });
  } finally {
    await stopTown(strapi);
  }
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import { loadTown, stopTown } from '../lib/load-town';

export interface InProcessTown {
  strapi: Core.Strapi;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Loads the reference town in this process (register and bootstrap, no HTTP), on a fresh
 * SQLite file in a temporary folder, or on `databaseUrl`. Strapi is one per process: stop one
 * before loading the next. Given a `dataDir` (a town restarted on its own data), the caller
 * owns it and `stop` keeps it.
 */
export async function startTownInProcess({
  databaseUrl,
  locales,
  dataDir: given,
}: {
  databaseUrl?: string;
  locales: readonly string[];
  dataDir?: string;
}): Promise<InProcessTown> {
  const dataDir = given ?? mkdtempSync(join(tmpdir(), 'communes-town-'));
  Object.assign(process.env, {
    TOWN_CODE: 'testtown',
    TOWN_LOCALES: locales.join(','),
    TOWN_DATA_DIR: dataDir,
    TOWN_LOG_LEVEL: 'warn',
    PORT: '0',
  });
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
  else delete process.env.DATABASE_URL;
  const strapi = await loadTown();
  return {
    strapi,
    dataDir,
    async stop() {
      try {
        await stopTown(strapi);
      } finally {
        if (!given) rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

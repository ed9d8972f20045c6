import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';

// Strapi's ESM build imports 'lodash/fp' as a directory, which Node's ESM loader refuses:
// load its CommonJS build, as `strapi start` does.
const { createStrapi } = createRequire(__filename)('@strapi/strapi') as typeof import('@strapi/strapi');

export interface InProcessTown {
  strapi: Core.Strapi;
  dataDir: string;
  stop(): Promise<void>;
}

const APP_DIR = resolve(__dirname, '..');

/**
 * Loads the reference town in this process (register and bootstrap, no HTTP), on a fresh
 * SQLite file in a temporary folder, or on `databaseUrl`. Strapi is one per process, so
 * call this once per test file.
 */
export async function startTownInProcess({ databaseUrl }: { databaseUrl?: string } = {}): Promise<InProcessTown> {
  const dataDir = mkdtempSync(join(tmpdir(), 'communes-town-'));
  Object.assign(process.env, {
    TOWN_CODE: 'testtown',
    TOWN_DATA_DIR: dataDir,
    TOWN_LOG_LEVEL: 'warn',
    STRAPI_TELEMETRY_DISABLED: 'true',
    PORT: '0',
  });
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
  else delete process.env.DATABASE_URL;

  const strapi = createStrapi({ appDir: APP_DIR, distDir: APP_DIR, autoReload: false, serveAdminPanel: false });
  await strapi.load();
  return {
    strapi,
    dataDir,
    async stop() {
      // destroy() ends with process.removeAllListeners(), which would cut the test
      // worker's own channel to Vitest.
      const removeAllListeners = process.removeAllListeners;
      process.removeAllListeners = () => process;
      try {
        await strapi.destroy();
      } finally {
        process.removeAllListeners = removeAllListeners;
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

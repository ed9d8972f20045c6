import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import { loadTown, stopTown } from '../lib/load-town';

export interface InProcessTown {
  strapi: Core.Strapi;
  dataDir: string;
  /** Serves the town over HTTP on a free port; resolves to its origin (`http://127.0.0.1:<port>`). */
  listen(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Longer than any pause between two requests of a test. With Node's default 5 s, a test's
 * client could reuse a keep-alive socket the server was closing at that moment (CI saw
 * ECONNRESET once): Strapi runs in the test's own process, so a long database step delays both
 * the client's and the server's idle timers.
 */
const TEST_KEEP_ALIVE_MS = 120_000;

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
    async listen() {
      await strapi.listen();
      const server = strapi.server.httpServer;
      server.keepAliveTimeout = TEST_KEEP_ALIVE_MS;
      return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    },
    async stop() {
      try {
        await stopTown(strapi);
      } finally {
        if (!given) rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

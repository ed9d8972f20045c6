import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The gateway's source, not its build: the suites test what is in the tree.
    alias: { '@communes/gateway': fileURLToPath(new URL('../../apps/gateway/src/index.ts', import.meta.url)) },
  },
  test: {
    pool: 'forks',
    // Two files at a time (Vitest's default on 2 cores is one): the suites wait on Strapi and
    // HTTP as much as they compute, and this project is CI's long pole. Each file has its own
    // towns, ports and temporary PostgreSQL databases; seeds are shared safely.
    maxWorkers: 2,
    // Seeded SQLite towns are shared by the suites of one run (see seed-town-cached.ts).
    globalSetup: ['./src/seed-cache-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});

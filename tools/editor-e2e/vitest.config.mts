import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The gateway's source, not its build: the scenarios test what is in the tree.
    alias: { '@communes/gateway': fileURLToPath(new URL('../../apps/gateway/src/index.ts', import.meta.url)) },
  },
  test: {
    // Builds the admin panel once, starts one town, the gateway over it, and logs the Editor in
    // once (Strapi limits logins); every scenario file shares them.
    globalSetup: ['./src/harness/admin-panel-setup.ts'],
    // One file at a time: they share the town and one browser login, and the two cores.
    pool: 'forks',
    fileParallelism: false,
    // A scenario that fills several forms took 45 to 66 s in full local runs, and over 90 s in CI.
    testTimeout: 240_000,
    hookTimeout: 600_000,
  },
});

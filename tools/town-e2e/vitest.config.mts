import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The gateway's source, not its build: the suites test what is in the tree.
    alias: { '@communes/gateway': fileURLToPath(new URL('../../apps/gateway/src/index.ts', import.meta.url)) },
  },
  test: {
    pool: 'forks',
    // Two files at once, whatever the core count (Vitest's default on 2 cores is one): most of a
    // file's time is spent waiting on its towns, and one at a time the suite alone took over
    // 20 minutes of CI's 30.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});

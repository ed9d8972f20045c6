import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The gateway's source, not its build: the suites test what is in the tree.
    alias: { '@communes/gateway': fileURLToPath(new URL('../../apps/gateway/src/index.ts', import.meta.url)) },
  },
  test: {
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});

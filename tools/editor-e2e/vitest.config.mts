import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Builds the admin panel once, and keeps other builds from replacing it while the tests run.
    globalSetup: ['./src/harness/admin-panel-setup.ts'],
    // Each file starts its own town and browser: one at a time keeps memory and the two cores free.
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 600_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each test file boots its own Strapi, which is one per process: files run in forks.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

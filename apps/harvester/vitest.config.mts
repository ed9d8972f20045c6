import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The queue test runs harvester processes against PostgreSQL and Redis.
    hookTimeout: 60_000,
    testTimeout: 60_000,
  },
});

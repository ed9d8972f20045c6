import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // PGlite starts PostgreSQL in WebAssembly and makes the schema: over 10 s when CI's other
    // suites share the 2 cores.
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
});
